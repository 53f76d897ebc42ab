import { parseOptionsRange, parseOptionsText } from "../../../src/domain/options/parseOptions";
import { resolveOptions, type ContributionPlan } from "../../../src/domain/options/resolveOptions";
import { parseScheduleTable } from "../../../src/domain/schedules/readScheduleTable";
import { scheduleForYear } from "../../../src/domain/schedules/scheduleForYear";
import { domainErrorOf } from "../domainErrorOf";
import { row, table } from "../schedules/workbookTable";

function plan(year: number, options: string): ContributionPlan {
  return resolveOptions(parseOptionsText(options), scheduleForYear(year));
}

function planFromRange(year: number, rows: unknown[][]): ContributionPlan {
  return resolveOptions(parseOptionsRange(rows), scheduleForYear(year));
}

const billed = (p: ContributionPlan): string[] => p.components.map((c) => c.entry.keyword);

describe("resolveOptions with text options", () => {
  test("bills only the always components with no option", () => {
    const p = plan(2024, "");
    expect(billed(p)).toEqual(["base"]);
    expect(p.subsidyCents).toBe(0);
    expect(p.feder).toBeNull();
    expect(p.months).toBe(12);
    expect(billed(plan(2021, ""))).toEqual(["plateforme", "assistance", "administratif"]);
  });

  test("reads `subvention=571,70; accompagnement` with a decimal comma", () => {
    const p = plan(2024, "subvention=571,70; accompagnement");
    expect(billed(p)).toEqual(["base", "accompagnement"]);
    expect(p.subsidyCents).toBe(57170);
  });

  test("accepts the alias `optionnel` for accompagnement", () => {
    expect(billed(plan(2024, "optionnel"))).toEqual(["base", "accompagnement"]);
  });

  test("matches `Demi-journées=2` ignoring accents and case", () => {
    const p = plan(2024, "Demi-journées=2");
    expect(p.components.find((c) => c.entry.keyword === "demi-journees")?.quantity).toBe(2);
  });

  test("lists components in schedule order, not in the order typed", () => {
    expect(billed(plan(2019, "audit=1, accompagnement, mobile"))).toEqual([
      "plateforme",
      "mobile",
      "assistance",
      "administratif",
      "accompagnement",
      "audit",
    ]);
  });

  test("reads amounts for amount components", () => {
    const p = plan(2024, "devis=1 200,50; marche=99");
    expect(p.components.map((c) => c.amountCents)).toEqual([null, 120050, 9900]);
  });

  test("reads feder as an amount or as a share of the gross", () => {
    expect(plan(2024, "feder=1000").feder).toEqual({ kind: "amount", cents: 100000 });
    const share = plan(2024, "feder=12,5%").feder;
    expect(share?.kind).toBe("percentage");
    // 12,5 % = 1/8
    if (share?.kind === "percentage")
      // compared as a ratio, whatever integer type the fraction is held in
      expect(BigInt(share.percentage.numerator) * 8n).toBe(BigInt(share.percentage.denominator));
    const full = plan(2024, "feder=100 %").feder;
    expect(full?.kind).toBe("percentage");
    if (full?.kind === "percentage")
      expect(BigInt(full.percentage.numerator)).toBe(BigInt(full.percentage.denominator));
  });

  test.each([1, 7, 12])("reads mois=%i (low, mid, high)", (months) => {
    expect(plan(2024, `mois=${months}`).months).toBe(months);
  });

  test("accepts an always component named without a value", () => {
    expect(billed(plan(2024, "base"))).toEqual(["base"]);
  });

  test("leaves out an option switched off", () => {
    expect(billed(plan(2024, "accompagnement=non"))).toEqual(["base"]);
    expect(billed(plan(2024, "accompagnement=Oui"))).toEqual(["base", "accompagnement"]);
  });
});

describe("resolveOptions with a range of options", () => {
  test("reads keys, numbers and amounts from two columns", () => {
    const p = planFromRange(2024, [
      ["accompagnement", ""],
      ["Demi-journées", 2],
      ["subvention", 571.7],
      ["mois", 6],
    ]);
    expect(billed(p)).toEqual(["base", "accompagnement", "demi-journees"]);
    expect(p.components[2]?.quantity).toBe(2);
    expect(p.subsidyCents).toBe(57170);
    expect(p.months).toBe(6);
  });

  test.each<[unknown, boolean]>([
    [true, true],
    [false, false],
    ["oui", true],
    ["non", false],
    ["VRAI", true],
    ["faux", false],
    [1, true],
    [0, false],
    [null, true],
  ])("reads accompagnement = %p as billed: %p", (value, on) => {
    const keywords = billed(planFromRange(2024, [["accompagnement", value]]));
    expect(keywords.includes("accompagnement")).toBe(on);
  });

  test("reads feder as a percentage written in text", () => {
    expect(planFromRange(2024, [["feder", "20 %"]]).feder?.kind).toBe("percentage");
  });
});

