import { formatEuros } from "../../src/domain/money/formatEuros";
import { MESSAGES } from "../../src/domain/register/registerMessages";
import { excelErrorMessage } from "../../src/domain/tables/excelErrorValue";
import {
  afterLaterExerciseMessage,
  beforeExerciseMessage,
} from "../../src/domain/statements/checkIssueDate";
import {
  amountChangedText,
  BELOW_THRESHOLD_WARNING,
  memberPupilsIgnored,
  MISSING_SETTINGS,
  phasingWarning,
  transferWarning,
  withdrawalWarning,
} from "../../src/domain/statements/messages";
import { lostNumbersMessage } from "../../src/domain/statements/sheetsWithoutJournal";
import { amountTooLarge } from "../../src/domain/money/cents";
import { isDomainError } from "../../src/domain/errors/DomainError";
import { parseOptionsRange, parseOptionsText } from "../../src/domain/options/parseOptions";
import { resolveOptions } from "../../src/domain/options/resolveOptions";
import { pesProblems } from "../../src/domain/pes/pesProblems";
import type { IssuerSettings } from "../../src/domain/register/types";
import { scheduleForYear } from "../../src/domain/schedules/scheduleForYear";
import { readHeading } from "../../src/domain/sharing/chargeHeadings";
import { sharingIssueDateProblem } from "../../src/domain/sharing/checkSharingIssueDate";
import { checkSharingRegister } from "../../src/domain/sharing/checkSharingRegister";
import { previewSharing } from "../../src/domain/sharing/previewSharing";
import { readSharingSettings } from "../../src/domain/sharing/readSharingSettings";
import { schoolYearOf } from "../../src/domain/sharing/schoolYear";
import { quotePart, shareNetCharges } from "../../src/domain/sharing/shareNetCharges";
import { englishDomainMessage, hasEnglish } from "../../src/taskpane/domainMessages";
import { statementsStringsFor } from "../../src/taskpane/views/statementsStrings";
import { HEM, member, SETTINGS, SIRET } from "../domain/statements/fixtures";
import { numbered } from "../domain/statements/numbered";
import { validTables } from "../domain/register/registerTables";

// The French messages are made by the domain's own functions: when a French wording changes, its
// English text here stops matching and the test says which.

