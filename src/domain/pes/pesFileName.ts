/**
 * Name of a generation's PES file. DGFiP's schemas set no naming rule (NomFic is free text of
 * at most 100 characters, repeated in the Enveloppe); the name says what the file is, for whom
 * and which bordereau: `PESALR1_<SIRET>_<CodCol><CodBud>_<exercise>_B<bordereau>.xml`. The
 * transmission tool may rename it.
 *
 * @param siret - IdColl, the issuer's SIRET
 * @param collectivityCode - CodCol
 * @param budgetCode - CodBud
 * @param year - the exercise
 * @param bordereau - the bordereau number
 * @returns the file name
 * @example
 * pesFileName("20004157800012", "123", "00", 2025, 1); // "PESALR1_20004157800012_12300_2025_B0000001.xml"
 */
export function pesFileName(
  siret: string,
  collectivityCode: string,
  budgetCode: string,
  year: number,
  bordereau: number
): string {
  const number = String(bordereau).padStart(7, "0");
  return `PESALR1_${siret}_${collectivityCode}${budgetCode}_${year}_B${number}.xml`;
}
