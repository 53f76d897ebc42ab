import fc from "fast-check";
import {
  cutEcho,
  ECHO_MAX_CHARACTERS,
  echoValue,
  frenchNumber,
  quoteEcho,
  quotedValue,
} from "../../../src/domain/text/echoValue";
import { describeProblem } from "../../../src/domain/tables/TableProblem";

describe("cutEcho", () => {
  test("keeps a text of up to 60 characters whole (low, high)", () => {
    expect(cutEcho("accompagnement")).toBe("accompagnement");
    expect(cutEcho("x".repeat(60))).toBe("x".repeat(60));
  });

  test("cuts a longer text to 59 characters and an ellipsis (just above, a whole cell)", () => {
    expect(cutEcho("x".repeat(61))).toBe(`${"x".repeat(59)}…`);
    expect(cutEcho("y".repeat(32_000))).toBe(`${"y".repeat(59)}…`);
  });

  test("counts code points, so an emoji is never cut in half", () => {
    const cut = cutEcho("😀".repeat(100));
    expect(Array.from(cut)).toHaveLength(ECHO_MAX_CHARACTERS);
    expect(cut).toBe(`${"😀".repeat(59)}…`);
  });

  test("for any text: at most 60 code points, and a prefix of the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const cut = cutEcho(text);
        expect(Array.from(cut).length).toBeLessThanOrEqual(ECHO_MAX_CHARACTERS);
        expect(text.startsWith(cut.endsWith("…") && cut !== text ? cut.slice(0, -1) : cut)).toBe(
          true
        );
      })
    );
  });
});

describe("the value a message repeats", () => {
  test("numbers the French way, with an upper-case exponent", () => {
    expect(frenchNumber(12.5)).toBe("12,5");
    expect(frenchNumber(-1)).toBe("-1");
    expect(frenchNumber(1e308)).toBe("1E+308");
    expect(frenchNumber(1.5e-7)).toBe("1,5E-7");
    expect(frenchNumber(Infinity)).toBe("infini");
  });

  test("texts quoted and cut, booleans as Excel writes them, an empty cell as « vide »", () => {
    expect(quoteEcho("TVA")).toBe("« TVA »");
    expect(echoValue(12.5)).toBe("12,5");
    expect(echoValue("abc")).toBe("« abc »");
    expect(echoValue(true)).toBe("VRAI");
    expect(echoValue(null)).toBe("vide");
    expect(quotedValue(12.5)).toBe("« 12,5 »");
    expect(quotedValue(false)).toBe("« FAUX »");
    expect(quotedValue("z".repeat(1000))).toBe(`« ${"z".repeat(59)}… »`);
  });

  test("a table problem repeats the cell cut", () => {
    const problem = {
      table: "Barème",
      row: 3,
      column: "Tarif",
      value: "9".repeat(32_000),
      message: "tarif en euros attendu.",
    };
    expect(describeProblem(problem)).toBe(
      `Barème, ligne 3, colonne « Tarif » (« ${"9".repeat(59)}… ») : tarif en euros attendu.`
    );
  });
});
