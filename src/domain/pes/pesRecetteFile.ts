import { isValidSiret } from "../identifiers/siren";
import { accountingObject } from "../statements/accountingCsv";
import type { IssuerSettings } from "../register/types";
import type { NumberedStatement } from "../statements/types";
import { pesAddress } from "./pesAddress";
import { pesAmount } from "./pesAmount";
import { pesFileName } from "./pesFileName";
import { bordereauNumber, pieceNumber } from "./pesNumbers";
import { pesProblems } from "./pesProblems";
import { pesSettings, type PesSettings } from "./pesSettings";
import { pesTitres } from "./pesTitres";
import { isChorusProDebtor, tiersCategory } from "./pesTiers";
import { pesOptional, pesText, pesValue } from "./xmlText";

/** Namespace of the root element PES_Aller (PES_V2/Rev0/PES_Aller.xsd). */
export const PES_ALLER_NAMESPACE = "http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller";

/** Sigle of the Enveloppe's Emetteur: the software that writes the file (at most 32 characters). */
export const PES_SIGLE = "Contributions ENT";

/**
 * What one PES file is made of: a generation.
 *
 * @example
 * { settings, statements: numbered, year: 2025, software: "Contributions ENT 1.4.0" }
 */
export interface PesRecetteInput {
  readonly settings: IssuerSettings;
  /** The numbered statements of the generation; the file keeps its new ones ≥ 15 € (pesTitres). */
  readonly statements: readonly NumberedStatement[];
  readonly year: number;
  /** Name and version of the application, Adresse of the Enveloppe's Emetteur (38 characters kept). */
  readonly software?: string;
  /** Bordereau numbers of the exercise already sent: refused if this one is among them. */
  readonly usedBordereaux?: readonly number[];
}

/**
 * The PES file of a generation.
 *
 * @example
 * { fileName: "PESALR1_20004157800012_12300_2025_B0000001.xml", xml: "<?xml …", bordereau: 1, titres: 4, totalCents: 612345 }
 */
export interface PesRecetteFile {
  readonly fileName: string;
  readonly xml: string;
  readonly bordereau: number;
  /** Number of titres (pièces) in the bordereau. */
  readonly titres: number;
  readonly totalCents: number;
}

/**
 * Thrown when the file cannot be written; `problems` lists why, in French (pesProblems).
 *
 * @example
 * new PesProblemsError(["Paramètre « Code budget » manquant : …"]).problems.length; // 1
 */
