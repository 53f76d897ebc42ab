/*
 * Helpers for calling the custom functions as Excel does and checking what they throw.
 * Excel passes null for an omitted optional argument; the functions' optional parameters are
 * typed `?: any[][]`, so the null is cast once here.
 */
import { CustomFunctionsErrorDouble } from "../doubles/customFunctionsDouble";

/** An omitted optional argument, as Excel passes it. */
export const OMITTED = null as never;

/**
 * Runs a call that must fail and checks it fails the way a cell shows it: a CustomFunctions
 * error with code #VALUE!, a non-empty message containing every fragment given.
 *
 * @param call - the custom-function call
 * @param fragments - texts the French message must contain
 * @returns the error, for further checks
 */
export function expectExcelError(
  call: () => unknown,
  ...fragments: string[]
): CustomFunctionsErrorDouble {
  let caught: unknown;
  let returned: unknown;
  let threw = false;
  try {
    returned = call();
  } catch (error) {
    threw = true;
    caught = error;
  }
  if (!threw)
    throw new Error(`expected an Excel error, the call returned ${JSON.stringify(returned)}`);
  expect(caught).toBeInstanceOf(CustomFunctionsErrorDouble);
  const error = caught as CustomFunctionsErrorDouble;
  expect(error.code).toBe("#VALUE!");
  expect(error.message.trim()).not.toBe("");
  // An error the domain did not foresee is wrapped with this prefix (excelError.ts): never expected here.
  expect(error.message).not.toMatch(/^Erreur inattendue/);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

const EUROS_TEXT = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Reads an amount returned by a function as a whole number of cents, through its decimal text,
 * and fails when the number has more than two decimals (or is not a plain decimal).
 *
 * @param euros - the returned amount
 * @returns the amount in cents, exactly
 */
export function centsOf(euros: number): bigint {
  const match = EUROS_TEXT.exec(String(euros));
  if (!match)
    throw new Error(`${String(euros)} is not an amount in euros with at most two decimals`);
  const [, sign = "", whole = "0", decimals = ""] = match;
  const cents = BigInt(whole) * 100n + BigInt(decimals.padEnd(2, "0"));
  return sign === "-" ? -cents : cents;
}

/** Header of a workbook schedule table, as documented (scheduleTableColumns.ts). */
export const SCHEDULE_TABLE_HEADER = [
  "Composante",
  "Mot-clé",
  "Base",
  "Tarif",
  "Type",
  "Premier exercice",
  "Document",
  "Délibération",
  "Date",
];

/**
 * A workbook schedule voted in 2025 for the exercises from 2026 on: base 1,45 € per pupil and
 * year, the optional support 0,35 € per pupil and year.
 */
export const SCHEDULE_2026_TABLE: unknown[][] = [
  SCHEDULE_TABLE_HEADER,
  [
    "Contribution forfaitaire de base",
    "base",
    "élève/an",
    "1,45",
    "toujours",
    2026,
    "CTAF version du 12/06/2025",
    "délibération 2025-07",
    "12/06/2025",
  ],
  [
    "Contribution forfaitaire optionnelle",
    "accompagnement",
    "élève/an",
    0.35,
    "option",
    2026,
    "CTAF version du 12/06/2025",
    "délibération 2025-07",
    "12/06/2025",
  ],
];
