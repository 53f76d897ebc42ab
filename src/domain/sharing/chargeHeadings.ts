import { CellProblem } from "../tables/CellProblem";
import { cellText } from "../tables/cellText";
import { normalizeKey } from "../text/normalizeKey";
import type { ChargeHeading } from "./types";

/**
 * The seven headings of the net common charges of the ENT service, in the charter's order
 * (RULES.md §5; Somme charter art. 4.2).
 *
 * @example
 * CHARGE_HEADINGS.map((h) => h.id); // ["pilotage", "plateforme", "contenus", "canope", "evaluation", "animation", "autres"]
 */
export const CHARGE_HEADINGS: readonly ChargeHeading[] = [
  { id: "pilotage", label: "Pilotage et suivi administratif des projets" },
  { id: "plateforme", label: "Plateforme mutualisée" },
  { id: "contenus", label: "Contenus pédagogiques payants" },
  { id: "canope", label: "Convention d'accompagnement par CANOPE" },
  { id: "evaluation", label: "Évaluation du dispositif" },
  { id: "animation", label: "Animation et communication autour des projets" },
  { id: "autres", label: "Autres dépenses de fonctionnement du service" },
];

/** Words that name a heading, normalized: its id, its label, and the short forms users type. */
const HEADING_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ["pilotage", "pilotage", "pilotage et suivi administratif", "suivi administratif"],
    ["plateforme", "plateforme", "plate-forme", "plateforme mutualisee", "plate-forme mutualisee"],
    ["contenus", "contenus", "contenus pedagogiques", "ressources", "contenus payants"],
    ["canope", "canope", "convention canope", "accompagnement canope", "accompagnement par canope"],
    ["evaluation", "evaluation", "evaluation du dispositif"],
    ["animation", "animation", "communication", "animation et communication"],
    ["autres", "autres", "autre", "fonctionnement", "autres depenses", "divers"],
  ].flatMap(([id = "", ...words]) => [
    ...words.map((word) => [normalizeKey(word), id]),
    [normalizeKey((CHARGE_HEADINGS.find((h) => h.id === id)?.label ?? id).replace(/’/g, "'")), id],
  ])
);

/**
 * Reads a heading cell of the Charges table: one of the seven headings of art. 4.2, by its label
 * or a short form ("plateforme", "CANOPE", "évaluation"…), ignoring case and accents.
 *
 * @param cell - the cell
 * @returns the heading id
 * @throws CellProblem naming the seven headings when the cell names none of them
 * @example
 * readHeading("Plateforme mutualisée"); // "plateforme"
 */
export function readHeading(cell: unknown): string {
  const id = HEADING_WORDS[normalizeKey(cellText(cell).replace(/’/g, "'"))];
  if (id === undefined) {
    const list = CHARGE_HEADINGS.map((h) => `« ${h.label} »`).join(", ");
    throw new CellProblem(
      `rubrique inconnue : la charte (art. 4.2) en compte sept : ${list} (ou leur premier mot).`
    );
  }
  return id;
}

/**
 * The heading of an id.
 *
 * @param id - a heading id
 * @returns the heading
 * @example
 * headingOf("canope").label; // "Convention d'accompagnement par CANOPE"
 */
export function headingOf(id: string): ChargeHeading {
  const heading = CHARGE_HEADINGS.find((h) => h.id === id);
  if (!heading) throw new Error(`Rubrique inconnue : ${id}`);
  return heading;
}
