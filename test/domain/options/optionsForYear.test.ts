/*
 * The options a member is billed with for one exercise (decision 0014): Membres options every
 * year, the exercise's row for that year, the exercise's value winning for the same option.
 */
import { memberOptionsForYear } from "../../../src/domain/membership/optionsForYear";
import { canonicalOptionKey } from "../../../src/domain/options/canonicalOptionKey";
import type { RawOption } from "../../../src/domain/options/parseOptions";
import { DEFAULT_SETTINGS } from "../../../src/domain/register/settingsColumns";
import type { ExerciseOptions, Member } from "../../../src/domain/register/types";
import { scheduleForYear } from "../../../src/domain/schedules/scheduleForYear";

const member: Member = {
  row: 3,
  name: "Communauté de communes du Val d'Exemple",
  type: "epci",
  siret: "",
  address: "",
  departement: "62",
  transferDate: "2025-09-01",
  withdrawalDate: null,
  pupils: 2310,
  options: "accompagnement; demi-journees=2",
  serviceCode: "",
  serviceCodeRequired: false,
  engagementNumber: "",
  engagementRequired: false,
};

const rows = (...given: [number, string][]): ExerciseOptions[] =>
  given.map(([year, options], index) => ({
    row: index + 2,
    member: "communaute de communes du val d exemple",
    year,
    options,
  }));

const shown = (options: readonly RawOption[]) =>
  options.map((o) => (o.value.kind === "none" ? o.typed : `${o.typed}=${JSON.stringify(o.value)}`));

describe("canonicalOptionKey", () => {
  test("a keyword, its alias, a general option and its other name", () => {
    const schedule = scheduleForYear(2025);
    expect(canonicalOptionKey("optionnel", schedule)).toBe("accompagnement");
    expect(canonicalOptionKey("accompagnement", schedule)).toBe("accompagnement");
    expect(canonicalOptionKey("subventions", schedule)).toBe("subvention");
    expect(canonicalOptionKey("mois", schedule)).toBe("mois");
    expect(canonicalOptionKey("inconnue", schedule)).toBe("inconnue");
  });
});

describe("memberOptionsForYear", () => {
  const settings = DEFAULT_SETTINGS;

  test("without a row for the exercise: the Membres options, the full year", () => {
    const got = memberOptionsForYear(
      { exerciseOptions: rows([2025, "mois=4"]), settings },
      member,
      scheduleForYear(2026)
    );
    expect(shown(got.options)).toEqual([
      "accompagnement",
      'demi-journees={"kind":"text","text":"2"}',
    ]);
    expect(got.exerciseRow).toBeNull();
    expect(got.monthsFrom).toBeNull();
  });

  test("with a row: the Membres options not overridden, then the row's", () => {
    const got = memberOptionsForYear(
      { exerciseOptions: rows([2025, "mois=4; optionnel=non; demi-journees=5"]), settings },
      member,
      scheduleForYear(2025)
    );
    expect(got.memberOptions).toEqual([]);
    expect(got.options.map((o) => o.typed)).toEqual(["mois", "optionnel", "demi-journees"]);
    expect(got.exerciseRow?.row).toBe(2);
    expect(got.monthsFrom).toBe("exercise");
  });

  test("prorata des mois: mois=N from the dates when no option gives it", () => {
    const prorating = { ...settings, prorateByMonths: true };
    const got = memberOptionsForYear(
      { exerciseOptions: [], settings: prorating },
      member,
      scheduleForYear(2025)
    );
    expect(got.monthsFrom).toBe("dates");
    expect(got.options.at(-1)).toEqual({
      key: "mois",
      typed: "mois",
      value: { kind: "number", value: 4 },
    });
    // A member all year: nothing added.
    const later = memberOptionsForYear(
      { exerciseOptions: [], settings: prorating },
      member,
      scheduleForYear(2026)
    );
    expect(later.monthsFrom).toBeNull();
    expect(later.options).toHaveLength(2);
  });

  test("a row that does not parse: the error names the table, row and exercise", () => {
    expect(() =>
      memberOptionsForYear(
        { exerciseOptions: rows([2025, "demi-journees="]), settings },
        member,
        scheduleForYear(2025)
      )
    ).toThrow(
      "Options par exercice, ligne 2 (exercice 2025) : Option « demi-journees » : la valeur après « = » est vide."
    );
  });
});
