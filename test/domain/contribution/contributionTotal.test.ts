import fc from "fast-check";
import { computeContribution } from "../../../src/domain/contribution/computeContribution";
import { compileContributionTotal } from "../../../src/domain/contribution/contributionTotal";
import { isDomainError } from "../../../src/domain/errors/DomainError";
import { parseOptionsText } from "../../../src/domain/options/parseOptions";
import { resolveOptions } from "../../../src/domain/options/resolveOptions";
import { scheduleForYear } from "../../../src/domain/schedules/scheduleForYear";

// The fast total behind ENT.CONTRIB must agree with the full breakdown behind ENT.DETAIL.

const OPTIONS_2019 = [
  "mobile",
  "accompagnement",
  "audit=3",
  "formation=1200,50",
  "connecteurs=0,01",
];
const OPTIONS_2024 = ["accompagnement", "demi-journees=2", "devis=480", "marche=1250,40"];
const GENERAL = [
  "mois=1",
  "mois=7",
  "mois=11",
  "subvention=100",
  "subvention=0,01",
  "feder=12,5 %",
  "feder=33,333%",
  "feder=250",
];

function outcome(run: () => number): number | string {
  try {
    return run();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
}

describe("compileContributionTotal", () => {
  test("gives Hem's 2024 total with accompagnement, 1 934,40 €", () => {
    // 1 209 × (130 + 30) c = 193 440 c
    const plan = resolveOptions(parseOptionsText("accompagnement"), scheduleForYear(2024));
    expect(compileContributionTotal(plan)(1209)).toBe(193440);
  });

  test("prorates each yearly line on its own, like the breakdown (mid-point case)", () => {
    // 2024, mois=7, 1 209 pupils: base 157 170 × 7 / 12 = 91 682,5 → 91 683 c (half away from zero)
    const plan = resolveOptions(parseOptionsText("mois=7"), scheduleForYear(2024));
    expect(compileContributionTotal(plan)(1209)).toBe(91683);
  });

  test("always agrees with computeContribution, total or error", () => {
    const scenario = fc.record({
      year: fc.integer({ min: 2019, max: 2032 }),
      own: fc.subarray([...new Set([...OPTIONS_2019, ...OPTIONS_2024])]),
      general: fc.subarray(GENERAL, { maxLength: 3 }),
      pupils: fc.integer({ min: 0, max: 2_000_000 }),
    });
    fc.assert(
      fc.property(scenario, ({ year, own, general, pupils }) => {
        const allowed = year < 2024 ? OPTIONS_2019 : OPTIONS_2024;
        const text = [...own.filter((o) => allowed.includes(o)), ...dedupeGeneral(general)].join(
          "; "
        );
        const plan = resolveOptions(parseOptionsText(text), scheduleForYear(year));
        const fast = outcome(() => compileContributionTotal(plan)(pupils));
        const full = outcome(() => computeContribution(plan, pupils).totalCents);
        expect(fast).toBe(full);
      }),
      { numRuns: 500 }
    );
  });
});

/** Keeps one option per general key (subvention, feder, mois), as a user may give each once. */
function dedupeGeneral(options: readonly string[]): string[] {
  const seen = new Set<string>();
  return options.filter((option) => {
    const key = option.split("=")[0] ?? option;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
