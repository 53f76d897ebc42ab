import { spawnSync } from "node:child_process";
import { join } from "node:path";
import fc from "fast-check";
import type { IssuerSettings } from "../../../src/domain/register/types";
import {
  accountantText,
  accountText,
  dueDate,
  EXECUTORY_MENTION,
  officerText,
  recourseText,
  statementMentions,
} from "../../../src/domain/statements/legalMentions";
import { statementSheet } from "../../../src/domain/statements/statementSheet";
import { domainErrorOf } from "../domainErrorOf";
import { register, ROUBAIX, SETTINGS } from "./fixtures";
import { generate } from "./generations";

// RULES.md §9: the mentions of a titre de recettes. The calendar below counts days one at a time
// from the Gregorian rules, independently of Date.

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthDays = (year: number, month: number): number =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The date `days` days after y-m-d, walking the calendar a day at a time. */
function walk(y: number, m: number, d: number, days: number): string {
  let [year, month, day] = [y, m, d];
  for (let i = 0; i < days; i += 1) {
    day += 1;
    if (day > monthDays(year, month)) {
      day = 1;
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    }
  }
  return iso(year, month, day);
}

describe("dueDate: date of issue + the term, in calendar days", () => {
  test.each([
    ["2025-12-15", 30, "2026-01-14"],
    ["2025-03-01", 30, "2025-03-31"],
    ["2024-01-30", 30, "2024-02-29"], // leap year: 29 February exists
    ["2023-01-30", 30, "2023-03-01"], // not a leap year
    ["2024-02-29", 30, "2024-03-30"],
    ["2024-02-29", 365, "2025-02-28"],
    ["2100-02-28", 1, "2100-03-01"], // 2100 is not a leap year
    ["2000-02-28", 1, "2000-02-29"], // 2000 is
    ["2025-03-29", 1, "2025-03-30"], // the night summer time starts in France
    ["2025-10-25", 1, "2025-10-26"], // the night it ends
  ])("%s + %i days = %s", (issue, days, expected) => {
    expect(dueDate(issue, days)).toBe(expected);
  });

  test("agrees with a day-by-day walk of the calendar", () => {
    const dates = fc
      .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.nat(30))
      .map(([y, m, d]) => [y, m, (d % monthDays(y, m)) + 1] as const);
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 400 }), ([y, m, d], days) => {
        expect(dueDate(iso(y, m, d), days)).toBe(walk(y, m, d, days));
      })
    );
  });

  test("gives the same date whatever the machine's time zone", () => {
    // Jest's process.env is a copy: the time zone is set on a child process, through tsx.
    const script = [
      'import { dueDate } from "./src/domain/statements/legalMentions";',
      'console.log([dueDate("2025-12-15", 30), dueDate("2025-03-29", 1), dueDate("2024-02-28", 1)].join(" "));',
    ].join("\n");
    for (const zone of ["Pacific/Kiritimati", "America/Los_Angeles", "Europe/Paris"]) {
      const out = spawnSync(process.execPath, [require.resolve("tsx/cli"), "-e", script], {
        cwd: join(__dirname, "../../.."),
        env: { ...process.env, TZ: zone },
        encoding: "utf8",
      });
      expect(out.stderr).toBe("");
      expect(out.stdout.trim()).toBe("2026-01-14 2025-03-30 2024-02-29");
    }
  });

  test("refuses a date of issue that does not exist", () => {
    expect(domainErrorOf(() => dueDate("2025-02-29", 30)).code).toBe("invalid-date");
    expect(domainErrorOf(() => dueDate("15/12/2025", 30)).code).toBe("invalid-date");
  });

  test("a statement « déjà émis » keeps its date of issue, so its due date", () => {
    // Issued on 15 December 2025; generated again on 20 January 2026 with the same amount.
    const first = generate(register([ROUBAIX]), 2025, "2025-12-15");
    const again = generate(register([ROUBAIX], { journal: first.journal }), 2025, "2026-01-20");
    const [kept] = again.result.statements;
    expect(kept?.outcome).toBe("already-issued");
    if (kept === undefined) throw new Error("no statement");
    const cells = statementSheet(kept, SETTINGS).rows.flat();
    const dates = cells.flatMap((cell) => (cell.kind === "date" ? [cell.value] : []));
    expect(dates).toEqual(["2025-12-15", "2026-01-14"]);
  });
});

