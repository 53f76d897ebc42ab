/**
 * How wide a text prints in a spreadsheet cell, in widths of the digit "0": the unit of Excel's
 * column widths (a column 46 wide holds 46 zeros, less its padding). The widths are those of
 * Calibri 11, the font of the workbooks the add-in writes, taken from Carlito (Debian's
 * fonts-crosextra-carlito), a font drawn on Calibri's metrics: thousandths of the width of "0",
 * rounded up, read from the fonts' hmtx tables (Carlito-Regular.ttf and Carlito-Bold.ttf,
 * version 20220224). Characters outside the tables count as two zeros, wider than any of them.
 */

/** Advance widths of Calibri 11, regular: U+0020–U+007E then U+00A0–U+00FF. */
const REGULAR_LATIN = [
  447, 643, 791, 983, 1000, 1411, 1346, 436, 599, 599, 983, 983, 493, 605, 499, 763, 1000, 1000,
  1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 528, 528, 983, 983, 983, 915, 1764, 1142, 1074,
  1053, 1214, 964, 907, 1245, 1230, 498, 630, 1026, 830, 1687, 1274, 1307, 1020, 1328, 1072, 907,
  962, 1266, 1120, 1756, 1025, 962, 924, 606, 763, 606, 983, 983, 575, 946, 1037, 835, 1037, 982,
  603, 929, 1037, 453, 473, 897, 453, 1577, 1037, 1041, 1037, 1037, 688, 772, 661, 1037, 892, 1411,
  855, 894, 780, 621, 909, 621, 983, 447, 643, 983, 1000, 983, 1000, 983, 983, 775, 1647, 794, 1011,
  983, 605, 1000, 778, 669, 983, 663, 660, 577, 1085, 1157, 499, 606, 486, 834, 1011, 1256, 1325,
  1333, 915, 1142, 1142, 1142, 1142, 1142, 1142, 1506, 1053, 964, 964, 964, 964, 498, 498, 498, 498,
  1233, 1274, 1307, 1307, 1307, 1307, 1307, 983, 1310, 1266, 1266, 1266, 1266, 962, 1020, 1041, 946,
  946, 946, 946, 946, 946, 1526, 835, 982, 982, 982, 982, 453, 453, 453, 453, 1037, 1037, 1041,
  1041, 1041, 1041, 1041, 983, 1045, 1037, 1037, 1037, 1037, 894, 1037, 894,
];

/** The same for bold. */
const BOLD_LATIN = [
  447, 643, 866, 983, 1000, 1439, 1391, 461, 615, 615, 983, 983, 509, 605, 527, 848, 1000, 1000,
  1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 545, 545, 983, 983, 983, 915, 1773, 1196, 1106,
  1045, 1244, 963, 906, 1258, 1245, 527, 654, 1079, 835, 1725, 1300, 1335, 1051, 1354, 1111, 933,
  977, 1289, 1167, 1789, 1087, 1026, 944, 641, 848, 641, 983, 983, 593, 974, 1059, 826, 1059, 994,
  625, 936, 1059, 485, 504, 948, 485, 1606, 1059, 1061, 1059, 1059, 702, 788, 685, 1059, 934, 1471,
  907, 935, 785, 679, 938, 679, 983, 447, 643, 983, 1000, 983, 1000, 983, 983, 818, 1647, 821, 1063,
  983, 605, 1000, 770, 676, 983, 667, 663, 594, 1112, 1180, 528, 599, 499, 859, 1063, 1298, 1364,
  1385, 915, 1196, 1196, 1196, 1196, 1196, 1196, 1530, 1045, 963, 963, 963, 963, 527, 527, 527, 527,
  1262, 1300, 1335, 1335, 1335, 1335, 1335, 983, 1343, 1289, 1289, 1289, 1289, 1026, 1051, 1095,
  974, 974, 974, 974, 974, 974, 1529, 826, 994, 994, 994, 994, 485, 485, 485, 485, 1059, 1059, 1061,
  1061, 1061, 1061, 1061, 983, 1074, 1059, 1059, 1059, 1059, 935, 1059, 935,
];

/** Other characters of Windows-1252 (typographic quotes, dashes, €, œ…), regular. */
const REGULAR_OTHERS = new Map<number, number>([
  [0x152, 1711],
  [0x153, 1677],
  [0x160, 907],
  [0x161, 772],
  [0x178, 962],
  [0x192, 983],
  [0x2007, 1064],
  [0x2009, 395],
  [0x2013, 983],
  [0x2014, 1787],
  [0x2018, 493],
  [0x2019, 493],
  [0x2020, 983],
  [0x2021, 983],
  [0x2022, 983],
  [0x2026, 1363],
  [0x2030, 2049],
  [0x2039, 669],
  [0x2122, 1392],
  [0x17d, 924],
  [0x17e, 780],
  [0x2c6, 780],
  [0x2dc, 889],
  [0x201a, 493],
  [0x201c, 826],
  [0x201d, 826],
  [0x201e, 826],
  [0x203a, 669],
  [0x20ac, 1000],
  [0x202f, 447],
]);

/** The same for bold. */
const BOLD_OTHERS = new Map<number, number>([
  [0x152, 1725],
  [0x153, 1663],
  [0x160, 933],
  [0x161, 788],
  [0x178, 1026],
  [0x192, 983],
  [0x2007, 1000],
  [0x2009, 395],
  [0x2013, 983],
  [0x2014, 1787],
  [0x2018, 509],
  [0x2019, 509],
  [0x2020, 983],
  [0x2021, 983],
  [0x2022, 983],
  [0x2026, 1404],
  [0x2030, 2095],
  [0x2039, 680],
  [0x2122, 1422],
  [0x17d, 944],
  [0x17e, 785],
  [0x2c6, 792],
  [0x2dc, 877],
  [0x201a, 509],
  [0x201c, 859],
  [0x201d, 859],
  [0x201e, 859],
  [0x203a, 680],
  [0x20ac, 1000],
  [0x202f, 447],
]);

/** Width of a character the tables do not hold (emoji, other scripts): two zeros, in thousandths. */
const UNKNOWN = 2_000;

const LATIN_GAP = 0xa0 - 0x7f;

function characterWidth(codePoint: number, bold: boolean): number {
  const latin = bold ? BOLD_LATIN : REGULAR_LATIN;
  if (codePoint >= 0x20 && codePoint <= 0x7e) return latin[codePoint - 0x20] ?? UNKNOWN;
  if (codePoint >= 0xa0 && codePoint <= 0xff) return latin[codePoint - 0x20 - LATIN_GAP] ?? UNKNOWN;
  const other = (bold ? BOLD_OTHERS : REGULAR_OTHERS).get(codePoint);
  if (other !== undefined) return other;
  // A letter with an accent the tables lack (ā, ł…) is about as wide as its letter.
  const base = String.fromCodePoint(codePoint).normalize("NFD").codePointAt(0) ?? codePoint;
  return base !== codePoint && base < 0x7f ? characterWidth(base, bold) : UNKNOWN;
}

/**
 * Width of a text in Calibri 11, in widths of "0" (the unit of column widths).
 *
 * @param text - the text, on one line
 * @param bold - whether it is printed in bold
 * @returns its width, in zeros
 * @example
 * cellTextWidth("0000"); // 4
 * cellTextWidth("Nombre d'appels") > 12; // true: wider than a column 12 wide
 */
export function cellTextWidth(text: string, bold = false): number {
  let thousandths = 0;
  for (const character of text) thousandths += characterWidth(character.codePointAt(0) ?? 0, bold);
  return thousandths / 1_000;
}
