/**
 * The PES V2 file (Protocole d'Échange Standard, DGFiP's Hélios) of a generation of titres de
 * recettes: pure functions, no I/O.
 */
export { pesRecetteFile, PesProblemsError, PES_ALLER_NAMESPACE, PES_SIGLE } from "./pesRecetteFile";
export type { PesRecetteFile, PesRecetteInput } from "./pesRecetteFile";
export { pesProblems } from "./pesProblems";
export { pesTitres } from "./pesTitres";
export { pesSettings, type PesSettings } from "./pesSettings";
export { pesAmount } from "./pesAmount";
export { pesAddress, type PesAddress } from "./pesAddress";
export { pesFileName } from "./pesFileName";
export { bordereauNumber, pieceNumber } from "./pesNumbers";
export { isChorusProDebtor, tiersCategory } from "./pesTiers";
export { pesOptional, pesText, pesValue, xmlAttribute } from "./xmlText";
