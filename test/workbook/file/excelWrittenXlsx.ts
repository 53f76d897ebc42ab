import { storedZip } from "./zipFiles";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Attributes Excel puts on a table part. */
const TABLE_NS =
  `xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" ` +
  'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
  'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"';

/** Shared strings, in the order of their indexes. */
const STRINGS = [
  "Nom", // 0
  "Élèves", // 1
  "Date d'effet", // 2
  "Actif", // 3
  "Note", // 4
  "Ville de Hem", // 5
  "0059", // 6
  '=HYPERLINK("x")', // 7
  "Numéro", // 8
  "Montant", // 9
  "2025-0001", // 10
  "2025-0002", // 11
  "Total", // 12
  "Paramètre", // 13
  "Valeur", // 14
  "Émetteur", // 15
  "Syndicat", // 16
  "Note fusionnée", // 17
  "Fin de liste", // 18
];
const RICH_TEXT_INDEX = STRINGS.length; // 19: "Très important", in two runs

const sharedStrings =
  HEAD +
  `<sst xmlns="${MAIN}" count="${STRINGS.length + 1}" uniqueCount="${STRINGS.length + 1}">` +
  STRINGS.map(
    (text) => `<si><t>${text.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}</t></si>`
  ).join("") +
  '<si><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve">Très </t></r>' +
  '<r><rPr><sz val="11"/><rFont val="Calibri"/></rPr><t>important</t></r></si>' +
  "</sst>";

const s = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
const n = (ref: string, value: number, style = 0) =>
  `<c r="${ref}"${style ? ` s="${style}"` : ""}><v>${value}</v></c>`;
const row = (index: number, cells: string) => `<row r="${index}">${cells}</row>`;

/**
 * Sheet Membres: table tblMembres over A1:E4 as Excel writes it (no headerRowCount, which is 1 by
 * default; an autoFilter with no filterColumn; totalsRowShown="0"). Row 2 holds a date shown with
 * Excel's built-in date format 14, a boolean and rich text; row 3 a text that looks like a number,
 * a formula with its cached value, FALSE and an error; row 4 a text formula and a text "=…".
 * A6, below the table after an empty row, holds a note.
 */
const membersSheet =
  HEAD +
  `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:E6"/><sheetData>` +
  row(1, s("A1", 0) + s("B1", 1) + s("C1", 2) + s("D1", 3) + s("E1", 4)) +
  row(
    2,
    s("A2", 5) +
      n("B2", 1209) +
      n("C2", 45292, 1) +
      '<c r="D2" t="b"><v>1</v></c>' +
      s("E2", RICH_TEXT_INDEX)
  ) +
  row(
    3,
    s("A3", 6) +
      '<c r="B3"><f>SUM(100,77)</f><v>177</v></c>' +
      '<c r="D3" t="b"><v>0</v></c>' +
      '<c r="E3" t="e"><v>#N/A</v></c>'
  ) +
  row(4, '<c r="A4" t="str"><f>"Ro"&amp;"ubaix"</f><v>Roubaix</v></c>' + s("E4", 7)) +
  row(6, s("A6", 18)) +
  "</sheetData>" +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';

const membersTable =
  HEAD +
  `<table ${TABLE_NS} id="1" xr:uid="{6A1C2F0E-0000-4000-8000-000000000001}" name="tblMembres" displayName="tblMembres" ref="A1:E4" totalsRowShown="0">` +
  '<autoFilter ref="A1:E4" xr:uid="{6A1C2F0E-0000-4000-8000-000000000002}"/>' +
  '<tableColumns count="5">' +
  ["Nom", "Élèves", "Date d'effet", "Actif", "Note"]
    .map(
      (name, index) =>
        `<tableColumn id="${index + 1}" xr3:uid="{6A1C2F0E-0000-4000-8000-00000000001${index}}" name="${name.replace(/'/g, "&apos;")}"/>`
    )
    .join("") +
  "</tableColumns>" +
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
  "</table>";