export class PesProblemsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Fichier PES non écrit :\n- ${problems.join("\n- ")}`);
    this.name = "PesProblemsError";
  }
}

function tiersXml(statement: NumberedStatement): string {
  const member = statement.draft.member;
  const { catTiers, natJur } = tiersCategory(member.type);
  const address = pesAddress(member.address);
  if (!address) throw new PesProblemsError([`Adresse illisible : ${member.name}`]);
  // DGFiP checks the key of a SIRET given as IdTiers and rejects the whole bordereau when it is
  // wrong: an invalid one (possible only for a member of type "other") is left out.
  const hasSiret = isValidSiret(member.siret);
  return [
    "<Tiers><InfoTiers>",
    hasSiret ? pesValue("IdTiers", member.siret) + pesValue("NatIdTiers", "01") : "",
    pesValue("RefTiers", pesText(member.name, 30)),
    pesValue("CatTiers", catTiers),
    pesValue("NatJur", natJur),
    pesValue("TypTiers", "01"),
    pesValue("Nom", pesText(member.name, 38)),
    "</InfoTiers><Adresse>",
    pesValue("TypAdr", "1"),
    pesOptional("Adr1", address.adr1),
    pesValue("Adr2", address.adr2),
    pesValue("CP", address.cp),
    pesValue("Ville", address.ville),
    pesValue("CodRes", "0"),
    "</Adresse></Tiers>",
  ].join("");
}

function pieceXml(statement: NumberedStatement, pes: PesSettings): string {
  const member = statement.draft.member;
  const object = pesText(accountingObject(statement), 160);
  const chorus = isChorusProDebtor(member.type);
  return [
    "<Piece><BlocPiece>",
    pesValue("IdPce", pieceNumber(statement.number)),
    pesValue("TypPce", "01"),
    pesValue("NatPce", "01"),
    pesValue("ObjPce", object),
    chorus ? pesOptional("NumeroEngagement", pesText(member.engagementNumber, 50)) : "",
    chorus ? pesOptional("CodeService", pesText(member.serviceCode, 100)) : "",
    "</BlocPiece><LigneDePiece><BlocLignePiece><InfoLignePiece>",
    pesValue("IdLigne", 1),
    pesValue("ObjLignePce", pesText(`Titre ${statement.number} - ${object}`, 160)),
    pesValue("CodProdLoc", pes.productCode),
    pesValue("Nature", pes.nature),
    pesOptional("Fonction", pes.function),
    pesValue("Majo", "0"),
    pesValue("TvaIntraCom", "0"),
    pesValue("MtHT", pesAmount(statement.draft.contribution.totalCents)),
    "</InfoLignePiece></BlocLignePiece>",
    tiersXml(statement),
    "</LigneDePiece></Piece>",
  ].join("");
}

/**
 * Writes the PES V2 file (PES_Aller, domain recette) of one generation: an Enveloppe, the
 * EnTetePES of the syndicate's budget and one Bordereau of ordinary titres (TypBord 01, TypPce
 * 01 titre ordinaire, NatPce 01 fonctionnement) holding one Piece per new statement ≥ 15 €, each
 * with one LigneDePiece (imputation, amount, debtor). UTF-8, unsigned. Nothing is written when
 * pesProblems finds anything: it throws {@link PesProblemsError} with the list.
 *
 * @param input - the settings, the generation's statements and the exercise
 * @returns the file name and its XML text
 * @example
 * pesRecetteFile({ settings, statements: numbered, year: 2025 }).fileName;
 * // "PESALR1_20004157800012_12300_2025_B0000001.xml"
 */
export function pesRecetteFile(input: PesRecetteInput): PesRecetteFile {
  const problems = pesProblems(input.settings, input.statements, input.usedBordereaux);
  if (problems.length > 0) throw new PesProblemsError(problems);
  const pes = pesSettings(input.settings);
  const titres = pesTitres(input.statements);
  const bordereau = bordereauNumber(titres);
  const totalCents = titres.reduce((sum, t) => sum + t.draft.contribution.totalCents, 0);
  const issueDate = titres[0]?.issueDate ?? "";
  const fileName = pesFileName(
    pes.siret,
    pes.collectivityCode,
    pes.budgetCode,
    input.year,
    bordereau
  );
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<n:PES_Aller xmlns:n="${PES_ALLER_NAMESPACE}">\n`,
    "<Enveloppe><Parametres>",
    pesValue("Version", 2),
    pesValue("TypFic", "PESALR1"),
    pesValue("NomFic", pesText(fileName, 100)),
    "</Parametres><Emetteur>",
    // Sigle: "Nom de l'éditeur émetteur du flux"; Adresse: "Nom et version de l'application".
    pesValue("Sigle", PES_SIGLE),
    pesValue("Adresse", pesText(input.software ?? "Contributions ENT", 38)),
    "</Emetteur></Enveloppe>\n<EnTetePES>",
    pesValue("DteStr", issueDate),
    pesValue("IdPost", pes.poste),
    pesValue("IdColl", pes.siret),
    pesValue("CodCol", pes.collectivityCode),
    pesValue("CodBud", pes.budgetCode),
    pesOptional("LibelleColBud", pesText(pes.budgetLabel, 38)),
    "</EnTetePES>\n<PES_RecetteAller><EnTeteRecette>",
    pesValue("IdVer", 2),
    "</EnTeteRecette>\n<Bordereau><BlocBordereau>",
    pesValue("Exer", input.year),
    pesValue("IdBord", bordereau),
    pesValue("DteBordEm", issueDate),
    pesValue("TypBord", "01"),
    pesValue("NbrPce", titres.length),
    pesValue("MtBordHt", pesAmount(totalCents)),
    "</BlocBordereau>\n",
    ...titres.map((titre) => pieceXml(titre, pes) + "\n"),
    "</Bordereau></PES_RecetteAller>\n</n:PES_Aller>\n",
  ].join("");
  return { fileName, xml, bordereau, titres: titres.length, totalCents };
}
