/*
 * The few pieces of PDF syntax (ISO 32000-1 §7.3) the statement writer needs: numbers, literal
 * strings of WinAnsi bytes, text strings for the document information, and dates. Everything
 * they produce is ASCII, so a PDF file made of them has as many bytes as characters.
 */
import { forEachWinAnsiByte } from "../winAnsi";

/**
 * A number as PDF writes it: at most 3 decimals, no exponent, no trailing zeros, never "-0".
 *
 * @param value - a finite number (coordinates, sizes, colour components)
 * @returns its PDF form
 * @example
 * pdfNumber(595.28); // "595.28"
 * pdfNumber(0.1 + 0.2); // "0.3"
 * pdfNumber(-0.0001); // "0"
 */
export function pdfNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  if (rounded === 0 || !Number.isFinite(rounded)) return "0";
  if (Number.isInteger(rounded)) return String(rounded);
  return rounded.toFixed(3).replace(/0+$/, "");
}

/**
 * A text as a PDF literal string of WinAnsi bytes, for the Tj operator with a WinAnsiEncoding
 * font: "(", ")" and "\" are escaped, bytes outside printable ASCII are written as octal escapes,
 * and a character WinAnsi cannot encode becomes "?" (texts are sanitized before, see
 * sanitizeWinAnsi).
 *
 * @param text - the text to show
 * @returns the literal string, parentheses included
 * @example
 * pdfWinAnsiLiteral("Total (TTC) : 1 571,70 €"); // "(Total \\(TTC\\) : 1 571,70 \\200)"
 */
export function pdfWinAnsiLiteral(text: string): string {
  let out = "(";
  forEachWinAnsiByte(text, (byte) => {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte <= 0x7e) out += String.fromCharCode(byte);
    else out += `\\${byte.toString(8).padStart(3, "0")}`;
  });
  return `${out})`;
}

/**
 * A text string for the document information or the catalog (title, author…): a literal
 * string when it is printable ASCII, else UTF-16BE with its byte order mark, in hexadecimal, so
 * that any character (é, —, emoji) is kept.
 *
 * @param text - any text
 * @returns the PDF string
 * @example
 * pdfTextString("fr-FR"); // "(fr-FR)"
 * pdfTextString("Avis n° 1"); // "<FEFF0041007600690073…>"
 */
export function pdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[()\\]/g, "\\$&")})`;
  let hex = "<FEFF";
  for (let index = 0; index < text.length; index += 1)
    hex += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0");
  return `${hex}>`;
}

/**
 * A date as a PDF date string, in UTC.
 *
 * @param date - the date
 * @returns e.g. "(D:20250301000000Z)"
 * @example
 * pdfDate(new Date(Date.UTC(2025, 2, 1))); // "(D:20250301000000Z)"
 */
export function pdfDate(date: Date): string {
  const two = (value: number): string => String(value).padStart(2, "0");
  return (
    `(D:${String(date.getUTCFullYear()).padStart(4, "0")}${two(date.getUTCMonth() + 1)}` +
    `${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}` +
    `${two(date.getUTCSeconds())}Z)`
  );
}
