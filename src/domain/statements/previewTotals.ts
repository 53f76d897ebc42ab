import { assertCents } from "../money/cents";
import type { PreviewTotals, StatementDraft } from "./types";

/**
 * Sums the drafts of an exercise: count, grand total, and the part below 15 € that is not put
 * into recovery (CGCT D1611-1). Exact integer cents.
 *
 * @param drafts - the drafts
 * @returns the totals
 * @throws DomainError when a sum leaves the safe integer range
 * @example
 * previewTotals([]).totalCents; // 0
 */
export function previewTotals(drafts: readonly StatementDraft[]): PreviewTotals {
  let totalCents = 0;
  let belowThresholdCents = 0;
  let belowThresholdCount = 0;
  for (const draft of drafts) {
    totalCents += draft.contribution.totalCents;
    if (draft.belowThreshold) {
      belowThresholdCents += draft.contribution.totalCents;
      belowThresholdCount += 1;
    }
  }
  return {
    count: drafts.length,
    totalCents: assertCents(totalCents, "le total des appels"),
    belowThresholdCount,
    belowThresholdCents,
    recoverableCents: totalCents - belowThresholdCents,
  };
}
