import type { IssuerSettings, JournalEntry, Member } from "../../src/domain/register/types";
import type { NewJournalEntry, NumberedStatement } from "../../src/domain/statements/types";
import { HEM_SCHOOLS, member, register, SETTINGS } from "../domain/statements/fixtures";
import { generate } from "../domain/statements/generations";

// Statements as long as the register allows, for the layout checks of the PDFs
// (test/documents/pdfLayout.test.ts) and of the printed sheets (test/print/): names and a
// component of 120 characters, deductions (FEDER, subsidies), many lines, pupils billed from
// the schools and from the Membres table.

/** Checks that a fixture text has exactly 120 characters, the longest the layouts must hold. */
function long(text: string): string {
  if (text.length !== 120) throw new Error(`${text.length} caractères au lieu de 120 : ${text}`);
  return text;
}

/** The long names of the members, mixed case, capitals, one hyphenated word. */
export const LONG_NAMES = {
  mixed: long(
    "Communauté d’agglomération de la Porte du Hainaut et des communes de Saint-Amand-les-Eaux, Denain, Wallers et Raismes 59"
  ),
  capitals: long(
    "COMMUNAUTE DE COMMUNES DU PAYS DE MORMAL ET DES VALLEES DE LA SAMBRE, DE L’HELPE ET DE L’AVESNOIS, MAUBEUGE, WATTIGNIES."
  ),
  hyphenated: long(
    "Syndicat-intercommunal-à-vocations-multiples-du-Haut-Pays-de-Montreuil-Fruges-Hucqueliers-Desvres-Samer-et-Boulonnais-NO"
  ),
} as const;

/** A component label of 120 characters (a workbook schedule may give one). */
export const LONG_COMPONENT = long(
  "Contribution forfaitaire de base (plateforme, application mobile, coût administratif) étendue aux écoles maternelles WWW"
);

/** The issuer, its officer signing by delegation with a long title. */
export const LONG_SETTINGS: IssuerSettings = {
  ...SETTINGS,
  delegatedBy: "le Président",
  officerTitle:
    "Vice-présidente chargée des finances, du budget, de la commande publique et des ressources humaines",
};

const withAddress = (overrides: Partial<Member> & { readonly name: string }): Member =>
  member({
    address: "Hôtel de communauté\n12 place de l'Hôtel de Ville\n59300 Valenciennes",
    siret: "21590299000013",
    serviceCode: "FIN-ENT-2025",
    engagementNumber: "EJ-2025-000123",
    ...overrides,
  });

/** Repeats a statement's lines, to fill more than a page. */
function manyLines(statement: NumberedStatement, times: number): NumberedStatement {
  const { contribution } = statement.draft;
  const lines = Array.from({ length: times }, () => contribution.lines).flat();
  return { ...statement, draft: { ...statement.draft, contribution: { ...contribution, lines } } };
}

/** The first line's component made 120 characters long. */
function longComponent(statement: NumberedStatement): NumberedStatement {
  const { contribution } = statement.draft;
  const lines = contribution.lines.map((line, index) =>
    index === 0 ? { ...line, component: LONG_COMPONENT } : line
  );
  return { ...statement, draft: { ...statement.draft, contribution: { ...contribution, lines } } };
}

/** A member with a long name below 15 € and no SIRET: flagged and warned in the summary. */
const SMALL = withAddress({
  row: 6,
  name: `${LONG_NAMES.mixed.slice(0, 100)} (petite commune)`,
  pupils: 8,
  siret: "",
});

function longMembers(): Member[] {
  return [
    withAddress({ row: 2, name: LONG_NAMES.mixed, pupils: null, options: "subvention=100" }),
    withAddress({
      row: 3,
      name: LONG_NAMES.capitals,
      pupils: 900,
      options: "feder=10 %; demi-journees=2",
    }),
    withAddress({
      row: 4,
      name: LONG_NAMES.hyphenated,
      pupils: null,
      options: "accompagnement; feder=1000",
    }),
    withAddress({
      row: 5,
      name: `${LONG_NAMES.capitals.slice(0, 110)} PLUSIEURS`,
      pupils: 4321,
      options: "accompagnement; subvention=250,50",
    }),
  ];
}

const longRegister = (members: readonly Member[], journal: readonly JournalEntry[] = []) =>
  register(members, {
    schools: [LONG_NAMES.mixed, LONG_NAMES.hyphenated].flatMap((name) =>
      HEM_SCHOOLS.map((school) => ({ ...school, member: name }))
    ),
    settings: LONG_SETTINGS,
    journal: [...journal],
  });

/**
 * The long statements of 2025, numbered 2025-0001 on: billed from the schools (subsidy; FEDER),
 * from the pupils (FEDER and half-days; subsidy with many lines).
 *
 * @returns the statements, each with a 120-character name and component
 */
export function longStatements(): NumberedStatement[] {
  const members = longMembers();
  const { statements } = generate(longRegister(members), 2025, "2025-03-01").result;
  if (statements.length !== members.length) throw new Error("a long statement is missing");
  return statements.map((statement, index) =>
    longComponent(index === 3 ? manyLines(statement, 12) : statement)
  );
}

/** One generation of the long statements, as its sheets show it. */
export interface LongGeneration {
  readonly statements: NumberedStatement[];
  /** The journal entries it adds. */
  readonly added: readonly NewJournalEntry[];
  /** The whole journal after it. */
  readonly journal: JournalEntry[];
}

/**
 * Two generations of 2025 over the long members: the first issues the four statements; the
 * second adds a member below 15 € without SIRET and changes the capitals' pupils (its statement
 * cancelled and replaced: the numbering's longest text), the others already issued.
 *
 * @returns both generations
 */
export function longGenerations(): { first: LongGeneration; second: LongGeneration } {
  const first = generate(longRegister(longMembers()), 2025, "2025-03-01");
  const members = longMembers().map((one) =>
    one.name === LONG_NAMES.capitals ? { ...one, pupils: 950 } : one
  );
  const second = generate(longRegister([...members, SMALL], first.journal), 2025, "2025-06-01");
  const of = (generation: typeof first): LongGeneration => ({
    statements: generation.result.statements.map((statement, index) =>
      longComponent(index === 3 ? manyLines(statement, 12) : statement)
    ),
    added: generation.result.changes.added,
    journal: generation.journal,
  });
  return { first: of(first), second: of(second) };
}
