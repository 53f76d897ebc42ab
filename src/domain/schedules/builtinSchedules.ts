import type { LegalSource, ScheduleEntry } from "./types";

/** CTAF version 4, art. 6 (annex of seed 001), approved by deliberation 2019-12. */
const CTAF_2019_ART_6: LegalSource = {
  document: "CTAF version 4 du 13/05/2019",
  article: "art. 6",
  deliberation: "délibération 2019-12 du comité syndical",
  date: "2019-06-26",
};

/** CTAF of 15 June 2023 (seed 000), in force from the 2024 exercise. */
const CTAF_2023: LegalSource = {
  document: "CTAF version du 15/06/2023",
  article: "art. 5",
  deliberation: "délibération du comité syndical",
  date: "2023-06-15",
};

const V4 = {
  schedule: "ctaf-2019-v4",
  firstYear: 2019,
  lastYear: 2023,
  source: CTAF_2019_ART_6,
} as const;
const V2023 = {
  schedule: "ctaf-2023-06-15",
  firstYear: 2024,
  lastYear: null,
  source: CTAF_2023,
} as const;

/**
 * The built-in tariff table (RULES.md §2.1 and §2.2). One row per component and schedule; the
 * schedule of an exercise is the set of rows whose years cover it. Rates are in cents, TTC as
 * voted. A new schedule voted by the comité is given as a workbook table instead of a change
 * here (RULES.md §2.3).
 */
export const BUILTIN_SCHEDULE_ENTRIES: readonly ScheduleEntry[] = [
  {
    ...V4,
    component: "Coût de la plateforme",
    keyword: "plateforme",
    aliases: [],
    basis: "perPupilPerYear",
    rateCents: 60,
    kind: "always",
  },
  {
    ...V4,
    component: "Module optionnel application mobile",
    keyword: "mobile",
    aliases: [],
    basis: "perPupilPerYear",
    rateCents: 36,
    kind: "option",
  },
  {
    ...V4,
    component: "Assistance de niveaux 1 et 2 à l'EPCI",
    keyword: "assistance",
    aliases: [],
    basis: "perPupilPerYear",
    rateCents: 18,
    kind: "always",
  },
  {
    ...V4,
    component: "Coût administratif",
    keyword: "administratif",
    aliases: [],
    basis: "perPupilPerYear",
    rateCents: 12,
    kind: "always",
  },
  {
    ...V4,
    component: "Deux demi-journées d'accompagnement complémentaire",
    keyword: "accompagnement",
    aliases: [],
    basis: "perPupil",
    rateCents: 50,
    kind: "option",
  },
  {
    ...V4,
    component: "Audit technique des écoles équipées",
    keyword: "audit",
    aliases: [],
    basis: "perSchool",
    rateCents: 30000,
    kind: "option",
  },
  {
    ...V4,
    component: "Formations dispensées (au coût réel)",
    keyword: "formation",
    aliases: ["formations"],
    basis: "amount",
    rateCents: null,
    kind: "option",
  },
  {
    ...V4,
    component: "Connecteurs ou modules spécifiques (au coût réel)",
    keyword: "connecteurs",
    aliases: ["connecteur", "modules"],
    basis: "amount",
    rateCents: null,
    kind: "option",
  },
  {
    ...V2023,
    component:
      "Contribution forfaitaire de base (plateforme, application mobile, coût administratif)",
    keyword: "base",
    aliases: [],
    basis: "perPupilPerYear",
    rateCents: 130,
    kind: "always",
  },
  {
    ...V2023,
    component: "Contribution forfaitaire optionnelle (accompagnement complémentaire)",
    keyword: "accompagnement",
    aliases: ["optionnel", "optionnelle"],
    basis: "perPupilPerYear",
    rateCents: 30,
    kind: "option",
  },
  {
    ...V2023,
    component: "Contribution spécifique optionnelle (demi-journée d'accompagnement)",
    keyword: "demi-journees",
    aliases: ["demi-journee", "demijournees", "demijournee"],
    basis: "perHalfDay",
    rateCents: 15000,
    kind: "option",
  },
  // Seed 000 puts "sur devis" in art. 6, last paragraph, not art. 5 as RULES.md says.
  {
    ...V2023,
    source: { ...CTAF_2023, article: "art. 6, dernier alinéa" },
    component: "Demande spécifique sur devis",
    keyword: "devis",
    aliases: [],
    basis: "amount",
    rateCents: null,
    kind: "option",
  },
  {
    ...V2023,
    source: { ...CTAF_2023, article: "art. 7" },
    component: "Autres prestations du marché ENT (prix du marché)",
    keyword: "marche",
    aliases: [],
    basis: "amount",
    rateCents: null,
    kind: "option",
  },
];

/** First exercise covered by a built-in schedule. */
export const FIRST_BUILTIN_YEAR = 2019;