/** Sheet Journal: table Journal over A1:B4 with a totals row (row 4) under two data rows. */
const journalSheet =
  HEAD +
  `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:B4"/><sheetData>` +
  row(1, s("A1", 8) + s("B1", 9)) +
  row(2, s("A2", 10) + n("B2", 10, 2)) +
  row(3, s("A3", 11) + n("B3", 20, 2)) +
  row(4, s("A4", 12) + '<c r="B4" s="2"><f>SUBTOTAL(109,Journal[Montant])</f><v>30</v></c>') +
  "</sheetData>" +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';

const journalTable =
  HEAD +
  `<table ${TABLE_NS} id="2" xr:uid="{6A1C2F0E-0000-4000-8000-000000000003}" name="Journal" displayName="Journal" ref="A1:B4" totalsRowCount="1">` +
  '<autoFilter ref="A1:B3" xr:uid="{6A1C2F0E-0000-4000-8000-000000000004}"/>' +
  '<tableColumns count="2">' +
  '<tableColumn id="1" xr3:uid="{6A1C2F0E-0000-4000-8000-000000000020}" name="Numéro" totalsRowLabel="Total"/>' +
  '<tableColumn id="2" xr3:uid="{6A1C2F0E-0000-4000-8000-000000000021}" name="Montant" totalsRowFunction="sum"/>' +
  "</tableColumns>" +
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
  "</table>";

/** Sheet Paramètres: no table; a header row, one row, then a merged block A3:B3. */
const settingsSheet =
  HEAD +
  `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:B3"/><sheetData>` +
  row(1, s("A1", 13) + s("B1", 14)) +
  row(2, s("A2", 15) + s("B2", 16)) +
  row(3, s("A3", 17) + '<c r="B3"/>') +
  '</sheetData><mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

const styles =
  HEAD +
  `<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;€&quot;"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const sheetRels = (target: string) =>
  HEAD +
  `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/table" Target="${target}"/></Relationships>`;

/**
 * A small workbook written the way Excel writes one (not through ExcelJS): sheets Membres (table
 * tblMembres), Journal (table Journal with a totals row) and Paramètres (no table, a merged block).
 *
 * @returns the .xlsx bytes
 */
export function excelWrittenXlsx(): Uint8Array {
  return storedZip({
    "[Content_Types].xml":
      HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      [1, 2, 3]
        .map(
          (i) =>
            `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${CT}.worksheet+xml"/>`
        )
        .join("") +
      [1, 2]
        .map((i) => `<Override PartName="/xl/tables/table${i}.xml" ContentType="${CT}.table+xml"/>`)
        .join("") +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
      "</Types>",
    "_rels/.rels":
      HEAD +
      `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      HEAD +
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="166925"/>` +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>' +
      '<sheet name="Membres" sheetId="1" r:id="rId1"/><sheet name="Journal" sheetId="2" r:id="rId2"/>' +
      '<sheet name="Paramètres" sheetId="3" r:id="rId3"/></sheets><calcPr calcId="191029"/></workbook>',
    "xl/_rels/workbook.xml.rels":
      HEAD +
      `<Relationships xmlns="${PACKAGE_REL}">` +
      [1, 2, 3]
        .map(
          (i) =>
            `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`
        )
        .join("") +
      `<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      "</Relationships>",
    "xl/worksheets/sheet1.xml": membersSheet,
    "xl/worksheets/sheet2.xml": journalSheet,
    "xl/worksheets/sheet3.xml": settingsSheet,
    "xl/worksheets/_rels/sheet1.xml.rels": sheetRels("../tables/table1.xml"),
    "xl/worksheets/_rels/sheet2.xml.rels": sheetRels("../tables/table2.xml"),
    "xl/tables/table1.xml": membersTable,
    "xl/tables/table2.xml": journalTable,
    "xl/styles.xml": styles,
    "xl/sharedStrings.xml": sharedStrings,
  });
}
