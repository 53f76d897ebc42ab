import { parseOptionsRange, parseOptionsText } from "../../../src/domain/options/parseOptions";
import { domainErrorOf } from "../domainErrorOf";

const none = { kind: "none" } as const;
const text = (value: string) => ({ kind: "text", text: value }) as const;

describe("parseOptionsText", () => {
  test("reads `subvention=571,70; accompagnement` as two options, keeping the decimal comma", () => {
    expect(parseOptionsText("subvention=571,70; accompagnement")).toEqual([
      { key: "subvention", typed: "subvention", value: text("571,70") },
      { key: "accompagnement", typed: "accompagnement", value: none },
    ]);
  });

  test("matches `Demi-journées=2` ignoring accents and case, and keeps what was typed", () => {
    expect(parseOptionsText("Demi-journées=2")).toEqual([
      { key: "demi-journees", typed: "Demi-journées", value: text("2") },
    ]);
  });

  test("turns inner spaces of a keyword into hyphens and trims around `=`", () => {
    expect(parseOptionsText(" Demi journées = 2 ")).toEqual([
      { key: "demi-journees", typed: "Demi journées", value: text("2") },
    ]);
  });

  test("separates options with a comma", () => {
    expect(parseOptionsText("accompagnement, demi-journees=2").map((o) => o.key)).toEqual([
      "accompagnement",
      "demi-journees",
    ]);
  });

  test("separates at a comma after a digit when a letter follows", () => {
    expect(parseOptionsText("demi-journees=2,accompagnement")).toEqual([
      { key: "demi-journees", typed: "demi-journees", value: text("2") },
      { key: "accompagnement", typed: "accompagnement", value: none },
    ]);
  });

  test("keeps a comma between two digits inside the value", () => {
    expect(parseOptionsText("audit=2,5")).toEqual([
      { key: "audit", typed: "audit", value: text("2,5") },
    ]);
    expect(parseOptionsText("feder=12,5 %; mois=6").map((o) => o.value)).toEqual([
      text("12,5 %"),
      text("6"),
    ]);
    expect(parseOptionsText("subvention=1 571,70")[0]?.value).toEqual(text("1 571,70"));
  });

  test("reads an empty text, or only separators, as no option", () => {
    expect(parseOptionsText("")).toEqual([]);
    expect(parseOptionsText(" ; ,, ;")).toEqual([]);
  });

  test("refuses an option with no name", () => {
    expect(domainErrorOf(() => parseOptionsText("=5")).code).toBe("unknown-option");
  });

  test("refuses an empty value after `=`", () => {
    const error = domainErrorOf(() => parseOptionsText("accompagnement; audit="));
    expect(error.code).toBe("invalid-option-value");
    expect(error.message).toContain("audit");
  });
});

describe("parseOptionsRange", () => {
  test("reads keys in the first column and values in the second", () => {
    expect(
      parseOptionsRange([
        ["accompagnement", ""],
        ["Demi-journées", 2],
      ])
    ).toEqual([
      { key: "accompagnement", typed: "accompagnement", value: none },
      { key: "demi-journees", typed: "Demi-journées", value: { kind: "number", value: 2 } },
    ]);
  });

  test("keeps booleans, numbers and words as given", () => {
    expect(
      parseOptionsRange([
        ["accompagnement", true],
        ["mobile", "non"],
        ["subvention", 571.7],
        ["audit", null],
      ]).map((o) => o.value)
    ).toEqual([
      { kind: "boolean", value: true },
      text("non"),
      { kind: "number", value: 571.7 },
      none,
    ]);
  });

  test("skips rows whose key is empty", () => {
    expect(
      parseOptionsRange([
        ["", ""],
        [null, null],
        ["  ", 3],
        ["accompagnement", "oui"],
      ]).map((o) => o.key)
    ).toEqual(["accompagnement"]);
  });

  test("refuses a range that is not two columns wide", () => {
    expect(domainErrorOf(() => parseOptionsRange([["accompagnement"]])).code).toBe(
      "invalid-option-value"
    );
    expect(domainErrorOf(() => parseOptionsRange([["audit", 2, "x"]])).code).toBe(
      "invalid-option-value"
    );
  });

  test("refuses a key that is not text, naming its row", () => {
    const error = domainErrorOf(() =>
      parseOptionsRange([
        ["accompagnement", ""],
        [12, "x"],
      ])
    );
    expect(error.code).toBe("unknown-option");
    expect(error.message).toContain("ligne 2");
  });
});
