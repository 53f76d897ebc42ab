import type { QuorumPeriod, QuorumRule } from "./types";

/**
 * The statutes' quorum (seed 001, statutes art. 8.3): "Le quorum est fixé à la moitié des membres
 * en exercice présents. Un membre absent peut donner procuration à un autre membre. Aucun membre
 * ne peut recevoir plus d'une procuration."
 * "La moitié" is reached by half exactly (at least half, not "plus de la moitié"); only members
 * present count; one proxy per member.
 *
 * @example
 * STATUTES_QUORUM.maxProxiesPerHolder; // 1
 */
export const STATUTES_QUORUM: QuorumRule = {
  id: "statuts-2018",
  source: "Statuts du syndicat mixte (2018), art. 8.3",
  fraction: { numerator: 1, denominator: 2 },
  comparison: "at-least",
  basis: "present",
  maxProxiesPerHolder: 1,
};

/** What every temporary regime shares: "le tiers de leurs membres en exercice", two proxies each. */
const ONE_THIRD = {
  fraction: { numerator: 1, denominator: 3 },
  comparison: "at-least",
  maxProxiesPerHolder: 2,
} as const;

/**
 * The temporary legal regimes of the health emergency that replaced the quorum and proxy rules
 * of local bodies (RULES.md §7), in date order, bounds included. Outside them the statutes apply.
 * Only the ordonnance of April 2020 counted members represented as well as present.
 *
 * @example
 * QUORUM_PERIODS.at(-1)?.rule.id; // "loi-2021-1465" (11/11/2021 – 31/07/2022)
 */
export const QUORUM_PERIODS: readonly QuorumPeriod[] = [
  {
    from: "2020-03-24",
    to: "2020-04-02",
    rule: {
      ...ONE_THIRD,
      id: "loi-2020-290",
      source: "Loi n° 2020-290 du 23 mars 2020, art. 10",
      basis: "present",
    },
  },
  {
    from: "2020-04-03",
    to: "2020-07-10",
    rule: {
      ...ONE_THIRD,
      id: "ordonnance-2020-391",
      source: "Ordonnance n° 2020-391 du 1er avril 2020, art. 2",
      basis: "present-or-represented",
    },
  },
  {
    from: "2020-07-11",
    to: "2020-08-30",
    rule: {
      ...ONE_THIRD,
      id: "loi-2020-760",
      source: "Loi n° 2020-290, art. 10, rédaction de la loi n° 2020-760 du 22 juin 2020",
      basis: "present",
    },
  },
  {
    from: "2020-11-16",
    to: "2021-09-30",
    rule: {
      ...ONE_THIRD,
      id: "loi-2020-1379",
      source:
        "Loi n° 2020-1379 du 14 novembre 2020, art. 6, prorogé par les lois n° 2021-160 et n° 2021-689",
      basis: "present",
    },
  },
  {
    from: "2021-11-11",
    to: "2022-07-31",
    rule: {
      ...ONE_THIRD,
      id: "loi-2021-1465",
      source: "Loi n° 2021-1465 du 10 novembre 2021, art. 10",
      basis: "present",
    },
  },
];
