import { readDate, readOptionalDate } from "../tables/readDate";
import type { TableRead } from "../tables/readTable";
import { readRequiredText, readText } from "../tables/readText";
import { readWord } from "../tables/readWord";
import { readYesNo } from "../tables/readYesNo";
import { REGISTER_DATES } from "./dateCells";
import { readCompanyNumber } from "./readCompanyNumber";
import { readOptionalPupils } from "./pupilBounds";
import { memberColumns, type MemberField } from "./memberColumns";
import { MESSAGES } from "./registerMessages";
import { REGISTER_TABLES, type RegisterProblem } from "./RegisterProblem";
import { readRegisterTable } from "./readRegisterTable";
import { EPCI_PREFIX, MEMBER_TYPE_WORDS } from "./registerWords";
import type { Member, MemberType } from "./types";

const readMemberType = readWord<MemberType>(MEMBER_TYPE_WORDS, MESSAGES.memberType, {
  [EPCI_PREFIX]: "epci",
});

/**
 * Reads the Membres table: one member per non-blank row. Cells that cannot be read are reported
 * (table, row, column, value) and replaced by a neutral value, so the member stays known to the
 * Écoles table and to validation; the problems block generation anyway.
 *
 * @param rows - the table's values, header row first
 * @param schoolsGiven - whether the workbook has an Écoles table (else "Élèves" is required)
 * @returns the members, the headers as typed and the problems
 * @example
 * readMembers([["Nom", "Type", "SIRET", "Date d'effet", "Élèves"], ["Hem", "commune", "21590299000013", "01/01/2024", 1209]], false).items[0]?.pupils; // 1209
 */
export function readMembers(
  rows: readonly (readonly unknown[])[],
  schoolsGiven: boolean
): TableRead<MemberField, Member, RegisterProblem> {
  return readRegisterTable(REGISTER_TABLES.members, rows, memberColumns(schoolsGiven), (r) => ({
    row: r.row,
    name: r.read("name", readRequiredText, ""),
    type: r.read("type", readMemberType, "other"),
    siret: r.read("siret", readCompanyNumber, ""),
    address: r.read("address", readText, ""),
    departement: r.read("departement", readText, ""),
    transferDate: r.read("transferDate", (cell) => readDate(cell, REGISTER_DATES), ""),
    withdrawalDate: r.read(
      "withdrawalDate",
      (cell) => readOptionalDate(cell, REGISTER_DATES),
      null
    ),
    pupils: r.read("pupils", readOptionalPupils, null),
    options: r.read("options", readText, ""),
    serviceCode: r.read("serviceCode", readText, ""),
    serviceCodeRequired: r.read("serviceCodeRequired", readYesNo, false),
    engagementNumber: r.read("engagementNumber", readText, ""),
    engagementRequired: r.read("engagementRequired", readYesNo, false),
  }));
}
