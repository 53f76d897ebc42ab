/*
 * The attendance table of a sitting: one row per member of the comité in office, as in the
 * register's extract (seed 004): delegate, body represented, present / excused / absent, proxy
 * given to, vote.
 */

/** Whether a member attends: `excused` and `absent` both may give a proxy. */
export type AttendanceStatus = "present" | "excused" | "absent";

/** A vote: abstentions are not votes cast (suffrages exprimés). */
export type Vote = "for" | "against" | "abstention";

/** One member of the comité at a sitting. */
export interface AttendanceRow {
  /** The delegate's name, as in the register ("M. Grégory BARTHOLOMEUS"). */
  readonly delegate: string;
  /** The body the delegate represents ("Département du Nord", "Conseil régional des Hauts de France"). */
  readonly body: string;
  readonly status: AttendanceStatus;
  /** The present member given the proxy, named as in the register ("M. MONNET"); null when none. */
  readonly proxyTo: string | null;
  /**
   * The member's vote; for a member represented, the vote its proxy holder cast for it. Null when
   * the member did not take part in the vote.
   */
  readonly vote: Vote | null;
  /** The row's number in the table it was read from (1 is the header), for messages. */
  readonly row?: number;
}

/** A problem with a row of the attendance table, said in French. */
export interface AttendanceProblem {
  /** The row's number (AttendanceRow.row, or its position counted from 1). */
  readonly row: number;
  readonly delegate: string;
  /** One French sentence, starting with the row: "Ligne 5 : …". */
  readonly message: string;
}

/**
 * The number a row is shown with: the row it was read from, else its position counted from 1.
 *
 * @param rows - the table
 * @param index - the row's index in it
 * @returns the row number
 * @example
 * rowNumber([{ delegate: "A", body: "", status: "present", proxyTo: null, vote: null, row: 3 }], 0); // 3
 */
export function rowNumber(rows: readonly AttendanceRow[], index: number): number {
  return rows[index]?.row ?? index + 1;
}