describe("who issued the titre (CGCT L1617-5, 4°)", () => {
  const officer = (overrides: Partial<IssuerSettings>): string =>
    officerText({ ...SETTINGS, ...overrides });

  test("in their own name: title, first name and name", () => {
    expect(officer({ officerTitle: "Le Président", delegatedBy: "" })).toBe(
      "Le Président, Jean Martin"
    );
  });

  test("by delegation: « Pour … et par délégation », then the delegate and their title", () => {
    const delegate = {
      officerFirstName: "Marie",
      officerLastName: "Dupont",
      officerTitle: "Vice-présidente chargée des finances",
    };
    expect(officer({ ...delegate, delegatedBy: "le Président" })).toBe(
      "Pour le Président et par délégation, Marie Dupont, Vice-présidente chargée des finances"
    );
    // An article typed with a capital reads mid-sentence in lower case.
    expect(officer({ ...delegate, delegatedBy: "La Présidente" })).toBe(
      "Pour la Présidente et par délégation, Marie Dupont, Vice-présidente chargée des finances"
    );
    expect(officer({ ...delegate, delegatedBy: "L'ordonnateur principal" })).toContain(
      "Pour l'ordonnateur principal et par délégation"
    );
  });
});

describe("voies et délais de recours (CGCT L1617-5, 2°)", () => {
  const text = recourseText("tribunal administratif de Lille");

  test("says within what time, what may be contested, before which court, on what ground", () => {
    expect(text).toContain("Dans les deux mois suivant la réception du présent titre");
    expect(text).toContain("contester l'existence de la créance, son montant ou son exigibilité");
    expect(text).toContain("en saisissant le tribunal administratif de Lille");
    expect(text).toContain("créance de droit public");
    expect(text).toContain("article L. 1617-5, 2° du code général des collectivités territoriales");
  });

  test("names the court of the settings, with or without its article", () => {
    expect(recourseText("tribunal administratif d'Amiens")).toContain(
      "en saisissant le tribunal administratif d'Amiens,"
    );
    expect(recourseText("Le tribunal administratif de Lille")).toContain(
      "en saisissant le tribunal administratif de Lille,"
    );
    expect(recourseText("Tribunal administratif de Lille")).not.toContain("le le");
  });

  test("the executory mention cites LPF L252 A", () => {
    expect(EXECUTORY_MENTION).toContain(
      "Titre de recettes exécutoire en application de l'article L. 252 A du livre des procédures fiscales"
    );
  });
});

describe("payment", () => {
  test("the accountant with its address on one line", () => {
    expect(accountantText(SETTINGS)).toBe(
      "Comptable assignataire : Service de gestion comptable de Lille Métropole, 12 rue des Finances, CS 10001, 59000 Lille"
    );
  });

  test("the account: IBAN grouped by four, BIC", () => {
    expect(accountText({ ...SETTINGS, iban: "FR7630006000011234567890189" })).toBe(
      "Virement au comptable assignataire : IBAN FR76 3000 6000 0112 3456 7890 189 — BIC BDFEFRPPCCT"
    );
  });

  test("the blocks, in print order, leave out a blank VAT mention and contact", () => {
    const blocks = statementMentions({ ...SETTINGS, vatMention: " ", accountingContact: "" });
    expect(blocks.map((block) => block.heading)).toEqual([
      "Paiement",
      "Titre émis par",
      "Voies et délais de recours",
    ]);
    expect(blocks[0]?.texts).toHaveLength(3);
    expect(blocks[2]?.texts).toEqual([recourseText(SETTINGS.court), EXECUTORY_MENTION]);
  });
});