describe("the domain's messages in the English pane", () => {
  test.each<[string, string]>([
    [MESSAGES.required, "a value is required."],
    [MESSAGES.siretShape(13), "invalid SIRET: 14 digits expected (got 13 characters)."],
    [MESSAGES.siretShape(1), "invalid SIRET: 14 digits expected (got 1 character)."],
    [MESSAGES.duplicateUai(4), "UAI given twice (already row 4)."],
    [MESSAGES.duplicateName(2), "member given twice: same name as row 2."],
    [MESSAGES.duplicateSiret(3), "member given twice: same SIRET as row 3."],
    [
      MESSAGES.duplicateNumber(5, 2025),
      "statement number given twice for the 2025 exercise (already row 5): a number is never used again.",
    ],
    [
      MESSAGES.missingSiret(2025),
      "SIRET required: the member owes the 2025 contribution and the statement shows the debtor's SIRET.",
    ],
    [
      MESSAGES.withdrawalBeforeTransfer("2024-01-01"),
      "the withdrawal date comes before the date the transfer took effect (01/01/2024).",
    ],
    [
      MESSAGES.partYear("withdrawal", "2025-06-30", 2025, 6),
      "the withdrawal takes effect on 30/06/2025, during the exercise: the 2025 contribution is owed for the whole year (RULES §2.4), unless the options of 2025 say mois=N (here mois=6): write it for 2025 in the « Options par exercice » table, or set « Année partielle » to prorata des mois in the Paramètres.",
    ],
    [
      MESSAGES.partYear("transfer", "2025-09-01", 2025, 4),
      "the transfer takes effect on 01/09/2025, during the exercise: the 2025 contribution is owed for the whole year (RULES §2.4), unless the options of 2025 say mois=N (here mois=4): write it for 2025 in the « Options par exercice » table, or set « Année partielle » to prorata des mois in the Paramètres.",
    ],
    [
      MESSAGES.monthsInFullYear(2025, 4, "2019-01-01"),
      "mois=4 for 2025, but the member belongs for the whole of 2025 (transfer on 01/01/2019, no withdrawal in the year): only 4/12 of the year are billed. Check that this is intended (warning only).",
    ],
    [
      MESSAGES.monthsDifferFromDates(2025, 4, 5),
      "mois=4 for 2025, whereas the dates of effect and withdrawal give 5 months of membership (a month begun counting in full): 4/12 are billed, check.",
    ],
    [
      MESSAGES.yearInDateCell(2024, "16/07/1905"),
      "2024 is a number, not a date: a year alone is not a date (Excel reads it as 16/07/1905). Type the full date, for example 01/01/2024.",
    ],
    [
      `${excelErrorMessage("#REF!")} ${MESSAGES.ignoredColumn}`,
      "the cell holds the Excel error #REF!: a formula refers to a deleted cell. Correct the formula or type the value: an error is never read as data. This column is not read by the register (a warning only), but the formula that failed may feed others.",
    ],
    [
      excelErrorMessage("#VALUE!"),
      "the cell holds the Excel error #VALUE! (#VALEUR! in French Excel): a formula computes on a value of the wrong type. Correct the formula or type the value: an error is never read as data.",
    ],
    [
      MESSAGES.missingPupils(2025),
      "pupils missing: the member owes the 2025 contribution, but has neither a number of pupils nor a school in the Écoles table.",
    ],
    [
      MESSAGES.pupilsDifferFromSchools(1209),
      "the member's number of pupils differs from the total of its schools (1209); the schools prevail.",
    ],
    [
      MESSAGES.phasing(2025, 1, 2, 5, 2024),
      "phasing: 1 school equipped in 2025 according to the first years; the four-year deployment begun in 2024 plans 2 of 5 (RULES §4); the first years prevail.",
    ],
    [
      MESSAGES.pupilChange(
        MESSAGES.pupilScope(2025, true),
        6750,
        5400,
        "2024-0002 de 2024",
        "+25,0 %"
      ),
      "pupils 2025 of the schools already equipped in 2024: 6750, against 5400 on statement 2024-0002 of 2024 (+25,0 %): a gap of more than 20 %, check the count.",
    ],
    [
      MESSAGES.unknownSetting("Émetteur, Adresse"),
      "unknown setting, ignored. Settings accepted: Émetteur, Adresse.",
    ],
    [MESSAGES.duplicateSetting(7), "setting given twice (already row 7)."],
    [
      MESSAGES.missingSetting(
        "BIC",
        false,
        "le BIC du compte du comptable assignataire (par exemple BDFEFRPPCCT)",
        "c'est sur ce compte que le débiteur paie, par virement"
      ),
      "add the row « BIC » with the BIC of the comptable assignataire's account (for example BDFEFRPPCCT): the debtor pays into this account, by transfer.",
    ],
    [
      MESSAGES.ibanLength("FR", 27, 26),
      "invalid IBAN: 27 characters expected for a FR IBAN (got 26, spaces not counted); check that none is missing or extra.",
    ],
    [
      MESSAGES.ibanLength("XX", null, 12),
      "invalid IBAN: 15 to 34 characters expected for a XX IBAN (got 12, spaces not counted); check that none is missing or extra.",
    ],
    [
      MESSAGES.termsDisagree(45, 30),
      "the payment terms speak of 45 days, but the payment period is 30 days: the due date printed follows the period (30 days); make the two agree.",
    ],
    [BELOW_THRESHOLD_WARNING, "below 15 €: not put into recovery (CGCT D1611-1)"],
    [
      transferWarning("2025-09-01", 4),
      "transfer effective on 01/09/2025, during the exercise: 4/12 of the year billed (option mois=4)",
    ],
    [
      withdrawalWarning("2025-07-01", 12),
      "withdrawal effective on 01/07/2025, during the exercise: whole year billed (give mois=N in the options for part of a year)",
    ],
    [
      phasingWarning(11, 3, 11, 2024, 2024),
      "phasing differs from the rhythm of a quarter a year: 11 schools equipped in 2024 instead of 3 (11 schools, deployment begun in 2024)",
    ],
    [
      memberPupilsIgnored(1200, 1209),
      "pupils of the members table (1200) ignored: the schools count 1209 in all; only the schools equipped are billed",
    ],
    [
      amountChangedText("2025-0003", 83200, 121000),
      `amount changed: ${formatEuros(83200)} → ${formatEuros(121000)} (statement 2025-0003 is cancelled and replaced)`,
    ],
    [
      MISSING_SETTINGS,
      expect.stringMatching(/^The issuer's settings are missing/) as unknown as string,
    ],
    [
      beforeExerciseMessage("2024-12-15", 2025),
      "Date of issue 15/12/2024 before the 2025 exercise: the statements of the 2025 exercise cannot be issued before 01/01/2025. Choose a date of issue from 01/01/2025.",
    ],
    [
      afterLaterExerciseMessage("2026-03-01", 2025, {
        number: "2026-0001",
        year: 2026,
        date: "2026-02-01",
      }),
      "Date of issue 01/03/2026 after statement 2026-0001 of the 2026 exercise, issued on 01/02/2026: the statements of the 2025 exercise cannot be dated after those of a later exercise. Choose a date of issue no later than 01/02/2026.",
    ],
    [
      lostNumbersMessage([{ number: "2025-0005", sheet: "Appel 2025-0005" }]),
      expect.stringMatching(
        /^The journal of statements lacks number 2025-0005, yet sheet « Appel 2025-0005 » exists: /
      ) as unknown as string,
    ],
    [
      lostNumbersMessage([
        { number: "2025-0005", sheet: "Appel 2025-0005" },
        { number: "2025-0006", sheet: "Appel 2025-0006" },
      ]),
      expect.stringMatching(
        /^The journal of statements lacks numbers 2025-0005, 2025-0006, yet sheets « Appel 2025-0005 », « Appel 2025-0006 » exist: /
      ) as unknown as string,
    ],
    [`Table « Barème » : ${MESSAGES.required}`, "Table « Barème »: a value is required."],
  ])("%s", (french, english) => {
    expect(englishDomainMessage(french)).toEqual(english);
  });

  test("every message that is a constant of the register's checks has an English text", () => {
    const constants = Object.entries(MESSAGES as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string"
    );
    expect(constants.length).toBeGreaterThan(20);
    expect(constants.filter(([, french]) => !hasEnglish(french)).map(([key]) => key)).toEqual([]);
  });

  test("a message the table does not know is shown in French, unchanged", () => {
    const unknown = "L'option « mobile » n'existe pas dans le barème de 2024 (ctaf-2023-06-15).";
    expect(englishDomainMessage(unknown)).toBe(unknown);
    expect(hasEnglish(unknown)).toBe(false);
  });

  test("the French pane shows the domain's messages as they are, the English pane translated", () => {
    const french = statementsStringsFor("fr-FR");
    const english = statementsStringsFor("en-US");
    expect(french.domainText(MESSAGES.duplicateUai(4))).toBe(MESSAGES.duplicateUai(4));
    expect(english.domainText(MESSAGES.duplicateUai(4))).toBe("UAI given twice (already row 4).");
    expect(english.domainText("déjà émis")).toBe("already issued");
    expect(english.severities).toEqual({ error: "error", warning: "warning" });
    expect(french.severities).toEqual({ error: "erreur", warning: "avertissement" });
  });
});

/** The message of the error a call throws (a DomainError, or a cell's problem). */
function thrownMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isDomainError(error) || error instanceof Error) return error.message;
    throw error;
  }
  throw new Error("nothing thrown");
}

