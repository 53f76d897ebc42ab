import { checkPesXsd } from "../../scripts/pes/pesXsd";

/**
 * Validates PES texts against the vendored DGFiP schemas; fails the test with libxml2's messages.
 *
 * @param xmls - PES files
 */
export async function expectValidPes(...xmls: string[]): Promise<void> {
  const problems = await checkPesXsd(xmls);
  expect(problems).toEqual(xmls.map(() => []));
}
