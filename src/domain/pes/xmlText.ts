/**
 * Escapes a text for an XML attribute value in double quotes: `&`, `<`, `>`, `"` and `'` become
 * entity references; tabs, line breaks and other control characters (which XML 1.0 forbids or
 * an attribute would normalize to spaces) become single spaces.
 *
 * @param text - any text
 * @returns the escaped text
 * @example
 * xmlAttribute(`Hem "centre" & <Lys>`); // "Hem &quot;centre&quot; &amp; &lt;Lys&gt;"
 */
export function xmlAttribute(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f]/g, " ")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

/**
 * One PES element: PES V2 carries every value in an attribute `V` (`<Exer V="2025"/>`).
 *
 * @param name - element name
 * @param value - the value, escaped here
 * @returns the element
 * @example
 * pesValue("Nom", "Hem & Co"); // '<Nom V="Hem &amp; Co"/>'
 */
export function pesValue(name: string, value: string | number): string {
  return `<${name} V="${xmlAttribute(String(value))}"/>`;
}

/**
 * {@link pesValue} for an optional element: nothing when the value is empty.
 *
 * @param name - element name
 * @param value - the value, or "" for none
 * @returns the element, or ""
 * @example
 * pesOptional("Fonction", ""); // ""
 */
export function pesOptional(name: string, value: string): string {
  return value === "" ? "" : pesValue(name, value);
}

/**
 * Cuts a text to the length a PES type allows (Base_Texte38, Base_Texte160…), after trimming and
 * joining its lines with ", ".
 *
 * @param text - the text
 * @param max - maximum length in characters
 * @returns the text, at most max characters
 * @example
 * pesText("Mairie\nPlace", 38); // "Mairie, Place"
 */
export function pesText(text: string, max: number): string {
  const flat = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(", ");
  return Array.from(flat).slice(0, max).join("").trim();
}
