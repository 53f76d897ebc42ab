import { allocateLargestRemainder } from "../money/allocateLargestRemainder";
import type { Cents } from "../money/cents";

/** One founder's share of an amount under the key of art. 13.1. */
export interface FounderShare {
  readonly member: string;
  /** The founder's percentage of the key. */
  readonly percent: number;
  readonly cents: Cents;
}

/**
 * The founders' key (statutes art. 13.1, seed 001): "50% pour la Région Hauts-de-France, 25% pour
 * le Département du Nord et 25% pour le Département du Pas-de-Calais", in this order, which is
 * also the order ties are broken in.
 *
 * @example
 * FOUNDERS_KEY.map((founder) => founder.percent); // [50, 25, 25]
 */
export const FOUNDERS_KEY: readonly { readonly member: string; readonly percent: number }[] = [
  { member: "Région Hauts-de-France", percent: 50 },
  { member: "Département du Nord", percent: 25 },
  { member: "Département du Pas-de-Calais", percent: 25 },
];

/**
 * Splits an amount between the founders by the 50 / 25 / 25 key, in whole cents summing exactly
 * to the amount: largest remainders, ties to the earlier row (RULES.md §3). Each share is within
 * one cent of its exact part; when a single cent is left between the two Départements, it goes to
 * the Nord, listed first (2 cents: 1 / 1 / 0).
 *
 * @param amount - the amount, in cents
 * @returns the three shares, Région first
 * @example
 * splitFoundersKey(100001).map((share) => share.cents); // [50001, 25000, 25000]
 */
export function splitFoundersKey(amount: Cents): FounderShare[] {
  const shares = allocateLargestRemainder(
    amount,
    FOUNDERS_KEY.map((founder) => BigInt(founder.percent))
  );
  return FOUNDERS_KEY.map((founder, index) => ({ ...founder, cents: shares[index] ?? 0 }));
}