/** The French message of options typed in a Membres cell, resolved for an exercise. */
function optionsMessage(text: string, year = 2025): string {
  return thrownMessage(() => resolveOptions(parseOptionsText(text), scheduleForYear(year)));
}

describe("the options' messages in the English pane", () => {
  test.each<[string, string]>([
    [
      "xyz",
      "Unknown option « xyz ». Options accepted for 2025: accompagnement (ou optionnel), demi-journees=N (ou demi-journee), devis=M, marche=M, subvention=M, feder=M ou feder=P %, mois=N (1 à 12).",
    ],
    [
      "mobile",
      "Option « mobile » does not exist in the 2025 schedule (ctaf-2023-06-15); it exists in ctaf-2019-v4 (2019–2023). Options accepted for 2025: accompagnement (ou optionnel), demi-journees=N (ou demi-journee), devis=M, marche=M, subvention=M, feder=M ou feder=P %, mois=N (1 à 12).",
    ],
    [
      "accompagnement; optionnel",
      "Option given twice: « accompagnement » and « optionnel ». Keep one of them.",
    ],
    ["base=2", "« base » is always billed in 2025; it takes no value."],
    ["accompagnement=", "Option « accompagnement »: the value after « = » is empty."],
    ["=3", "Option with no name: « =3 ». Write keyword or keyword=value."],
    [
      "accompagnement=peut-être",
      "Option « accompagnement »: « peut-être » is not accepted; write accompagnement alone, or accompagnement=oui / accompagnement=non.",
    ],
    [
      "demi-journées=2,5",
      "Option « demi-journées »: a whole number of half-days, zero or more is expected (demi-journees=N), got « 2,5 ».",
    ],
    [
      "demi-journées",
      "Option « demi-journées »: a whole number of half-days, zero or more is expected (demi-journees=N), got no value.",
    ],
    [
      "mois=treize",
      "Option « mois »: a whole number of months, from 1 to 12 is expected (mois=N), got « treize ».",
    ],
    ["mois=13", "Option « mois »: the number of months goes from 1 to 12 (got 13)."],
    [
      "devis",
      "Option « devis »: an amount in euros is expected (devis=M, for example devis=571,70).",
    ],
    [
      "subvention=beaucoup",
      "Option « subvention »: « beaucoup » is not an amount in euros (expected for example 571,70; at most two decimals).",
    ],
    ["feder=120 %", "Option « feder »: 120 % is more than 100 %."],
  ])("%s", (typed, english) => {
    expect(englishDomainMessage(optionsMessage(typed))).toBe(english);
  });

  test("the echo of a long value is cut, and still translated", () => {
    const french = optionsMessage(`${"x".repeat(80)}=1`);
    expect(french).toMatch(/^Option inconnue « x{59}… »\./);
    expect(englishDomainMessage(french)).toMatch(/^Unknown option « x{59}… »\. Options accepted/);
  });

  test("a quantity in a school basis, and the options given as a range", () => {
    expect(englishDomainMessage(optionsMessage("audit=-1", 2019))).toBe(
      "Option « audit »: a whole number of schools, zero or more is expected (audit=N), got « -1 »."
    );
    expect(englishDomainMessage(optionsMessage("formation=-5", 2019))).toBe(
      "Option « formation »: the amount must be zero or more (got « -5 »)."
    );
    expect(englishDomainMessage(thrownMessage(() => parseOptionsRange([["a", 1, 2]])))).toBe(
      "Options given as a range must fit in two columns (key, value); the range has 3."
    );
    expect(englishDomainMessage(thrownMessage(() => parseOptionsRange([[4, 1]])))).toBe(
      "Options, row 1: the key 4 must be a keyword (text), for example accompagnement."
    );
  });

  test("amounts given as numbers in a range", () => {
    const range = (value: number) => () =>
      resolveOptions(parseOptionsRange([["subvention", value]]), scheduleForYear(2025));
    expect(englishDomainMessage(thrownMessage(range(1.234)))).toBe(
      "Option « subvention »: 1,234 € has more than two decimals; an amount is given to the cent."
    );
    expect(englishDomainMessage(thrownMessage(range(1e308)))).toMatch(
      /^Option « subvention »: 1E\+308 € is too large; an amount goes up to .+ at most\.$/
    );
    expect(englishDomainMessage(thrownMessage(range(Infinity)))).toBe(
      "Option « subvention »: infini is not an amount."
    );
    expect(englishDomainMessage(amountTooLarge("subvention", null).message)).toMatch(
      /^Amount out of bounds for subvention: it exceeds .+\.$/
    );
  });
});

