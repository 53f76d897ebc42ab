/*
 * The sittings of the seeds, as attendance tables typed from the register.
 *
 * Deliberation 2022-14 of 16 June 2022 (seed 004_2641b1212023a948.txt): the register lists 22
 * members in office, the body written once per group (merged cells), 7 present, 0 absent,
 * 15 excused, 6 of them with a proxy ("Pouvoir à"), and "Voix pour : 13, Voix contre : 0,
 * Abstentions : 0, Suffrages exprimés : 13": the 7 present and the 6 represented voted for.
 *
 * Hem's municipal council of 7 December 2023 (seed 003_9fb02b9ef26e46b3.txt): "Nombre de
 * conseillers en exercice : 33", 30 listed present, 3 "ayant donné procuration", decided
 * "à l'unanimité".
 */
import { readAttendanceTable } from "../../../src/domain/governance/readAttendanceTable";
import type { AttendanceRow } from "../../../src/domain/governance/attendance";

/** The register's header, as an attendance table has it. */
export const ATTENDANCE_HEADER = ["Collectivité", "Membre", "Présence", "Pouvoir à", "Vote"];

const P = "présent";
const E = "excusé";

/** Deliberation 2022-14, row for row as in the register (seed 004). */
export const SITTING_2022_14_TABLE: unknown[][] = [
  ATTENDANCE_HEADER,
  ["Conseil régional des Hauts de France", "Mme Valérie BIEGALSKI", P, "", "pour"],
  ["", "Mme Emilie BOMMART", E, "", ""],
  ["", "M. Christophe COULON", E, "", ""],
  ["", "M. Arnaud DECAGNY", E, "Mme BIEGALSKI", "pour"],
  ["", "M. Luc FOUTRY", E, "", ""],
  ["", "M. Alban HEUSELE", E, "", ""],
  ["", "M. Yvan HUTCHINSON", E, "M. BARTHOLOMEUS", "pour"],
  ["", "M. Frédéric LETURQUE", E, "Mme MESSEANNE-GROBELNY", "pour"],
  ["", "M. Jean-Michel MICHALAK", E, "Mme VANPEENE", "pour"],
  ["Département du Nord", "M. Benoît TIRMARCHE", E, "", ""],
  ["", "M. Grégory BARTHOLOMEUS", P, "", "pour"],
  ["", "M. Luc MONNET", P, "", "pour"],
  ["", "Mme Marie-Hélène QUATREBOEUF", E, "", ""],
  ["", "M. Nicolas SIEGLER", E, "M. MONNET", "pour"],
  ["Département du Pas-de-Calais", "Mme Anne VANPEENE", P, "", "pour"],
  ["", "M. Claude BACHELET", P, "", "pour"],
  ["", "M. Jean-Claude DISSAUX", E, "Mme THIEBAUT", "pour"],
  ["", "Mme Bénédicte MESSEANNE-GROBELNY", P, "", "pour"],
  ["", "Mme Véronique THIEBAUT", P, "", "pour"],
  ["Collège ENT", "Mme Sophie WAROT-LEMAIRE", E, "", ""],
  ["", "M. André FIGOUREUX", E, "", ""],
  ["", "M. Jean-Louis DAUCHY", E, "", ""],
];

/** Hem's councillors present on 7 December 2023, as the register lists them (seed 003). */
export const HEM_PRESENT = [
  "Francis VERCAMER",
  "Ghislaine BUYCK",
  "Jean-François LECLERCQ",
  "Anne DASSONVILLE",
  "Philippe SIBILLE",
  "Blandine LEPLAT",
  "Laurent PASTOUR",
  "Saïd LAOUADI",
  "Fabienne LEPERS",
  "Etienne DELEPAUT",
  "Thérèse NOCLAIN",
  "Barbara RUBIO COQUEMPOT",
  "Fatima KARRAD",
  "Kamel MAHTOUR",
  "Sana EL AMRANI",
  "Jean-Adrien MALAIZE",
  "Chantal LAHARNAR",
  "Bruno DUQUESNOY",
  "Sabine HONORE",
  "Emmanuelle GUILLAIN",
  "Eugénie CARBON",
  "Rafik BZIOUI",
  "Christelle DUTRIAUX",
  "Guillaume BOCQUET",
  "Thibaut THIEFFRY",
  "Anne-Charlotte DEMEULENAERE",
  "Clémentine NOUQUERET",
  "Karima CHOUIA",
  "Mathilde LOUCHART",
  "Jacques DUPONT",
];

/** "ABSENTS EXCUSES … ayant donné procuration à …" (seed 003). */
export const HEM_PROXIES: readonly [string, string][] = [
  ["Pascal NYS", "Francis VERCAMER"],
  ["Jérôme MEERSEMAN", "Saïd LAOUADI"],
  ["Gaëtan DECOSTER", "Thibaut THIEFFRY"],
];

/** Hem's council of 7 December 2023, everyone voting for ("à l'unanimité"). */
export const HEM_2023_12_07_TABLE: unknown[][] = [
  ATTENDANCE_HEADER,
  ...HEM_PRESENT.map((name) => ["Ville de Hem", name, P, "", "pour"]),
  ...HEM_PROXIES.map(([name, holder]) => ["Ville de Hem", name, E, holder, "pour"]),
];

/**
 * Reads a fixture table and fails when it has a problem: the fixtures are typed from the seeds
 * and must read cleanly.
 *
 * @param table - the fixture
 * @returns its rows
 */
export function rowsOf(table: unknown[][]): AttendanceRow[] {
  const { rows, problems } = readAttendanceTable(table);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return rows;
}
