import type { School } from "../../../src/domain/register/types";
import { PHASING_WARNING } from "../../../src/domain/statements/messages";
import { pupilsBilledWithPhasing as pupilsBilled } from "../../../src/domain/statements/pupilsBilledWithPhasing";
import { domainErrorOf } from "../domainErrorOf";
import { HEM, HEM_SCHOOLS, member } from "./fixtures";

// Schools count from their own first year (School.firstYear ≤ year); the quarter-a-year rhythm
// of RULES.md §4 (ceil(n × k / 4)) is only checked, and a difference is a warning.

const hemFromSchools = member({ name: "Hem", pupils: null });

describe("pupilsBilled", () => {
  test("bills the member's own count when it has no school in the table", () => {
    expect(pupilsBilled(HEM, [], 2024)).toEqual({
      pupils: 1209,
      from: "member",
      schools: 0,
      schoolsEquipped: 0,
      expectedSchoolsEquipped: null,
      warnings: [],
    });
  });

  test("bills Hem's 11 schools as they are equipped, 2024 to 2027, without warning", () => {
    // 3, 6, 9, 11 schools (ceil(11k/4)) and 345, 674, 995, 1 209 pupils (fixtures.ts)
    const years = [2024, 2025, 2026, 2027].map((year) =>
      pupilsBilled(hemFromSchools, HEM_SCHOOLS, year)
    );
    expect(years.map((y) => y.pupils)).toEqual([345, 674, 995, 1209]);
    expect(years.map((y) => y.schoolsEquipped)).toEqual([3, 6, 9, 11]);
    expect(years.map((y) => y.expectedSchoolsEquipped)).toEqual([3, 6, 9, 11]);
    expect(years.every((y) => y.from === "schools" && y.schools === 11)).toBe(true);
    expect(years.flatMap((y) => y.warnings)).toEqual([]);
  });

  test("bills nothing the year before the first school (low) and all of them later (high)", () => {
    expect(pupilsBilled(hemFromSchools, HEM_SCHOOLS, 2023).pupils).toBe(0);
    expect(pupilsBilled(hemFromSchools, HEM_SCHOOLS, 2023).warnings).toEqual([]);
    expect(pupilsBilled(hemFromSchools, HEM_SCHOOLS, 2040).pupils).toBe(1209);
  });

  test("prefers the schools to the member's count, and says so when they disagree", () => {
    // Member says 1 200; its schools total 1 209 and 345 of them are equipped in 2024.
    const result = pupilsBilled(member({ name: "Hem", pupils: 1200 }), HEM_SCHOOLS, 2024);
    expect(result.pupils).toBe(345);
    expect(result.warnings).toEqual([
      "élèves de la table des membres (1200) ignorés : les écoles en comptent 1209 au total, seules les écoles équipées sont facturées",
    ]);
    // Same total: nothing to say.
    expect(pupilsBilled(HEM, HEM_SCHOOLS, 2024).warnings).toEqual([]);
  });

  test("warns when all schools are equipped at once instead of a quarter a year", () => {
    const allIn2024: School[] = HEM_SCHOOLS.map((school) => ({ ...school, firstYear: 2024 }));
    const result = pupilsBilled(hemFromSchools, allIn2024, 2024);
    expect(result.pupils).toBe(1209);
    expect(result.schoolsEquipped).toBe(11);
    expect(result.expectedSchoolsEquipped).toBe(3);
    expect(result.warnings).toEqual([
      "phasage différent du rythme d'un quart par an : 11 écoles équipées en 2024 au lieu de 3 (11 écoles, déploiement commencé en 2024)",
    ]);
    // From year 4 on the rhythm gives all 11: the warning goes away.
    expect(pupilsBilled(hemFromSchools, allIn2024, 2027).warnings).toEqual([]);
  });

  test("warns when the deployment is slower than the rhythm", () => {
    // Only 1 school in 2024, the others in 2027: 2025 has 1 equipped where ceil(22/4) = 6.
    const slow = HEM_SCHOOLS.map((school, i) => ({ ...school, firstYear: i === 0 ? 2024 : 2027 }));
    const result = pupilsBilled(hemFromSchools, slow, 2025);
    expect(result.pupils).toBe(120);
    expect(result.warnings[0]).toContain(PHASING_WARNING);
    expect(result.warnings[0]).toContain("1 école équipée en 2025 au lieu de 6");
  });

  test("matches schools to the member as the register does (case, accents, spaces, hyphens)", () => {
    const schools = HEM_SCHOOLS.map((school) => ({ ...school, member: " HEM " }));
    expect(pupilsBilled(hemFromSchools, schools, 2027).pupils).toBe(1209);
    const villeneuve = member({ name: "Villeneuve-d'Ascq", pupils: null });
    const typed = HEM_SCHOOLS.map((school) => ({ ...school, member: "VILLENEUVE D ASCQ" }));
    expect(pupilsBilled(villeneuve, typed, 2027).pupils).toBe(1209);
  });

  test("ignores other members' schools", () => {
    const other = HEM_SCHOOLS.map((school) => ({ ...school, member: "Roubaix" }));
    expect(pupilsBilled(HEM, other, 2024).from).toBe("member");
  });

  test("refuses a member with neither a pupil count nor schools", () => {
    const error = domainErrorOf(() =>
      pupilsBilled(member({ name: "Hem", pupils: null }), [], 2024)
    );
    expect(error.code).toBe("missing-value");
    expect(error.message).toBe(
      "Membre « Hem » (ligne 2) : ni nombre d'élèves dans la table des membres, ni écoles dans la table des écoles."
    );
  });
});