describe("the sharing method's messages in the English pane", () => {
  const { problems } = checkSharingRegister(
    {
      members: [
        ["Nom", "Type", "SIRET", "Date d'effet", "Élèves"],
        ["Hem", "commune", HEM.siret, "01/01/2024", 0],
      ],
      settings: [
        ["Paramètre", "Valeur"],
        ["Mode d'appel", "partage des charges nettes"],
        ["FEDER obtenu", 5000],
      ],
      charges: [
        ["Rubrique", "Fournisseur", "Référence du paiement", "Date de paiement", "Montant"],
        ["Plateforme", "Éditeur", "M-1", "15/10/2023", 100],
        ["Plateforme", "Éditeur", "M-2", "15/10/2024", 100],
      ],
      middleSchools: [
        ["Département", "Prestation", "Quantité", "Prix unitaire"],
        ["Département du Nord", "Comptes", 10, 1],
      ],
    },
    2025
  );
  const english = problems.map((problem) => englishDomainMessage(problem.message));

  test.each([
    "no beneficiary pupil for the school year 2024-2025: the member shares the charges in proportion to its pupils (charte, art. 4.1). Give its pupils, or its schools in the Écoles table.",
    `the FEDER obtenu (${formatEuros(500000)}) exceeds the charges paid in the school year 2024-2025 (${formatEuros(20000)}): the net base would be negative (RULES.md §5).`,
    "payment outside the school year 2024-2025 (from 01/09/2024 to 31/08/2025): the base of the 2025 exercise keeps only the expenses of that school year (charte, art. 4.4). Remove the row or correct its date.",
    "unknown Département: it must be a member of the Membres table (same name), which gives its address and SIRET on the statement.",
    "no member has any beneficiary pupil: the base cannot be shared.",
  ])("a small register: %s", (message) => {
    expect(english).toContain(message);
  });

  test("every problem of that register has an English text", () => {
    expect(problems.map((problem) => problem.message).filter((m) => !hasEnglish(m))).toEqual([]);
  });

  test("pupils that do not add up; a Département billed for its collèges", () => {
    const check = (pupils: number) =>
      checkSharingRegister(
        {
          members: [
            ["Nom", "Type", "SIRET", "Date d'effet", "Élèves"],
            ["Hem", "commune", SIRET.hem, "01/01/2024", pupils],
            ["Département du Nord", "autre", SIRET.lys, "01/01/2024", 5000],
          ],
          schools: [
            ["UAI", "Membre", "Élèves", "Première année"],
            ["591001t", "Hem", 120, 2024],
          ],
          middleSchools: [
            ["Département", "Prestation", "Quantité", "Prix unitaire"],
            ["Département du Nord", "Comptes", 10, 1],
          ],
          settings: [
            ...validTables().settings,
            ["Mode d'appel", "partage des charges nettes"],
            ["FEDER obtenu", 0],
          ],
          charges: [
            ["Rubrique", "Fournisseur", "Référence du paiement", "Date de paiement", "Montant"],
            ["Plateforme", "Éditeur", "M-2", "15/10/2024", 100],
          ],
        },
        2025
      ).problems.map((problem) => englishDomainMessage(problem.message));
    expect(check(100)).toContain(
      "the pupils do not add up: the cell says 100, its schools in the Écoles table (1 of 1 in 2025) count 120. The sharing depends on it: correct one or the other, or empty the cell."
    );
    expect(check(120)).toContain(
      "this member is billed for its collèges at the market price (charte, art. 4.3): its pupils are not counted in the sharing of the charges."
    );
  });

  test("the statement warning of a member that joins during the school year", () => {
    const {
      register,
      sharing,
      problems: found,
    } = checkSharingRegister(
      {
        members: [
          ["Nom", "Type", "SIRET", "Date d'effet", "Élèves"],
          ["Hem", "commune", SIRET.hem, "01/01/2025", 100],
        ],
        settings: [
          ...validTables().settings,
          ["Mode d'appel", "partage des charges nettes"],
          ["FEDER obtenu", 0],
        ],
        charges: [
          ["Rubrique", "Fournisseur", "Référence du paiement", "Date de paiement", "Montant"],
          ["Plateforme", "Éditeur", "M-2", "15/10/2024", 100],
        ],
      },
      2025
    );
    expect(found.filter((problem) => problem.severity === "error")).toEqual([]);
    const warnings = previewSharing(register, sharing).drafts.flatMap((d) => d.warnings);
    expect(warnings.map(englishDomainMessage)).toContain(
      "access opened during the school year (01/01/2025): full share, no proration (RULES.md §5)"
    );
  });

  test("the Charges table missing", () => {
    const { problems: missing } = checkSharingRegister(
      { members: [["Nom", "Type", "SIRET", "Date d'effet", "Élèves"]] },
      2025
    );
    expect(missing.map((problem) => englishDomainMessage(problem.message))).toContain(
      "table « Charges » not found: the sharing of net charges reads the payments of the school year from an Excel table named Charges (Rubrique, Fournisseur, Référence du paiement, Date de paiement, Montant)."
    );
  });

  test("Mode d'appel and FEDER obtenu in Paramètres", () => {
    const settings = (method: string, feder: unknown) =>
      readSharingSettings([
        ["Paramètre", "Valeur"],
        ["Mode d'appel", method],
        ...(feder === undefined ? [] : [["FEDER obtenu", feder]]),
      ]).problems.map((problem) => englishDomainMessage(problem.message));
    expect(settings("au hasard", undefined)).toEqual([
      "unknown Mode d'appel: write « barème » (a rate per pupil, the default) or « partage des charges nettes » (net charges shared in proportion to pupils, RULES.md §5).",
    ]);
    expect(settings("barème", 100)).toEqual([
      "« FEDER obtenu » is used only by the sharing of net charges (Mode d'appel): with the barème, it is not deducted. To deduct a member's FEDER with the barème, write feder=… in its options.",
    ]);
    expect(settings("partage des charges nettes", undefined)).toEqual([
      "no FEDER obtenu is given for the school year: nothing is deducted from the charges. Add the row « FEDER obtenu » with the amount (0 if there is none).",
    ]);
    expect(settings("partage des charges nettes", "beaucoup")).toEqual([
      `FEDER obtenu: ${englishDomainMessage(MESSAGES.amount)}`,
    ]);
    expect(hasEnglish(MESSAGES.amount)).toBe(true);
  });

  test("the date of issue before the end of the school year", () => {
    const french = sharingIssueDateProblem("2025-06-30", schoolYearOf(2025));
    expect(englishDomainMessage(french ?? "")).toBe(
      "Date of issue 30/06/2025: the contributions of the school year 2024-2025 are called after it ends (charte, art. 4.4), so from 01/09/2025. Choose a date of issue after 31/08/2025."
    );
  });

  test("an unknown Rubrique, and the sharing's own checks", () => {
    expect(englishDomainMessage(thrownMessage(() => readHeading("Cantine")))).toMatch(
      /^unknown Rubrique: the charte \(art\. 4\.2\) has seven: « Pilotage .+ \(or their first word\)\.$/
    );
    expect(englishDomainMessage(thrownMessage(() => shareNetCharges(100, 0, [0, 0])))).toBe(
      "No beneficiary pupil: the base cannot be shared."
    );
    expect(englishDomainMessage(thrownMessage(() => shareNetCharges(100, 0, [1.5])))).toBe(
      "The number of beneficiary pupils must be a whole number, zero or more (got 1.5)."
    );
    expect(englishDomainMessage(thrownMessage(() => shareNetCharges(100, 200, [1])))).toBe(
      `The FEDER obtenu (${formatEuros(200)}) exceeds the charges (${formatEuros(100)}): the net base cannot be negative.`
    );
    expect(englishDomainMessage(thrownMessage(() => shareNetCharges(-1, 0, [1])))).toBe(
      "The charges and the FEDER are amounts of zero or more."
    );
    expect(englishDomainMessage(thrownMessage(() => quotePart(100, 0, 1, 0)))).toBe(
      "The total number of pupils (eleves_total) is 0: the base cannot be shared."
    );
    expect(englishDomainMessage(thrownMessage(() => quotePart(100, 0, 5, 3)))).toBe(
      "The member's pupils (5) exceed the total of the pupils of all members (3)."
    );
  });
});

