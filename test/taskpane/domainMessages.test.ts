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
import { englishDomainMessage, hasEnglish } from "../../src/taskpane/domainMessages";
import { statementsStringsFor } from "../../src/taskpane/views/statementsStrings";

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
      MESSAGES.partYear("retrait", "2025-06-30", 2025, 6),
      "the withdrawal takes effect on 30/06/2025, during the exercise: the 2025 contribution is owed for the whole year (RULES §2.4), unless the options of 2025 say mois=N (here mois=6): write it for 2025 in the « Options par exercice » table, or set « Année partielle » to prorata des mois in the Paramètres.",
    ],
    [
      MESSAGES.partYear("transfert", "2025-09-01", 2025, 4),
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
    expect(english.severities).toEqual({ erreur: "error", avertissement: "warning" });
  });
});
