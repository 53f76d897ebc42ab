import fc from "fast-check";
import { wrapWords } from "../../../src/domain/text/wrapWords";

describe("wrapWords", () => {
  test("cuts between words, keeping each line within the width", () => {
    expect(wrapWords("Titre de recettes exécutoire", 12)).toEqual([
      "Titre",
      "de recettes",
      "exécutoire",
    ]);
    expect(wrapWords("  un   texte  court ", 100)).toEqual(["un texte court"]);
    expect(wrapWords("   ", 10)).toEqual([]);
  });

  test("does not end a line with a word of one or two characters", () => {
    // "L." goes down with "1617-5,"; "du" with "code" (one short word is carried, not two).
    expect(wrapWords("(article L. 1617-5, 2° du code", 18)).toEqual([
      "(article",
      "L. 1617-5, 2°",
      "du code",
    ]);
    expect(wrapWords("12 rue des Finances, CS 10001, 59000 Lille", 24)).toEqual([
      "12 rue des Finances,",
      "CS 10001, 59000 Lille",
    ]);
  });

  test("gives a word longer than the width a line of its own", () => {
    expect(wrapWords("IBAN FR7630001005940000059400031 ok", 10)).toEqual([
      "IBAN",
      "FR7630001005940000059400031",
      "ok",
    ]);
  });

  test("for any text: the words in order, lines within the width unless one long word", () => {
    const word = fc.stringMatching(/^[a-zé0-9.,]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.integer({ min: 1, max: 60 }),
        (words, max) => {
          const lines = wrapWords(words.join(" "), max);
          expect(lines.join(" ")).toBe(words.join(" "));
          for (const line of lines) {
            expect(line.length <= max || !line.includes(" ")).toBe(true);
          }
        }
      )
    );
  });
});
