import { isValidSiretWithSiren } from "../identifiers/siren";
import type { Register } from "../register/types";
import { INVALID_ISSUER_SIRET, MISSING_SETTINGS } from "./messages";
import type { PreviewProblem } from "./types";

/**
 * What a preview says of the issuer, whatever the method of calling: no Paramètres table is a
 * problem (no statement can be issued without its issuer), an issuer SIRET that fails its check
 * digit a warning (RULES.md §8: flag it, do not stop).
 *
 * @param register - the register read
 * @returns the problem and the warning, each empty when there is none
 * @example
 * issuerPreviewChecks({ ...register, settings: null }).problems[0]?.message; // MISSING_SETTINGS
 */
export function issuerPreviewChecks(register: Register): {
  problems: PreviewProblem[];
  warnings: string[];
} {
  if (register.settings === null)
    return { problems: [{ member: null, row: null, message: MISSING_SETTINGS }], warnings: [] };
  if (!isValidSiretWithSiren(register.settings.siret))
    return { problems: [], warnings: [INVALID_ISSUER_SIRET] };
  return { problems: [], warnings: [] };
}
