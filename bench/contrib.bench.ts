/*
 * `npm run bench`: times ENT.CONTRIB (the exported `contrib`, called exactly as Excel calls it)
 * over 100 000 varied calls, and a naive floating-point one-liner over the same inputs. Prints
 * calls per second for both and the ratio; the goal is at most 3× the naive time, while staying
 * exact. Figures are medians of several rounds, after a warm-up. The script is bundled with
 * esbuild first (npm run bench does it), as the add-in is bundled for Excel: timing TypeScript
 * through a loader would time the loader's module wrappers instead.
 */
import { contrib } from "../src/functions/functions";

const CALLS = 100_000;
const ROUNDS = 21;

/** Deterministic pseudo-random numbers (mulberry32), so every run times the same inputs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPTIONS_2019 = [
  "",
  "mobile",
  "accompagnement",
  "mobile; accompagnement",
  "audit=3",
  "formation=1200,50",
  "mois=7",
  "subvention=100; mobile",
  "feder=20 %",
  "Mobile, audit=2, connecteurs=350",
];
const OPTIONS_2024 = [
  "",
  "accompagnement",
  "demi-journees=2",
  "Accompagnement; Demi-journées=1",
  "devis=480",
  "marche=1250,40",
  "mois=5",
  "subvention=571,70; accompagnement",
  "feder=12,5 %",
  "optionnel, demi-journees=4, mois=9",
];

interface Call {
  readonly pupils: number;
  readonly year: number;
  readonly options: string;
}

function makeCalls(): Call[] {
  const next = random(20241);
  return Array.from({ length: CALLS }, () => {
    const year = 2019 + Math.floor(next() * 12);
    const pool = year < 2024 ? OPTIONS_2019 : OPTIONS_2024;
    return {
      pupils: 1_000 + Math.floor(next() * 40_000),
      year,
      options: pool[Math.floor(next() * pool.length)] ?? "",
    };
  });
}

/** The naive way: binary floats and a couple of substring tests. Fast, and wrong to the cent. */
const naive = (p: number, y: number, o: string): number =>
  p *
  (y < 2024
    ? 0.9 + (o.includes("mobile") ? 0.36 : 0)
    : 1.3 + (o.includes("accompagnement") ? 0.3 : 0));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Times both loops in alternation, round after round, so that a slower moment of the machine
 * (another process, a GC) weighs on both alike; returns the median of each.
 */
function timeBoth(first: () => number, second: () => number): [number, number] {
  const samples: [number[], number[]] = [[], []];
  for (let round = 0; round < ROUNDS; round += 1) {
    [first, second].forEach((run, which) => {
      const start = process.hrtime.bigint();
      run();
      samples[which]?.push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return [median(samples[0]), median(samples[1])];
}

function main(): void {
  const calls = makeCalls();
  // Excel passes a text given to a matrix parameter as a 1×1 matrix, an omitted one as null.
  const excelOptions = calls.map((call) => (call.options === "" ? null : [[call.options]]));
  const exact = () => {
    let sum = 0;
    for (let i = 0; i < CALLS; i += 1) {
      const call = calls[i] as Call;
      sum += contrib(call.pupils, call.year, excelOptions[i] as string[][], null as never);
    }
    return sum;
  };
  const float = () => {
    let sum = 0;
    for (const call of calls) sum += naive(call.pupils, call.year, call.options);
    return sum;
  };
  for (let i = 0; i < 3; i += 1) {
    exact(); // warm-up: JIT and the plan cache, as after a first recalculation in Excel
    float();
  }
  const [exactMs, floatMs] = timeBoth(exact, float);
  // Same inputs without options, where both compute the same thing: how often floats miss the cent.
  const offByFloat = calls.filter(
    (call) =>
      naive(call.pupils, call.year, "") !==
      contrib(call.pupils, call.year, null as never, null as never)
  ).length;
  const rate = (ms: number) => Math.round(CALLS / (ms / 1000)).toLocaleString("fr-FR");
  const ratio = exactMs / floatMs;
  console.log(
    `contrib (exact, ${CALLS} appels variés) : ${exactMs.toFixed(1)} ms, ${rate(exactMs)} appels/s`
  );
  console.log(
    `one-liner flottant naïf (mêmes entrées) : ${floatMs.toFixed(1)} ms, ${rate(floatMs)} appels/s`
  );
  console.log(
    `rapport exact / naïf : ${ratio.toFixed(2)}× (objectif : au plus 3×) ${ratio <= 3 ? "atteint" : "NON ATTEINT"}`
  );
  console.log(
    `sans option, résultats du one-liner différents du montant exact : ${offByFloat} sur ${CALLS}`
  );
}

main();
