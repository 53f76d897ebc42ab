import type { Font } from "exceljs";

/** Style of the tables written to a file: Excel's default for a new table. */
export const TABLE_STYLE = {
  theme: "TableStyleMedium2",
  showFirstColumn: false,
  showLastColumn: false,
  showRowStripes: true,
  showColumnStripes: false,
} as const;

/** The font of a bold cell: Excel's default font (ExcelJS writes Calibri 11), in bold. */
export const BOLD_FONT: Partial<Font> = {
  name: "Calibri",
  family: 2,
  size: 11,
  scheme: "minor",
  bold: true,
};
