import { findEntry, scheduleForYear } from "../../../src/domain/schedules/scheduleForYear";
import { parseScheduleTable } from "../../../src/domain/schedules/readScheduleTable";
import type { Schedule } from "../../../src/domain/schedules/types";
import { domainErrorOf } from "../domainErrorOf";
import { row, schedule2026, table } from "./workbookTable";

const V4 = "ctaf-2019-v4";
const V2023 = "ctaf-2023-06-15";

function rows(schedule: Schedule): Array<[string, string, number | null, string]> {
  return schedule.entries.map((e) => [e.keyword, e.basis, e.rateCents, e.kind]);
}

describe("scheduleForYear with the built-in table", () => {
  test.each([2019, 2021, 2023])("uses ctaf-2019-v4 in %i (low, mid, high of 2019–2023)", (year) => {
    const schedule = scheduleForYear(year);
    expect(schedule.id).toBe(V4);
    expect(schedule.year).toBe(year);
    expect(schedule.fromWorkbook).toBe(false);
  });

  test("holds the CTAF v4 art. 6 components with their rates in cents (RULES.md §2.1)", () => {
    expect(rows(scheduleForYear(2021))).toEqual([
      ["plateforme", "perPupilPerYear", 60, "always"],
      ["mobile", "perPupilPerYear", 36, "option"],
      ["assistance", "perPupilPerYear", 18, "always"],
      ["administratif", "perPupilPerYear", 12, "always"],
      ["accompagnement", "perPupil", 50, "option"],
      ["audit", "perSchool", 30000, "option"],
      ["formation", "amount", null, "option"],
      ["connecteurs", "amount", null, "option"],
    ]);
  });

  test("bills 0,90 € per pupil with no option in 2019–2023", () => {
    // 60 + 18 + 12 = 90 c
    const always = scheduleForYear(2019).entries.filter((e) => e.kind === "always");
    expect(always.reduce((sum, e) => sum + (e.rateCents ?? 0), 0)).toBe(90);
  });

  test.each([2024, 2025, 2030, 2100])(
    "uses ctaf-2023-06-15 in %i (from 2024, with no end)",
    (year) => {
      expect(scheduleForYear(year).id).toBe(V2023);
    }
  );

  test("holds the CTAF 2023 art. 5 components with their rates in cents (RULES.md §2.2)", () => {
    expect(rows(scheduleForYear(2024))).toEqual([
      ["base", "perPupilPerYear", 130, "always"],
      ["accompagnement", "perPupilPerYear", 30, "option"],
      ["demi-journees", "perHalfDay", 15000, "option"],
      ["devis", "amount", null, "option"],
      ["marche", "amount", null, "option"],
    ]);
  });

  test("cites the deliberations each schedule comes from", () => {
    const v4 = scheduleForYear(2019).entries[0]?.source;
    expect(v4?.deliberation).toContain("2019-12");
    expect(v4?.date).toBe("2019-06-26");
    expect(v4?.document).toContain("13/05/2019");
    expect(scheduleForYear(2024).entries[0]?.source.date).toBe("2023-06-15");
  });

  test.each([2018, 2000, 1900])(
    "refuses %i, before the first schedule, with code no-schedule",
    (year) => {
      const error = domainErrorOf(() => scheduleForYear(year));
      expect(error.code).toBe("no-schedule");
      expect(error.message).toContain(String(year));
      expect(error.message).toContain("2019");
    }
  );
});

describe("scheduleForYear with a workbook table", () => {
  const from2026 = parseScheduleTable(schedule2026());

  test("prefers the workbook rows for the years they cover", () => {
    for (const year of [2026, 2027, 2040]) {
      const schedule = scheduleForYear(year, from2026);
      expect(schedule.fromWorkbook).toBe(true);
      expect(schedule.id).toBe("ctaf-2025-12");
      expect(schedule.entries.map((e) => e.keyword)).toEqual([
        "base",
        "accompagnement",
        "demi-journees",
      ]);
    }
  });

  test("keeps the built-in schedule for the years they do not cover", () => {
    expect(scheduleForYear(2025, from2026).id).toBe(V2023);
    expect(scheduleForYear(2025, from2026).fromWorkbook).toBe(false);
    expect(scheduleForYear(2020, from2026).id).toBe(V4);
  });

  test("goes back to the built-in schedule after the workbook's last exercise", () => {
    const twoYears = parseScheduleTable(
      table(row({ "Premier exercice": 2026, "Dernier exercice": 2027 }))
    );
    expect(scheduleForYear(2025, twoYears).id).toBe(V2023);
    expect(scheduleForYear(2026, twoYears).fromWorkbook).toBe(true);
    expect(scheduleForYear(2027, twoYears).fromWorkbook).toBe(true);
    expect(scheduleForYear(2028, twoYears).id).toBe(V2023);
  });

  test("covers a year before 2019 when the workbook gives one", () => {
    const early = parseScheduleTable(
      table(row({ "Premier exercice": 2017, "Dernier exercice": 2018 }))
    );
    expect(scheduleForYear(2018, early).fromWorkbook).toBe(true);
    expect(domainErrorOf(() => scheduleForYear(2016, early)).code).toBe("no-schedule");
  });
});

describe("findEntry", () => {
  test("finds a row by keyword or alias", () => {
    expect(findEntry(scheduleForYear(2024), "accompagnement")?.rateCents).toBe(30);
    expect(findEntry(scheduleForYear(2024), "optionnel")?.keyword).toBe("accompagnement");
  });

  test("finds nothing for a keyword of another schedule", () => {
    expect(findEntry(scheduleForYear(2024), "mobile")).toBeUndefined();
    expect(findEntry(scheduleForYear(2019), "base")).toBeUndefined();
  });
});
