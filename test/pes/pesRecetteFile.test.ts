import { prepareStatements } from "../../src/app/statementsWorkflow";
import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import {
  pesAddress,
  pesAmount,
  pesProblems,
  pesRecetteFile,
  PesProblemsError,
  type PesRecetteInput,
} from "../../src/domain/pes";
import type { IssuerSettings, Member } from "../../src/domain/register/types";
import type { NumberedStatement } from "../../src/domain/statements/types";
import { openXlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import { makeRegister } from "../../bench/makeRegister";
import { HEM, LYS, ROUBAIX, SETTINGS, member } from "../domain/statements/fixtures";
import { numbered } from "../domain/statements/numbered";
import { expectValidPes } from "./pesXsdHelper";

const ADDRESS = "Mairie\n1 place de la République\n59100 Roubaix";
const withAddress = (one: Member): Member => ({ ...one, address: one.address || ADDRESS });

const PES_SETTINGS: IssuerSettings = {
  ...SETTINGS,
  pesPoste: "059000",
  pesCollectivityCode: "123",
  pesBudgetCode: "00",
  pesBudgetLabel: "Budget principal",
  pesNature: "7474",
  pesFunction: "21",
  pesProductCode: "ENT",
};

const input = (
  statements: readonly NumberedStatement[],
  settings = PES_SETTINGS
): PesRecetteInput => ({
  settings,
  statements,
  year: 2025,
  software: "Contributions ENT (test)",
});

/** Problems pesRecetteFile throws, or [] when it writes the file. */
function thrown(run: () => unknown): readonly string[] {
  try {
    run();
    return [];
  } catch (error) {
    if (error instanceof PesProblemsError) return error.problems;
    throw error;
  }
}

describe("pesRecetteFile", () => {
  test("one member: a valid file with one bordereau, one titre, its imputation and its debtor", async () => {
    const file = pesRecetteFile(input(numbered([HEM])));
    await expectValidPes(file.xml);
    expect(file.fileName).toBe("PESALR1_20003038600020_12300_2025_B0000001.xml");
    expect(file.titres).toBe(1);
    expect(file.xml).toContain('<IdPce V="1"/><TypPce V="01"/><NatPce V="01"/>');
    expect(file.xml).toContain('<CodProdLoc V="ENT"/><Nature V="7474"/><Fonction V="21"/>');
    expect(file.xml).toContain(`<IdTiers V="${HEM.siret}"/><NatIdTiers V="01"/>`);
    expect(file.xml).toContain('<CatTiers V="24"/><NatJur V="09"/><TypTiers V="01"/>');
    expect(file.xml).toMatch(/<MtHT V="\d+\.\d\d"\/>/);
  });

  test("leaves out statements below 15 € and the Fonction when not given", async () => {
    const statements = numbered([HEM, ROUBAIX, LYS].map(withAddress));
    const file = pesRecetteFile(input(statements, { ...PES_SETTINGS, pesFunction: "" }));
    await expectValidPes(file.xml);
    expect(file.titres).toBe(2);
    expect(file.xml).not.toContain("Lys-lez-Lannoy");
    expect(file.xml).not.toContain("<Fonction");
    const total = statements
      .filter((s) => !s.draft.belowThreshold)
      .reduce((sum, s) => sum + s.draft.contribution.totalCents, 0);
    expect(file.xml).toContain(`<MtBordHt V="${pesAmount(total)}"/>`);
  });

  test("escapes names and carries the Chorus Pro service code and engagement", async () => {
    const odd = member({
      row: 2,
      name: `Hem & "Co" <l'Est>`,
      siret: HEM.siret,
      pupils: 500,
      serviceCode: "SERV-01",
      engagementNumber: "EJ 2025/7",
      address: ADDRESS,
    } as Partial<Member> & { name: string });
    const file = pesRecetteFile(input(numbered([odd])));
    await expectValidPes(file.xml);
    expect(file.xml).toContain('<Nom V="Hem &amp; &quot;Co&quot; &lt;l&apos;Est&gt;"/>');
    expect(file.xml).toContain('<NumeroEngagement V="EJ 2025/7"/><CodeService V="SERV-01"/>');
  });

  test("a member of type autre: category 29, and a SIRET failing its key left out (DGFiP would reject the bordereau)", async () => {
    const other = member({
      row: 7,
      name: "Association",
      type: "other",
      siret: "12345678901234",
      pupils: 500,
      address: ADDRESS,
    });
    const file = pesRecetteFile(input(numbered([other])));
    await expectValidPes(file.xml);
    expect(file.xml).not.toContain("IdTiers");
    expect(file.xml).toContain('<CatTiers V="29"/><NatJur V="09"/>');
  });

  test("the sample register (4 members owing 2025) gives a valid file", async () => {
    const workbook = await openXlsxWorkbook(await sampleWorkbookBytes());
    const run = await prepareStatements(workbook, 2025, "2025-03-01");
    const statements = run.numbering?.statements ?? [];
    expect(statements).toHaveLength(4);
    if (!run.settings) throw new Error("no settings");
    expect(pesProblems(run.settings, statements)).toEqual([]);
    const file = pesRecetteFile({ settings: run.settings, statements, year: 2025 });
    await expectValidPes(file.xml);
  });

  // Its time is printed by npm run bench:statements, not asserted here.
  test("1 000 members: a valid file", async () => {
    const workbook = await openXlsxWorkbook(await makeRegister(1000));
    const run = await prepareStatements(workbook, 2025, "2025-03-01");
    const statements = run.numbering?.statements ?? [];
    if (!run.settings) throw new Error("no settings");
    const file = pesRecetteFile({ settings: run.settings, statements, year: 2025 });
    expect(file.titres).toBeGreaterThan(900);
    await expectValidPes(file.xml);
  }, 60_000);
});

describe("rules beyond the XSD, refused before anything is written", () => {
  test("a missing imputation setting", () => {
    const problems = thrown(() =>
      pesRecetteFile(input(numbered([HEM]), { ...PES_SETTINGS, pesNature: "" }))
    );
    expect(problems).toEqual([
      "Paramètre « Imputation nature » manquant : le compte nature où la contribution est imputée, en chiffres (Nature). Ajoutez une ligne « Imputation nature » au tableau Paramètres, par exemple 74758.",
    ]);
  });

  test("every PES setting missing from an older register", () => {
    const older: IssuerSettings = SETTINGS;
    expect(pesProblems(older, numbered([HEM]))).toHaveLength(5);
  });

  test("a commune without SIRET on the Chorus Pro route", () => {
    const noSiret = member({
      row: 5,
      name: "Sans-Siret",
      siret: "",
      pupils: 500,
      type: "commune",
      address: ADDRESS,
    });
    const problems = thrown(() => pesRecetteFile(input(numbered([noSiret]))));
    expect(problems).toEqual([
      "Sans-Siret (ligne 5 du tableau Membres) : SIRET absent ; une commune ou un EPCI est facturé par Chorus Pro, qui exige un SIRET valide (titre 2025-0001).",
    ]);
  });

  test("a bordereau number already sent", () => {
    const problems = thrown(() =>
      pesRecetteFile({ ...input(numbered([HEM])), usedBordereaux: [1] })
    );
    expect(problems).toEqual([
      "Le bordereau n° 1 de l'exercice a déjà été transmis : Hélios rejette un numéro de bordereau déjà connu.",
    ]);
  });

  test("an address without postcode line", () => {
    const nowhere = member({
      row: 6,
      name: "Nulle-Part",
      siret: HEM.siret,
      pupils: 500,
      address: "Mairie",
    });
    expect(thrown(() => pesRecetteFile(input(numbered([nowhere]))))[0]).toMatch(
      /^Nulle-Part \(ligne 6/
    );
  });
});

describe("PES values", () => {
  test("amounts from integer cents", () => {
    expect([pesAmount(157170), pesAmount(5), pesAmount(100), pesAmount(123456789)]).toEqual([
      "1571.70",
      "0.05",
      "1.00",
      "1234567.89",
    ]);
  });

  test("addresses", () => {
    expect(pesAddress("Hôtel de Ville\n42 rue du Général Leclerc\n59510 Hem")).toEqual({
      adr1: "Hôtel de Ville",
      adr2: "42 rue du Général Leclerc",
      cp: "59510",
      ville: "Hem",
    });
    expect(pesAddress("59510 Hem")).toBeNull();
  });
});

async function sampleWorkbookBytes(): Promise<Uint8Array> {
  const { readFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  void sampleRegisterSheets;
  return new Uint8Array(
    await readFile(join(__dirname, "..", "..", "assets", "registre-exemple.xlsx"))
  );
}
