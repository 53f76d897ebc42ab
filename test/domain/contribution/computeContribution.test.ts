import fc from "fast-check";
import { computeContribution } from "../../../src/domain/contribution/computeContribution";
import type { Contribution } from "../../../src/domain/contribution/types";
import { parseOptionsText } from "../../../src/domain/options/parseOptions";
import { resolveOptions } from "../../../src/domain/options/resolveOptions";
import { parseScheduleTable } from "../../../src/domain/schedules/readScheduleTable";
import { scheduleForYear } from "../../../src/domain/schedules/scheduleForYear";
import type { ScheduleEntry } from "../../../src/domain/schedules/types";
import { domainErrorOf } from "../domainErrorOf";
import { schedule2026 } from "../schedules/workbookTable";

// Expected amounts are worked out by hand in cents from RULES.md §2–3.

const HEM = 1209;

function contribution(
  year: number,
  options: string,
  pupils: number,
  workbook: readonly ScheduleEntry[] = []
): Contribution {
  const schedule = scheduleForYear(year, workbook);
  return computeContribution(resolveOptions(parseOptionsText(options), schedule, workbook), pupils);
}

const total = (year: number, options: string, pupils: number): number =>
  contribution(year, options, pupils).totalCents;

function line(c: Contribution, keyword: string) {
  return c.lines.find((l) => l.keyword === keyword);
}