describe("resolveOptions refusing options", () => {
  test("refuses an unknown keyword and lists the accepted options of the year", () => {
    const error = domainErrorOf(() => plan(2024, "accompagnement; wifi"));
    expect(error.code).toBe("unknown-option");
    expect(error.message).toContain("wifi");
    for (const accepted of [
      "accompagnement",
      "optionnel",
      "demi-journees=N",
      "devis=M",
      "marche=M",
      "subvention=M",
      "feder",
      "mois=N",
    ]) {
      expect(error.message).toContain(accepted);
    }
    const in2019 = domainErrorOf(() => plan(2019, "wifi")).message;
    for (const accepted of [
      "mobile",
      "accompagnement",
      "audit=N",
      "formation=M",
      "connecteurs=M",
    ]) {
      expect(in2019).toContain(accepted);
    }
  });

  test("refuses `mobile` in 2024 and names the schedule that has it", () => {
    const error = domainErrorOf(() => plan(2024, "mobile"));
    expect(error.code).toBe("option-not-in-schedule");
    expect(error.message).toContain("mobile");
    expect(error.message).toContain("2024");
    expect(error.message).toContain("ctaf-2019-v4");
  });

  test("refuses `demi-journees=2` in 2021 and names the schedule that has it", () => {
    const error = domainErrorOf(() => plan(2021, "demi-journees=2"));
    expect(error.code).toBe("option-not-in-schedule");
    expect(error.message).toContain("ctaf-2023-06-15");
  });

  test("names a workbook schedule that knows the option", () => {
    const workbook = parseScheduleTable(
      table(
        row({
          Barème: "ctaf-2027",
          "Mot-clé": "tablettes",
          Type: "option",
          "Premier exercice": 2027,
        })
      )
    );
    const error = domainErrorOf(() =>
      resolveOptions(parseOptionsText("tablettes"), scheduleForYear(2024, workbook), workbook)
    );
    expect(error.code).toBe("option-not-in-schedule");
    expect(error.message).toContain("ctaf-2027");
  });

  test.each([
    [2024, "demi-journees=-1"],
    [2019, "audit=2,5"],
    [2019, "audit"],
    [2024, "demi-journees=deux"],
  ])("refuses a quantity that is not a whole number ≥ 0 (%i, %p)", (year, options) => {
    expect(domainErrorOf(() => plan(year, options)).code).toBe("invalid-option-value");
  });

  test("refuses a negative or fractional quantity given in a range", () => {
    expect(domainErrorOf(() => planFromRange(2024, [["demi-journées", -1]])).code).toBe(
      "invalid-option-value"
    );
    expect(domainErrorOf(() => planFromRange(2019, [["audit", 2.5]])).code).toBe(
      "invalid-option-value"
    );
  });

  test.each(["mois=0", "mois=13", "mois=-1", "mois=6,5"])(
    "refuses %p (months go from 1 to 12)",
    (options) => {
      const error = domainErrorOf(() => plan(2024, options));
      expect(error.code).toBe("invalid-option-value");
      expect(error.message).toContain("mois");
    }
  );

  test.each([
    "accompagnement; accompagnement",
    "accompagnement; optionnel",
    "subvention=1; subventions=2",
    "mois=6; Mois=7",
    "feder=10; feder=5%",
    "demi-journees=1; Demi-journée=2",
  ])("refuses an option given twice (%p)", (options) => {
    const error = domainErrorOf(() => plan(2024, options));
    expect(error.code).toBe("duplicate-option");
  });

  test("names both spellings of a duplicated option", () => {
    const error = domainErrorOf(() => plan(2024, "accompagnement; optionnel"));
    expect(error.message).toContain("accompagnement");
    expect(error.message).toContain("optionnel");
  });

  test.each([
    [2024, "subvention=571,705"],
    [2024, "devis=1,234"],
    [2019, "formation=0,001"],
  ])("refuses an amount with three decimals (%i, %p)", (year, options) => {
    const error = domainErrorOf(() => plan(year, options));
    expect(error.message).toContain(options.split("=")[0] ?? "");
    expect(error.message).toContain("deux décimales");
  });

  test("refuses an amount with three decimals given as a number in a range", () => {
    const error = domainErrorOf(() => planFromRange(2024, [["subvention", 571.705]]));
    expect(error.message).toContain("subvention");
  });

  test("refuses a negative amount", () => {
    expect(domainErrorOf(() => plan(2024, "subvention=-5")).code).toBe("invalid-option-value");
  });

  test("refuses an amount option with no amount", () => {
    expect(domainErrorOf(() => plan(2024, "devis")).code).toBe("invalid-option-value");
  });

  test("refuses a share above 100 %", () => {
    expect(domainErrorOf(() => plan(2024, "feder=100,01%")).code).toBe("invalid-option-value");
  });

  test("refuses a value for an always component", () => {
    expect(domainErrorOf(() => plan(2024, "base=2")).code).toBe("invalid-option-value");
  });

  test("refuses a flag value it cannot read", () => {
    const error = domainErrorOf(() => plan(2024, "accompagnement=peut-être"));
    expect(error.code).toBe("invalid-option-value");
    expect(error.message).toContain("peut-être");
  });
});

describe("option messages (issue 12: elision, what is really accepted, cut echoes)", () => {
  const messageOf = (year: number, options: string): string => {
    try {
      plan(year, options);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    throw new Error(`no error for ${options}`);
  };

  test("a count of schools says « d'écoles », not « de écoles »", () => {
    const message = messageOf(2019, "mobile; audit=abc");
    expect(message).toContain("nombre entier positif ou nul d'écoles");
    expect(message).not.toContain("de écoles");
  });

  test("mois=abc says 1 to 12, never « positif ou nul » since 0 is refused", () => {
    const message = messageOf(2024, "mois=abc");
    expect(message).toContain("un nombre entier de mois, de 1 à 12");
    expect(message).not.toContain("positif ou nul");
  });

  test("an option of 32 000 characters is repeated cut, with an ellipsis", () => {
    const long = "x".repeat(32_000);
    for (const options of [long, `subvention=${long}`, `${long}=3`]) {
      const message = messageOf(2024, options);
      expect(message.length).toBeLessThan(600);
      expect(message).toContain("…");
    }
  });
});
