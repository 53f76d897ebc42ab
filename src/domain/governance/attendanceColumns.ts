import type { ColumnSpec } from "../tables/matchHeaders";
import type { AttendanceStatus, Vote } from "./attendance";

/** Fields of an attendance table. */
export type AttendanceField = "delegate" | "body" | "status" | "proxyTo" | "vote";

/**
 * The columns of an attendance table; the first header of each is the documented one. Matching
 * ignores case and accents. "Membre" and "Collectivité" are the register's own headers (seed 004).
 *
 * @example
 * ATTENDANCE_COLUMNS.map((column) => column.headers[0]); // ["delegue", "organisme-represente", "presence", "pouvoir-a", "vote"]
 */
export const ATTENDANCE_COLUMNS: readonly ColumnSpec<AttendanceField>[] = [
  {
    field: "delegate",
    headers: ["delegue", "membre", "nom", "delegue-e", "delegue(e)"],
    required: true,
  },
  {
    field: "body",
    headers: ["organisme-represente", "collectivite", "organisme", "collectivite-representee"],
    required: true,
  },
  { field: "status", headers: ["presence", "statut", "etat"], required: true },
  {
    field: "proxyTo",
    headers: ["pouvoir-a", "procuration-a", "pouvoir", "procuration"],
    required: false,
  },
  { field: "vote", headers: ["vote"], required: false },
];

/**
 * Words accepted in the presence column, normalized (normalizeKey).
 *
 * @example
 * ATTENDANCE_STATUS_WORDS["excusee"]; // "excused"
 */
export const ATTENDANCE_STATUS_WORDS: Readonly<Record<string, AttendanceStatus>> = {
  present: "present",
  presente: "present",
  p: "present",
  excuse: "excused",
  excusee: "excused",
  "absent-excuse": "excused",
  "absente-excusee": "excused",
  e: "excused",
  absent: "absent",
  absente: "absent",
  a: "absent",
};

/**
 * Words accepted in the vote column, normalized; null is "did not take part". A blank cell is
 * also "did not take part".
 *
 * @example
 * VOTE_WORDS["pour"]; // "for"
 */
export const VOTE_WORDS: Readonly<Record<string, Vote | null>> = {
  pour: "for",
  contre: "against",
  abstention: "abstention",
  abst: "abstention",
  "s'abstient": "abstention",
  "ne-prend-pas-part": null,
  npp: null,
};
