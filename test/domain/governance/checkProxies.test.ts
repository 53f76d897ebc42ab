/*
 * Proxies (statutes art. 8.3: "Un membre absent peut donner procuration à un autre membre. Aucun
 * membre ne peut recevoir plus d'une procuration."; the temporary regimes: two each).
 */
import type { AttendanceRow } from "../../../src/domain/governance/attendance";
import { checkProxies } from "../../../src/domain/governance/checkProxies";
import { STATUTES_QUORUM } from "../../../src/domain/governance/quorumRules";
import { ruleInForce } from "../../../src/domain/governance/ruleInForce";
import { HEM_2023_12_07_TABLE, SITTING_2022_14_TABLE, rowsOf } from "./sittings";

const LOI_2021_1465 = ruleInForce("2022-06-16");

/** Deliberation 2022-14 with some rows changed, by delegate name. */
function sitting2022_14With(changes: Record<string, Partial<AttendanceRow>>): AttendanceRow[] {
  return rowsOf(SITTING_2022_14_TABLE).map((row) => ({ ...row, ...changes[row.delegate] }));
}

describe("checkProxies", () => {
  test("finds nothing wrong with deliberation 2022-14's six proxies, under the statutes and the loi 2021-1465", () => {
    // each holder (Biegalski, Bartholomeus, Messeanne-Grobelny, Vanpeene, Monnet, Thiebaut) is
    // present and carries one proxy
    const rows = rowsOf(SITTING_2022_14_TABLE);
    expect(checkProxies(rows, STATUTES_QUORUM)).toEqual([]);
    expect(checkProxies(rows, LOI_2021_1465)).toEqual([]);
  });

  test("finds nothing wrong with Hem's three proxies", () => {
    expect(checkProxies(rowsOf(HEM_2023_12_07_TABLE), STATUTES_QUORUM)).toEqual([]);
  });

  test("refuses a second proxy to one holder under the statutes, accepts it under the loi 2021-1465", () => {
    // M. Luc FOUTRY (row 6) also gives his proxy to Mme BIEGALSKI, who holds M. DECAGNY's
    const rows = sitting2022_14With({ "M. Luc FOUTRY": { proxyTo: "Mme BIEGALSKI", vote: "for" } });
    expect(checkProxies(rows, STATUTES_QUORUM)).toEqual([
      {
        row: 6,
        delegate: "M. Luc FOUTRY",
        message:
          "Ligne 6 : Mme Valérie BIEGALSKI porte déjà 1 pouvoir, le plus permis (Statuts du syndicat mixte (2018), art. 8.3) : le pouvoir de M. Luc FOUTRY n'est pas compté.",
      },
    ]);
    expect(checkProxies(rows, LOI_2021_1465)).toEqual([]);
  });

  test("refuses a third proxy to one holder under the loi 2021-1465", () => {
    const rows = sitting2022_14With({
      "M. Luc FOUTRY": { proxyTo: "Mme BIEGALSKI" },
      "M. Alban HEUSELE": { proxyTo: "Mme BIEGALSKI" },
    });
    expect(checkProxies(rows, LOI_2021_1465).map((problem) => problem.message)).toEqual([
      "Ligne 7 : Mme Valérie BIEGALSKI porte déjà 2 pouvoirs, le plus permis (Loi n° 2021-1465 du 10 novembre 2021, art. 10) : le pouvoir de M. Alban HEUSELE n'est pas compté.",
    ]);
  });

  test("refuses a proxy to a member who is not present", () => {
    const rows = sitting2022_14With({ "M. Arnaud DECAGNY": { proxyTo: "M. COULON" } });
    expect(checkProxies(rows, STATUTES_QUORUM).map((problem) => problem.message)).toEqual([
      "Ligne 5 : M. Arnaud DECAGNY donne pouvoir à M. Christophe COULON, qui n'est pas présent (excusé) : seul un membre présent porte un pouvoir.",
    ]);
  });

  test("refuses a proxy from a member who is present", () => {
    const rows = sitting2022_14With({ "M. Claude BACHELET": { proxyTo: "Mme VANPEENE" } });
    expect(checkProxies(rows, STATUTES_QUORUM).map((problem) => problem.message)).toEqual([
      "Ligne 17 : M. Claude BACHELET est présent et donne pourtant pouvoir à « Mme VANPEENE » : un membre présent vote lui-même, ce pouvoir est ignoré.",
    ]);
  });

  test("refuses a holder who is not in the list, one who could be several, and the member itself", () => {
    const rows = sitting2022_14With({
      "Mme Emilie BOMMART": { proxyTo: "M. DUPONT" },
      "M. Luc FOUTRY": { proxyTo: "M. Luc" },
      "M. Alban HEUSELE": { proxyTo: "M. HEUSELE" },
    });
    expect(
      checkProxies(rows, LOI_2021_1465).map((problem) => [problem.row, problem.message])
    ).toEqual([
      [
        3,
        "Ligne 3 : Mme Emilie BOMMART donne pouvoir à « M. DUPONT », qui n'est pas dans la liste des délégués.",
      ],
      [
        6,
        "Ligne 6 : « M. Luc » peut désigner M. Luc FOUTRY ou M. Luc MONNET : écrivez le nom complet du porteur du pouvoir de M. Luc FOUTRY.",
      ],
      [7, "Ligne 7 : M. Alban HEUSELE ne peut pas se donner pouvoir à lui-même."],
    ]);
  });

  test("numbers rows by their position when they do not say where they come from", () => {
    const rows: AttendanceRow[] = [
      { delegate: "Mme A", body: "Nord", status: "excused", proxyTo: "Mme B", vote: "for" },
      { delegate: "Mme B", body: "Nord", status: "absent", proxyTo: null, vote: null },
    ];
    expect(checkProxies(rows, STATUTES_QUORUM)).toEqual([
      {
        row: 1,
        delegate: "Mme A",
        message:
          "Ligne 1 : Mme A donne pouvoir à Mme B, qui n'est pas présent (absent) : seul un membre présent porte un pouvoir.",
      },
    ]);
  });
});
