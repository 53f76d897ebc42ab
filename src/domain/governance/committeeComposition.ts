import { countOf } from "../text/frenchText";
import { assertCount } from "./assertCount";

/** Seats on the comité held by one body or college, and how they are designated. */
export interface SeatGroup {
  /** Who holds the seats, in French ("Région Hauts-de-France", "Collège des communes/EPCI du Nord"). */
  readonly body: string;
  readonly seats: number;
  /** How the delegates are designated, in French. */
  readonly designation: string;
}

/** How the communal bloc sits (art. 8.1). */
export type CommunalMode = "none" | "direct" | "single-college" | "two-colleges";

/** The comité's composition for given numbers of adherent communes/EPCI. */
export interface CommitteeComposition {
  readonly groups: readonly SeatGroup[];
  readonly communalMode: CommunalMode;
  /** Seats on the comité, all groups together. */
  readonly total: number;
}

const SOURCE = "statuts, art. 8.1";
/** Beyond this many adherent communes/EPCI, their delegates sit in a college. */
const DIRECT_SEATS_UP_TO = 4;

const FOUNDERS: readonly SeatGroup[] = [
  {
    body: "Région Hauts-de-France",
    seats: 10,
    designation: `délégués désignés par le conseil régional (${SOURCE})`,
  },
  {
    body: "Département du Nord",
    seats: 5,
    designation: `délégués désignés par le conseil départemental (${SOURCE})`,
  },
  {
    body: "Département du Pas-de-Calais",
    seats: 5,
    designation: `délégués désignés par le conseil départemental (${SOURCE})`,
  },
];

const adherents = (count: number): string => countOf(count, "adhérent");

function communalGroups(
  nord: number,
  pasDeCalais: number
): { mode: CommunalMode; groups: SeatGroup[] } {
  const total = nord + pasDeCalais;
  if (total === 0) return { mode: "none", groups: [] };
  if (total <= DIRECT_SEATS_UP_TO) {
    const direct = (departement: string, count: number): SeatGroup[] =>
      count === 0
        ? []
        : [
            {
              body: `Communes/EPCI du ${departement} (${adherents(count)})`,
              seats: count,
              designation: `1 délégué désigné par chaque adhérent, membre du comité (${SOURCE})`,
            },
          ];
    return {
      mode: "direct",
      groups: [...direct("Nord", nord), ...direct("Pas-de-Calais", pasDeCalais)],
    };
  }
  if (nord >= 2 && pasDeCalais >= 2) {
    const college = (departement: string, count: number): SeatGroup => ({
      body: `Collège des communes/EPCI du ${departement} (${adherents(count)})`,
      seats: 2,
      designation: `2 représentants élus par le collège parmi ses délégués (${SOURCE})`,
    });
    return {
      mode: "two-colleges",
      groups: [college("Nord", nord), college("Pas-de-Calais", pasDeCalais)],
    };
  }
  return {
    mode: "single-college",
    groups: [
      {
        body: `Collège des communes/EPCI (${adherents(total)})`,
        seats: 4,
        designation: `4 représentants désignés par le collège parmi les délégués du bloc communal (${SOURCE})`,
      },
    ],
  };
}

/**
 * The comité syndical's composition (statutes art. 8.1, seed 001): Région 10 delegates, Nord 5,
 * Pas-de-Calais 5; each adherent commune/EPCI names 1 delegate, who sits while there are at most
 * 4 adherents. Beyond 4, the delegates form a college that designates 4 representatives; when at
 * least 2 adherents are from the Nord and 2 from the Pas-de-Calais, there is one college per
 * département, each electing 2.
 * Decision: the per-département colleges refine the college "au-delà de 4" (the paragraph that
 * follows it), so 2 + 2 adherents still sit directly; both readings give the same 4 seats, 2 per
 * département. Seats are computed from the counts given: a college designated earlier in the
 * mandate is not re-designated when new members join (same article), which counts cannot show.
 *
 * @param nord - adherent communes/EPCI of the Nord
 * @param pasDeCalais - adherent communes/EPCI of the Pas-de-Calais
 * @returns the seat groups, founders first, and the total
 * @throws DomainError when a count is not a whole number ≥ 0
 * @example
 * committeeComposition(3, 0).total; // 23 (20 + 3 delegates sitting directly)
 * committeeComposition(5, 2).communalMode; // "two-colleges" (20 + 2 + 2 = 24 seats)
 */
export function committeeComposition(nord: number, pasDeCalais: number): CommitteeComposition {
  assertCount(nord, "communes/EPCI adhérents du Nord");
  assertCount(pasDeCalais, "communes/EPCI adhérents du Pas-de-Calais");
  const { mode, groups } = communalGroups(nord, pasDeCalais);
  const all = [...FOUNDERS, ...groups];
  return {
    groups: all,
    communalMode: mode,
    total: all.reduce((sum, group) => sum + group.seats, 0),
  };
}
