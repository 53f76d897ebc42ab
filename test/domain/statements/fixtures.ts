import type { IssuerSettings, Member, Register, School } from "../../../src/domain/register/types";

// Test data for the statements engine. SIRETs below pass the Luhn check (RULES.md §8), their SIREN
// part (first nine digits) too, apart from the syndicate's as printed in seed 001, which fails it
// on purpose.

/** SIRETs whose two keys pass, the SIRET's and its SIREN's (withSiretKeys). */
export const SIRET = {
  hem: "21590299000013",
  roubaix: "21590512600011",
  lys: "21590373300016",
} as const;

/**
 * A member with defaults: an EPCI whose transfer took effect on 1 January 2024 (Hem's
 * deliberation of 7 December 2023, first exercise paid 2024: RULES.md §6), a full year, no option.
 */
export function member(overrides: Partial<Member> & { readonly name: string }): Member {
  return {
    row: 2,
    type: "epci",
    siret: "",
    address: "",
    departement: "59",
    transferDate: "2024-01-01",
    withdrawalDate: null,
    pupils: 100,
    options: "",
    serviceCode: "",
    serviceCodeRequired: false,
    engagementNumber: "",
    engagementRequired: false,
    ...overrides,
  };
}

/** Hem: 1 209 pupils (RULES.md §6). */
export const HEM = member({
  row: 2,
  name: "Hem",
  siret: SIRET.hem,
  address: "Hôtel de ville\n42 rue du Général Leclerc\n59510 Hem",
  pupils: 1209,
  serviceCode: "FIN-01",
  engagementNumber: "EJ-2025-77",
});

/** Roubaix: 500 pupils. */
export const ROUBAIX = member({ row: 3, name: "Roubaix", siret: SIRET.roubaix, pupils: 500 });

/** Lys-lez-Lannoy: 10 pupils, below 15 € from 2024 (10 × 1,30 € = 13,00 €). */
export const LYS = member({ row: 4, name: "Lys-lez-Lannoy", siret: SIRET.lys, pupils: 10 });

/** The syndicate's settings; its SIRET is the one printed in seed 001, which fails the check. */
export const SETTINGS: IssuerSettings = {
  name: "Syndicat mixte La Fibre Numérique 59/62",
  address: "4 rue de la Fibre\n59000 Lille",
  siret: "20003038600020",
  accountingContact: "comptabilite@example.fr",
  vatMention: "Contribution non soumise à la TVA (montants TTC tels que votés)",
  paymentTerms: "30 jours à réception",
  officerFirstName: "Jean",
  officerLastName: "Martin",
  officerTitle: "Le Président",
  delegatedBy: "",
  accountantName: "Service de gestion comptable de Lille Métropole",
  accountantAddress: "12 rue des Finances\nCS 10001\n59000 Lille",
  iban: "FR7630001005940000059400031",
  bic: "BDFEFRPPCCT",
  court: "tribunal administratif de Lille",
  paymentDays: 30,
};

/**
 * Hem's 11 schools (1 209 pupils), equipped a quarter a year from 2024 as RULES.md §4 gives:
 * 3 in 2024, 3 more in 2025, 3 more in 2026, the last 2 in 2027.
 *   2024: 120 + 95 + 130 = 345 pupils
 *   2025: 345 + 101 + 88 + 140 = 674
 *   2026: 674 + 99 + 115 + 107 = 995
 *   2027: 995 + 110 + 104 = 1 209
 */
export const HEM_SCHOOLS: readonly School[] = [
  [120, 2024],
  [95, 2024],
  [130, 2024],
  [101, 2025],
  [88, 2025],
  [140, 2025],
  [99, 2026],
  [115, 2026],
  [107, 2026],
  [110, 2027],
  [104, 2027],
].map(([pupils, firstYear], index) => ({
  row: index + 2,
  uai: `059${String(index).padStart(4, "0")}X`,
  name: `École ${index + 1}`,
  member: "Hem",
  pupils: pupils ?? 0,
  firstYear: firstYear ?? 0,
}));

/** A register with the given members, no school, the settings and an empty journal. */
export function register(members: readonly Member[], overrides: Partial<Register> = {}): Register {
  return { members, schools: [], settings: SETTINGS, journal: [], ...overrides };
}
