/** Words this short do not end a line: "L." stays with "1617-5", "CS" with "10001", "à" with what follows. */
const SHORT_WORD = 2;

/**
 * Cuts a text into lines of at most `max` characters, between words, for a sheet where a long
 * text cannot wrap in its cell. A word of one or two characters does not end a line that has
 * other words: it goes down with the word after it (when both fit). A word longer than `max` gets
 * a line of its own, uncut.
 *
 * @param text - the text; runs of spaces count as one
 * @param max - the longest line, in characters (at least 1)
 * @returns the lines, none empty (none at all for a blank text)
 * @example
 * wrapWords("Titre de recettes exécutoire", 12); // ["Titre", "de recettes", "exécutoire"]
 * wrapWords("article L. 1617-5", 12); // ["article", "L. 1617-5"]
 */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let length = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line.length === 0 || length + 1 + word.length <= max) {
      length += (line.length === 0 ? 0 : 1) + word.length;
      line.push(word);
      continue;
    }
    const last = line.at(-1) ?? "";
    const carry =
      line.length > 1 && last.length <= SHORT_WORD && last.length + 1 + word.length <= max;
    const carried = carry ? line.splice(-1) : [];
    lines.push(line.join(" "));
    line = [...carried, word];
    length = line.join(" ").length;
  }
  if (line.length > 0) lines.push(line.join(" "));
  return lines;
}
