import { previewStatements } from "../../../src/domain/statements/previewStatements";
import {
  BELOW_THRESHOLD_WARNING,
  INVALID_ISSUER_SIRET,
  MISSING_SETTINGS,
} from "../../../src/domain/statements/messages";
import { domainErrorOf } from "../domainErrorOf";
import { HEM, HEM_SCHOOLS, LYS, member, register, ROUBAIX, SETTINGS, SIRET } from "./fixtures";

// Amounts are worked out by hand in cents from RULES.md §2.2: 130 c per pupil from 2024,
// + 30 c with accompagnement, 15 000 c per half-day.

describe("previewStatements", () => {
  test("previews Hem 2024 at 1 571,70 € with the grand total", () => {
    // 1 209 × 130 = 157 170 c
    const preview = previewStatements(register([HEM]), 2024);
    expect(preview.drafts.map((d) => [d.member.name, d.pupils.pupils])).toEqual([["Hem", 1209]]);
    expect(preview.drafts[0]?.contribution.totalCents).toBe(157170);
    expect(preview.drafts[0]?.contribution.schedule.id).toBe("ctaf-2023-06-15");
    expect(preview.totals).toEqual({
      count: 1,
      totalCents: 157170,
      belowThresholdCount: 0,
      belowThresholdCents: 0,
      recoverableCents: 157170,
    });
    expect(preview.problems).toEqual([]);
  });

  test("sums several members in the Members table's order", () => {
    // Hem 157 170 + Roubaix 500 × 130 = 65 000 + Lys 10 × 130 = 1 300 → 223 470 c
    const preview = previewStatements(register([HEM, ROUBAIX, LYS]), 2024);
    expect(preview.drafts.map((d) => d.member.name)).toEqual(["Hem", "Roubaix", "Lys-lez-Lannoy"]);
    expect(preview.drafts.map((d) => d.contribution.totalCents)).toEqual([157170, 65000, 1300]);
    expect(preview.totals).toEqual({
      count: 3,
      totalCents: 223470,
      belowThresholdCount: 1,
      belowThresholdCents: 1300,
      recoverableCents: 222170,
    });
  });

  test("flags 10 pupils in 2024 (13,00 €) as not put into recovery", () => {
    const [lys] = previewStatements(register([LYS]), 2024).drafts;
    expect(lys?.contribution.totalCents).toBe(1300);
    expect(lys?.belowThreshold).toBe(true);
    expect(lys?.warnings).toEqual([BELOW_THRESHOLD_WARNING]);
    expect(BELOW_THRESHOLD_WARNING).toBe(
      "inférieur à 15 € : non mis en recouvrement (CGCT D1611-1)"
    );
  });

  test("does not flag 15,00 € exactly (boundary) and flags 14,99 €", () => {
    // No pupils and a quote (devis=M, RULES.md §2.2) give the amount exactly:
    // 1 500 c is not below 15 € (boundary), 1 499 c is.
    const at = (options: string) =>
      previewStatements(register([member({ name: "X", pupils: 0, options })]), 2024).drafts[0];
    expect(at("devis=15,00")?.belowThreshold).toBe(false);
    expect(at("devis=14,99")?.belowThreshold).toBe(true);
  });

  test("leaves out members that do not owe the year", () => {
    const later = member({ row: 5, name: "Tardif", transferDate: "2025-01-01" });
    const gone = member({ row: 6, name: "Parti", withdrawalDate: "2023-12-31" });
    const preview = previewStatements(register([HEM, later, gone]), 2024);
    expect(preview.drafts.map((d) => d.member.name)).toEqual(["Hem"]);
    expect(preview.totals.count).toBe(1);
  });

  test("uses the member's options and the schedule of the year", () => {
    // 2024, accompagnement + 2 half-days: 1 209 × 160 + 2 × 15 000 = 193 440 + 30 000 = 223 440 c
    const hem = { ...HEM, options: "accompagnement; demi-journees=2" };
    expect(previewStatements(register([hem]), 2024).totals.totalCents).toBe(223440);
    // 2023, CTAF v4: 1 209 × 90 = 108 810 c (the member owes 2023 when it joined in 2023)
    const early = { ...HEM, transferDate: "2023-01-01" };
    const [draft] = previewStatements(register([early]), 2023).drafts;
    expect(draft?.contribution.totalCents).toBe(108810);
    expect(draft?.contribution.schedule.id).toBe("ctaf-2019-v4");
  });

  test("bills the schools equipped that year and carries the phasing warning", () => {
    const hem = { ...HEM, pupils: null };
    // 2025: 674 pupils × 130 = 87 620 c
    const [draft] = previewStatements(register([hem], { schools: HEM_SCHOOLS }), 2025).drafts;
    expect(draft?.pupils.pupils).toBe(674);
    expect(draft?.contribution.totalCents).toBe(87620);
    const allAtOnce = HEM_SCHOOLS.map((s) => ({ ...s, firstYear: 2024 }));
    const [phased] = previewStatements(register([hem], { schools: allAtOnce }), 2025).drafts;
    expect(phased?.warnings).toEqual([
      "phasage différent du rythme d'un quart par an : 11 écoles équipées en 2025 au lieu de 6 (11 écoles, déploiement commencé en 2024)",
    ]);
  });

  test("warns of a transfer during the year, with or without mois=", () => {
    const mid = member({ name: "Mi-année", siret: SIRET.lys, transferDate: "2025-07-01" });
    const [full] = previewStatements(register([mid]), 2025).drafts;
    expect(full?.warnings).toEqual([
      "transfert effectif le 01/07/2025, en cours d'exercice : année entière facturée (indiquez mois=N dans les options pour une année partielle)",
    ]);
    const [part] = previewStatements(register([{ ...mid, options: "mois=6" }]), 2025).drafts;
    // 100 × 130 × 6/12 = 6 500 c
    expect(part?.contribution.totalCents).toBe(6500);
    expect(part?.warnings).toEqual([
      "transfert effectif le 01/07/2025, en cours d'exercice : 6/12 de l'année facturés (option mois=6)",
    ]);
    // A transfer on 1 January is a full year: no warning (low boundary).
    expect(previewStatements(register([ROUBAIX]), 2024).drafts[0]?.warnings).toEqual([]);
  });

  test("warns of a withdrawal during the year", () => {
    const leaving = { ...ROUBAIX, withdrawalDate: "2025-06-30" };
    expect(previewStatements(register([leaving]), 2025).drafts[0]?.warnings[0]).toBe(
      "retrait effectif le 30/06/2025, en cours d'exercice : année entière facturée (indiquez mois=N dans les options pour une année partielle)"
    );
  });

  test("warns of missing or invalid debtor details for Chorus Pro", () => {
    const debtor = member({
      name: "Sans détails",
      serviceCodeRequired: true,
      engagementRequired: true,
    });
    expect(previewStatements(register([debtor]), 2025).drafts[0]?.warnings).toEqual([
      "SIRET du débiteur absent",
      "code service exigé par le débiteur mais absent (Chorus Pro)",
      "numéro d'engagement exigé par le débiteur mais absent (Chorus Pro)",
    ]);
    const wrong = member({ name: "Clé fausse", siret: "21590299500013" });
    expect(previewStatements(register([wrong]), 2025).drafts[0]?.warnings).toEqual([
      "SIRET du débiteur invalide (clé de contrôle)",
    ]);
    // Its own key passes, its SIREN's (215902995) fails: as the register and ENT.CONTROLE say.
    const wrongSiren = member({ name: "SIREN faux", siret: "21590299500012" });
    expect(previewStatements(register([wrongSiren]), 2025).drafts[0]?.warnings).toEqual([
      "SIRET du débiteur invalide (clé de contrôle)",
    ]);
  });

  test("lists a member whose line fails as a problem, and computes the others", () => {
    const typo = member({ row: 7, name: "Faute", options: "acompagnement" });
    const preview = previewStatements(register([HEM, typo, ROUBAIX]), 2025);
    expect(preview.drafts.map((d) => d.member.name)).toEqual(["Hem", "Roubaix"]);
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]?.member).toBe("Faute");
    expect(preview.problems[0]?.row).toBe(7);
    expect(preview.problems[0]?.message).toMatch(/^Option inconnue « acompagnement »/);
    expect(preview.totals.totalCents).toBe(157170 + 65000);
  });

  test("lists a member named twice as a problem (statements are tied to names)", () => {
    const twin = { ...ROUBAIX, row: 9, name: "ROUBAIX" };
    const preview = previewStatements(register([ROUBAIX, twin]), 2025);
    expect(preview.drafts).toHaveLength(1);
    expect(preview.problems.map((p) => p.message)).toEqual([
      "Membre « ROUBAIX » présent deux fois dans la table des membres (lignes 3 et 9) : les appels sont rattachés aux membres par leur nom, gardez une seule ligne.",
    ]);
  });

  test("blocks on missing settings and warns of an issuer SIRET failing its check", () => {
    const noSettings = previewStatements(register([HEM], { settings: null }), 2025);
    expect(noSettings.problems).toEqual([{ member: null, row: null, message: MISSING_SETTINGS }]);
    expect(previewStatements(register([HEM]), 2025).warnings).toEqual([INVALID_ISSUER_SIRET]);
    const sirenFails = { ...SETTINGS, siret: "21590299500012" };
    expect(previewStatements(register([HEM], { settings: sirenFails }), 2025).warnings).toEqual([
      INVALID_ISSUER_SIRET,
    ]);
    const valid = { ...SETTINGS, siret: "20003038500013" };
    expect(previewStatements(register([HEM], { settings: valid }), 2025).warnings).toEqual([]);
  });

  test("fails for a year without schedule: nothing can be computed", () => {
    expect(domainErrorOf(() => previewStatements(register([HEM]), 2018)).code).toBe("no-schedule");
  });

  test("gives an empty preview when nobody owes the year", () => {
    expect(previewStatements(register([]), 2025).totals).toEqual({
      count: 0,
      totalCents: 0,
      belowThresholdCount: 0,
      belowThresholdCents: 0,
      recoverableCents: 0,
    });
  });
});