describe("the PES file's messages in the English pane", () => {
  const PES: IssuerSettings = {
    ...SETTINGS,
    pesPoste: "059000",
    pesCollectivityCode: "123",
    pesBudgetCode: "00",
    pesBudgetLabel: "Budget principal",
    pesNature: "7474",
    pesFunction: "21",
    pesProductCode: "ENT",
  };
  const ADDRESS = "Mairie\n1 place de la République\n59100 Roubaix";
  const hem = member({ ...HEM, address: ADDRESS });

  test("a setting missing, a setting invalid", () => {
    const problems = pesProblems(
      { ...PES, pesNature: "", pesCollectivityCode: "ABCD", pesFunction: "x" },
      numbered([hem])
    );
    expect(problems.map(englishDomainMessage)).toEqual([
      "Setting « Code collectivité » invalid (« ABCD »): the code collectivité in Hélios, 3 digits (CodCol), for example 123.",
      "Setting « Imputation nature » missing: the nature account the contribution is charged to, in digits (Nature). Add a row « Imputation nature » to the Paramètres table, for example 74758.",
      "Setting « Imputation fonction » invalid (« x »): in digits, for example 020; leave it blank if your nomenclature has no fonction.",
    ]);
  });

  test("every setting missing from an older register has an English text", () => {
    const problems = pesProblems(SETTINGS, numbered([hem]));
    expect(problems.length).toBeGreaterThanOrEqual(5);
    expect(problems.filter((problem) => !hasEnglish(problem))).toEqual([]);
  });

  test("a debtor without SIRET or address, a bordereau already sent", () => {
    const noSiret = member({ row: 5, name: "Sans-Siret", siret: "", pupils: 500, type: "commune" });
    expect(pesProblems(PES, numbered([noSiret]), [1]).map(englishDomainMessage)).toEqual([
      "Sans-Siret (row 5 of the Membres table): SIRET missing; a commune or an EPCI is billed through Chorus Pro, which requires a valid SIRET (titre 2025-0001).",
      "Sans-Siret (row 5 of the Membres table): address without a « postcode town » line after a street line (for example « Mairie » then « 59510 Hem »); the PES requires it (titre 2025-0001).",
      "Bordereau no. 1 of the exercise was already sent: Hélios rejects a bordereau number it already knows.",
    ]);
  });

  test("a titre number too large for a bordereau, or that does not read", () => {
    const [statement] = numbered([hem]);
    if (statement === undefined) throw new Error("Hem owes nothing in 2025");
    const renumbered = (number: string) => pesProblems(PES, [{ ...statement, number }]);
    expect(renumbered("2025-12345678").map(englishDomainMessage)).toEqual([
      "Bordereau number too large (12345678): 7 digits at most.",
    ]);
    expect(renumbered("2025-0000").map(englishDomainMessage)).toEqual([
      "Titre number the PES cannot read: « 2025-0000 »",
    ]);
  });
});