/** Euros written the French way for an option, from cents: 57170 -> "571,70". */
function euros(cents: number): string {
  return `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
}

describe("computeContribution under ctaf-2023-06-15 (2024 on)", () => {
  test("charges Hem 1 571,70 € in 2024", () => {
    // 1 209 × 130 c = 157 170 c
    const c = contribution(2024, "", HEM);
    expect(c.totalCents).toBe(157170);
    expect(c.grossCents).toBe(157170);
    expect(c.year).toBe(2024);
    expect(c.pupils).toBe(HEM);
    expect(c.schedule.id).toBe("ctaf-2023-06-15");
  });

  test("charges Hem 1 934,40 € in 2024 with accompagnement", () => {
    // 157 170 + 1 209 × 30 = 157 170 + 36 270 = 193 440 c
    expect(total(2024, "accompagnement", HEM)).toBe(193440);
    expect(total(2024, "optionnel", HEM)).toBe(193440);
  });

  test("shows each component with its quantity, unit rate and amount", () => {
    const c = contribution(2024, "accompagnement", HEM);
    expect(
      c.lines.map((l) => [l.keyword, l.basis, l.quantity, l.unitRateCents, l.amountCents])
    ).toEqual([
      ["base", "perPupilPerYear", 1209, 130, 157170],
      ["accompagnement", "perPupilPerYear", 1209, 30, 36270],
    ]);
    expect(line(c, "base")?.source).toContain("2023");
  });

  test.each([0, 1, 2, 5])("adds 150 € per half-day (%i half-days)", (halfDays) => {
    // 157 170 + 15 000 × N
    expect(total(2024, `demi-journees=${halfDays}`, HEM)).toBe(157170 + 15000 * halfDays);
  });

  test("adds quoted and market amounts as given", () => {
    // 157 170 + 120 050 + 9 900 = 287 120
    expect(total(2024, "devis=1200,50; marche=99", HEM)).toBe(287120);
  });

  test.each([2025, 2030])("keeps the 2024 schedule in %i", (year) => {
    expect(total(year, "", HEM)).toBe(157170);
  });

  test("charges nothing for zero pupils but still bills fixed amounts", () => {
    expect(total(2024, "", 0)).toBe(0);
    expect(total(2024, "accompagnement; demi-journees=1", 0)).toBe(15000);
  });
});

describe("computeContribution under ctaf-2019-v4 (2019–2023)", () => {
  test.each([2019, 2020, 2021, 2022, 2023])(
    "charges 0,90 € per pupil with no option in %i",
    (year) => {
      // 60 + 18 + 12 = 90 c per pupil
      expect(total(year, "", 1)).toBe(90);
      expect(total(year, "", 100)).toBe(9000);
    }
  );

  test("charges Hem 1 088,10 € with no option", () => {
    // 1 209 × 90 = 108 810 c: 72 540 + 21 762 + 14 508
    const c = contribution(2021, "", HEM);
    expect(c.totalCents).toBe(108810);
    expect(c.lines.map((l) => [l.keyword, l.amountCents])).toEqual([
      ["plateforme", 72540],
      ["assistance", 21762],
      ["administratif", 14508],
    ]);
  });

  test("adds the options of 2019: mobile, accompagnement, audits, at-cost amounts", () => {
    // mobile 1 209 × 36 = 43 524; accompagnement 1 209 × 50 = 60 450; audit 2 × 30 000 = 60 000;
    // formation 1 234,56 € = 123 456; connecteurs 500 € = 50 000
    expect(total(2019, "mobile", HEM)).toBe(108810 + 43524);
    expect(total(2019, "accompagnement", HEM)).toBe(108810 + 60450);
    expect(total(2019, "audit=2", HEM)).toBe(108810 + 60000);
    expect(total(2019, "formation=1234,56; connecteurs=500", HEM)).toBe(108810 + 123456 + 50000);
  });

  test("bills the audit per school", () => {
    const audit = line(contribution(2019, "audit=3", HEM), "audit");
    expect([audit?.quantity, audit?.unitRateCents, audit?.amountCents]).toEqual([3, 30000, 90000]);
  });
});

describe("computeContribution for part of a year (mois=N)", () => {
  test("prorates Hem's 2024 base over 7 months, rounding the half cent up (mid-point)", () => {
    // 157 170 × 7 / 12 = 91 682,5 -> 91 683
    const c = contribution(2024, "mois=7", HEM);
    expect(c.totalCents).toBe(91683);
    expect(line(c, "base")?.basisLabel).toContain("7/12");
  });

  test("prorates one month (low) and keeps twelve months whole (high)", () => {
    // 157 170 / 12 = 13 097,5 -> 13 098
    expect(total(2024, "mois=1", HEM)).toBe(13098);
    expect(total(2024, "mois=12", HEM)).toBe(157170);
  });

  test("rounds each line, not the total", () => {
    // 1 pupil, 1 month: base 130/12 = 10,83 -> 11; accompagnement 30/12 = 2,5 -> 3; total 14
    // (rounding the total instead would give 160/12 = 13,33 -> 13)
    const c = contribution(2024, "accompagnement; mois=1", 1);
    expect(c.lines.map((l) => l.amountCents)).toEqual([11, 3]);
    expect(c.totalCents).toBe(14);
  });

  test("prorates each per-pupil yearly line of 2019 separately", () => {
    // plateforme 72 540 × 7/12 = 42 315; mobile 43 524 × 7/12 = 25 389;
    // assistance 21 762 × 7/12 = 12 694,5 -> 12 695; administratif 14 508 × 7/12 = 8 463
    const c = contribution(2019, "mobile; mois=7", HEM);
    expect(c.lines.map((l) => l.amountCents)).toEqual([42315, 25389, 12695, 8463]);
    expect(c.totalCents).toBe(88862);
  });

  test("does not prorate half-days, quotes or market amounts", () => {
    // base 157 170 / 2 = 78 585; + 2 × 15 000 + 50 000 + 25 050 = 183 635
    expect(total(2024, "mois=6; demi-journees=2; devis=500; marche=250,50", HEM)).toBe(183635);
  });

  test("does not prorate the 2019 accompagnement, billed per pupil, nor audits", () => {
    // 36 270 + 10 881 + 7 254 (yearly lines / 2) + 60 450 (accompagnement) + 30 000 (audit) = 144 855
    const c = contribution(2019, "mois=6; accompagnement; audit=1", HEM);
    expect(line(c, "accompagnement")?.amountCents).toBe(60450);
    expect(line(c, "accompagnement")?.basisLabel).not.toContain("/12");
    expect(c.totalCents).toBe(144855);
  });
});

describe("computeContribution with deductions", () => {
  test("deducts a subsidy", () => {
    // 157 170 - 57 170 = 100 000
    const c = contribution(2024, "subvention=571,70", HEM);
    expect(c.grossCents).toBe(157170);
    expect(c.totalCents).toBe(100000);
    expect(c.lines.at(-1)).toMatchObject({ keyword: "subvention", amountCents: -57170 });
  });

  test("deducts a fixed feder amount", () => {
    // 157 170 - 100 000 = 57 170
    const c = contribution(2024, "feder=1000", HEM);
    expect(c.totalCents).toBe(57170);
    expect(line(c, "feder")?.amountCents).toBe(-100000);
  });

  test("deducts a feder share of the gross, rounding a half cent away from zero (mid-point)", () => {
    // 157 170 × 25 % = 39 292,5 -> 39 293; 157 170 - 39 293 = 117 877
    const c = contribution(2024, "feder=25%", HEM);
    expect(line(c, "feder")?.amountCents).toBe(-39293);
    expect(c.totalCents).toBe(117877);
  });

  test("deducts a decimal feder share", () => {
    // 193 440 × 12,5 % = 24 180; 193 440 - 24 180 = 169 260
    expect(total(2024, "accompagnement; feder=12,5%", HEM)).toBe(169260);
  });

  test("takes the feder share of the prorated gross", () => {
    // gross 78 585 (6 months); 10 % = 7 858,5 -> 7 859; 78 585 - 7 859 = 70 726
    expect(total(2024, "mois=6; feder=10%", HEM)).toBe(70726);
  });

  test("deducts a subsidy and feder together", () => {
    // 157 170 - 57 170 - 39 293 = 60 707
    const c = contribution(2024, "subvention=571,70; feder=25%", HEM);
    expect(c.totalCents).toBe(60707);
    expect(c.lines.map((l) => l.keyword)).toEqual(["base", "subvention", "feder"]);
  });

  test("allows deductions equal to the gross: a total of exactly zero (high)", () => {
    expect(total(2024, "subvention=1571,70", HEM)).toBe(0);
    expect(total(2024, "feder=100%", HEM)).toBe(0);
    expect(total(2024, "subvention=1000; feder=571,70", HEM)).toBe(0);
  });

  test("refuses deductions one cent above the gross, showing both amounts", () => {
    const error = domainErrorOf(() => contribution(2024, "subvention=1571,71", HEM));
    expect(error.code).toBe("deductions-exceed-gross");
    expect(error.message).toContain("1\u00a0571,71\u00a0€");
    expect(error.message).toContain("1\u00a0571,70\u00a0€");
    expect(domainErrorOf(() => contribution(2024, "subvention=1000; feder=571,71", HEM)).code).toBe(
      "deductions-exceed-gross"
    );
  });

  test("refuses any deduction when nothing is billed", () => {
    expect(domainErrorOf(() => contribution(2024, "subvention=0,01", 0)).code).toBe(
      "deductions-exceed-gross"
    );
  });
});

describe("computeContribution with a workbook schedule", () => {
  const workbook = parseScheduleTable(schedule2026());

  test("uses the workbook rates for the years it covers", () => {
    // 1 209 × 140 = 169 260; + 1 209 × 35 = 42 315 -> 211 575; + 2 × 16 000 -> 243 575
    expect(contribution(2026, "", HEM, workbook).totalCents).toBe(169260);
    expect(contribution(2026, "accompagnement; demi-journees=2", HEM, workbook).totalCents).toBe(
      243575
    );
  });

  test("keeps the built-in rates for other years", () => {
    expect(contribution(2025, "", HEM, workbook).totalCents).toBe(157170);
  });
});

describe("computeContribution refusing a pupil count", () => {
  test.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %p pupils", (pupils) => {
    expect(domainErrorOf(() => contribution(2024, "", pupils)).code).toBe("invalid-number");
  });
});

describe("computeContribution properties", () => {
  const pupils = fc.integer({ min: 0, max: 200_000 });
  // Plans billing only per-pupil components, over a full year.
  const perPupilPlan = fc.constantFrom(
    [2024, ""] as const,
    [2024, "accompagnement"] as const,
    [2021, ""] as const,
    [2021, "mobile"] as const,
    [2019, "mobile; accompagnement"] as const
  );

  test("is linear in pupils: total(a + b) = total(a) + total(b)", () => {
    fc.assert(
      fc.property(perPupilPlan, pupils, pupils, ([year, options], a, b) => {
        expect(total(year, options, a + b)).toBe(total(year, options, a) + total(year, options, b));
      })
    );
  });

  test("is linear in pupils: total(k · a) = k · total(a)", () => {
    fc.assert(
      fc.property(
        perPupilPlan,
        pupils,
        fc.integer({ min: 0, max: 50 }),
        ([year, options], a, k) => {
          expect(total(year, options, k * a)).toBe(k * total(year, options, a));
        }
      )
    );
  });

  const cents = (max: number) => fc.integer({ min: 0, max });
  const v2023Options = fc
    .record({
      accompagnement: fc.boolean(),
      halfDays: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      devis: fc.option(cents(1_000_000), { nil: undefined }),
      marche: fc.option(cents(1_000_000), { nil: undefined }),
    })
    .map((o) => [
      o.accompagnement ? "accompagnement" : "",
      o.halfDays === undefined ? "" : `demi-journees=${o.halfDays}`,
      o.devis === undefined ? "" : `devis=${euros(o.devis)}`,
      o.marche === undefined ? "" : `marche=${euros(o.marche)}`,
    ]);
  const v4Options = fc
    .record({
      mobile: fc.boolean(),
      accompagnement: fc.boolean(),
      audit: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      formation: fc.option(cents(1_000_000), { nil: undefined }),
    })
    .map((o) => [
      o.mobile ? "mobile" : "",
      o.accompagnement ? "accompagnement" : "",
      o.audit === undefined ? "" : `audit=${o.audit}`,
      o.formation === undefined ? "" : `formation=${euros(o.formation)}`,
    ]);
  /** A feder deduction: a share in tenths of a percent (125 = 12,5 %) or an amount in cents. */
  type Feder = { kind: "tenths"; tenths: number } | { kind: "cents"; cents: number };
  const feder: fc.Arbitrary<Feder> = fc.oneof(
    fc.integer({ min: 0, max: 1000 }).map((tenths): Feder => ({ kind: "tenths", tenths })),
    cents(100_000).map((c): Feder => ({ kind: "cents", cents: c }))
  );
  const deductions = fc.record({
    months: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    subsidy: fc.option(cents(100_000), { nil: undefined }),
    feder: fc.option(feder, { nil: undefined }),
  });
  const scenario = fc
    .tuple(
      fc.oneof(
        fc.tuple(fc.integer({ min: 2024, max: 2035 }), v2023Options),
        fc.tuple(fc.integer({ min: 2019, max: 2023 }), v4Options)
      ),
      deductions
    )
    .map(([[year, own], d]) => {
      const federText =
        d.feder === undefined
          ? ""
          : d.feder.kind === "cents"
            ? `feder=${euros(d.feder.cents)}`
            : `feder=${Math.trunc(d.feder.tenths / 10)},${d.feder.tenths % 10} %`;
      const billing = [...own, d.months === undefined ? "" : `mois=${d.months}`].filter(
        (o) => o !== ""
      );
      const all = [
        ...billing,
        d.subsidy === undefined ? "" : `subvention=${euros(d.subsidy)}`,
        federText,
      ].filter((o) => o !== "");
      return {
        year,
        billing: billing.join("; "),
        options: all.join("; "),
        subsidy: d.subsidy ?? 0,
        feder: d.feder,
      };
    });

  /** The feder deduction on a gross, worked out here: tenths/1000 of it, half away from zero. */
  function federCents(f: Feder | undefined, gross: number): number {
    if (f === undefined) return 0;
    if (f.kind === "cents") return f.cents;
    const twice = 2n * BigInt(gross) * BigInt(f.tenths) + 1000n; // gross ≥ 0: floor(x + 1/2)
    return Number(twice / 2000n);
  }

  test("has a breakdown that sums to the total, deductions included", () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 20_000 }), (s, count) => {
        // The gross of the same plan with no deduction, then the deductions worked out by hand.
        const gross = total(s.year, s.billing, count);
        const deducted = s.subsidy + federCents(s.feder, gross);
        if (deducted > gross) {
          expect(domainErrorOf(() => contribution(s.year, s.options, count)).code).toBe(
            "deductions-exceed-gross"
          );
          return;
        }
        const c = contribution(s.year, s.options, count);
        expect(c.grossCents).toBe(gross);
        const deductionLines = c.lines.filter(
          (l) => l.keyword === "subvention" || l.keyword === "feder"
        );
        const componentLines = c.lines.filter(
          (l) => l.keyword !== "subvention" && l.keyword !== "feder"
        );
        expect(componentLines.reduce((sum, l) => sum + l.amountCents, 0)).toBe(c.grossCents);
        expect(deductionLines.reduce((sum, l) => sum - l.amountCents, 0)).toBe(deducted);
        expect(c.lines.reduce((sum, l) => sum + l.amountCents, 0)).toBe(c.totalCents);
        expect(c.totalCents).toBe(gross - deducted);
      })
    );
  });
});

describe("the FEDER line (issue 12)", () => {
  test("feder=0, feder=0 % and a share rounding to 0 c add no line, as subvention=0", () => {
    // 10 % of 0 pupils' gross (0 c) is 0 c
    for (const [options, pupils] of [
      ["feder=0", HEM],
      ["feder=0 %", HEM],
      ["subvention=0; feder=0,00", HEM],
      ["feder=10 %", 0],
    ] as const) {
      const c = contribution(2024, options, pupils);
      expect(c.lines.map((l) => l.keyword)).toEqual(["base"]);
      expect(c.lines.some((l) => Object.is(l.amountCents, -0))).toBe(false);
    }
  });

  test("a percentage is labelled the French way, whatever was typed", () => {
    // 12,5 % of 157 170 c = 19 646,25 c → 19 646 c
    for (const typed of ["12.5%", "12,5 %", "12,5%"]) {
      const feder = line(contribution(2024, `feder=${typed}`, HEM), "feder");
      expect(feder?.component).toBe("Cofinancement européen (FEDER, 12,5\u00a0% du brut)");
      expect(feder?.amountCents).toBe(-19646);
    }
  });
});

describe("the pupil count beyond 2^53 − 1 (issue 12)", () => {
  test("is too large, with the limit", () => {
    expect(domainErrorOf(() => contribution(2024, "", 2 ** 53)).message).toBe(
      "Le nombre d'élèves est trop grand (reçu 9007199254740992) : au plus 9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0991."
    );
    expect(domainErrorOf(() => contribution(2024, "", 2.5)).message).toContain(
      "entier positif ou nul (reçu 2,5)"
    );
  });
});
