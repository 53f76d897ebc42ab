/**
 * Test double of the Excel custom-functions runtime global `CustomFunctions`: only the parts the
 * add-in uses (Error and ErrorCode). Installed by test/setup/installCustomFunctionsDouble.ts.
 * Never shipped: the real runtime provides this global inside Excel.
 */
export class CustomFunctionsErrorDouble extends Error {
  readonly code: string;

  constructor(code: string, message?: string) {
    super(message);
    this.name = "CustomFunctionsErrorDouble";
    this.code = code;
  }
}

/** The error codes of the runtime, with the values Excel shows. */
export const ERROR_CODE_DOUBLE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Installs the double as the global `CustomFunctions`. */
export function installCustomFunctionsDouble(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: CustomFunctionsErrorDouble,
    ErrorCode: ERROR_CODE_DOUBLE,
  };
}
