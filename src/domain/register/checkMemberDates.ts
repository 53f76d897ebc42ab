import { memberColumn } from "./columnName";
import { frenchDate } from "../text/frenchText";
import { MESSAGES } from "./registerMessages";
import { REGISTER_TABLES, registerError, type RegisterProblem } from "./RegisterProblem";
import type { Register } from "./types";

/**
 * Checks that no member withdraws before its transfer took effect, whatever the exercise. A
 * withdrawal on the very day of the transfer is allowed (a membership of no day).
 *
 * @param register - the register read
 * @returns one error per member whose dates are out of order, on its "Date de retrait" cell
 * @example
 * checkMemberDates(register)[0]?.message; // "la date de retrait précède la date d'effet du transfert (01/01/2024)."
 */
export function checkMemberDates(register: Register): RegisterProblem[] {
  const column = memberColumn(register, "withdrawalDate");
  return register.members.flatMap((member) =>
    member.withdrawalDate !== null &&
    member.transferDate !== "" &&
    member.withdrawalDate < member.transferDate
      ? [
          registerError({
            table: REGISTER_TABLES.members,
            row: member.row,
            column,
            value: frenchDate(member.withdrawalDate),
            message: MESSAGES.withdrawalBeforeTransfer(member.transferDate),
          }),
        ]
      : []
  );
}
