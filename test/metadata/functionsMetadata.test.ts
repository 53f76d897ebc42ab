import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";
import * as functions from "../../src/functions/functions";
import english from "../../src/functions/metadata/en-US.json";

// Builds functions.json exactly as the webpack plugin does, from the JSDoc of functions.ts, then
// derives the en-US file with the same code the build uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build helper shared with webpack.config.js
const { localizeMetadata } = require("../../scripts/metadata/localizeMetadata.cjs") as {
  localizeMetadata: (french: Metadata, texts: unknown) => Metadata;
};

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { type?: string; dimensionality?: string };
}
interface Metadata {
  functions: FunctionMetadata[];
}

/** What Excel must see: parameter names in order, and which are optional or ranges. */
const EXPECTED: Record<
  string,
  { params: string[]; optional: string[]; matrix: string[]; english: string[] }
> = {
  CONTRIB: {
    params: ["eleves", "annee", "options", "bareme"],
    optional: ["options", "bareme"],
    matrix: ["options", "bareme"],
    english: ["pupils", "year", "options", "schedule"],
  },
  DETAIL: {
    params: ["eleves", "annee", "options", "bareme"],
    optional: ["options", "bareme"],
    matrix: ["options", "bareme"],
    english: ["pupils", "year", "options", "schedule"],
  },
  TARIF: {
    params: ["annee", "composante", "bareme"],
    optional: ["bareme"],
    matrix: ["bareme"],
    english: ["year", "component", "schedule"],
  },
  BAREME: {
    params: ["annee", "bareme"],
    optional: ["bareme"],
    matrix: ["bareme"],
    english: ["year", "schedule"],
  },
  PHASAGE: {
    params: ["ecoles", "premiere_annee", "annee"],
    optional: [],
    matrix: [],
    english: ["schools", "first_year", "year"],
  },
  REPARTITION: {
    params: ["montant", "effectifs"],
    optional: [],
    matrix: ["effectifs"],
    english: ["amount", "weights"],
  },
  QUOTEPART: {
    params: ["charges", "feder", "eleves_membre", "eleves_total"],
    optional: [],
    matrix: ["charges"],
    english: ["charges", "feder", "member_pupils", "total_pupils"],
  },
  CONTROLE: { params: ["code", "type"], optional: ["type"], matrix: [], english: ["code", "type"] },
  QUORUM: {
    params: ["en_exercice", "presents", "representes", "date", "regle"],
    optional: ["representes", "date", "regle"],
    matrix: [],
    english: ["in_office", "present", "represented", "date", "rule"],
  },
  "QUORUM.DETAIL": {
    params: ["en_exercice", "presents", "representes", "date", "regle"],
    optional: ["representes", "date", "regle"],
    matrix: [],
    english: ["in_office", "present", "represented", "date", "rule"],
  },
  MAJORITE: {
    params: ["pour", "contre", "regle", "membres", "voix_president"],
    optional: ["regle", "membres", "voix_president"],
    matrix: [],
    english: ["votes_for", "votes_against", "rule", "members", "president_vote"],
  },
  SIEGES: {
    params: ["adherents_nord", "adherents_pdc"],
    optional: [],
    matrix: [],
    english: ["members_nord", "members_pdc"],
  },
  CLE: { params: ["montant"], optional: [], matrix: [], english: ["amount"] },
};

/** A function's name after =ENT. in an example: QUORUM, or dotted like QUORUM.DETAIL. */
const EXAMPLE_NAME = String.raw`[A-Z]+(?:\.[A-Z]+)*`;

/**
 * The name a function is exported under from functions.ts: its id in camelCase, a dot starting a
 * new word (QUORUM.DETAIL → quorumDetail).
 */
function camelCaseOf(id: string): string {
  return id.toLowerCase().replace(/\.([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

let french: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../src/functions/functions.ts")
  );
  expect(result.errors).toEqual([]);
  french = JSON.parse(result.metadataJson) as Metadata;
});

describe("functions.json (French, the default locale)", () => {
  test("declares exactly the thirteen ENT functions, id and name alike", () => {
    expect(french.functions.map((fn) => fn.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const fn of french.functions) expect(fn.name).toBe(fn.id);
  });

  test.each(Object.entries(EXPECTED))(
    "gives %s its parameters, optional flags and ranges",
    (id, expected) => {
      const fn = french.functions.find((f) => f.id === id);
      expect(fn?.parameters.map((p) => p.name)).toEqual(expected.params);
      expect(fn?.parameters.filter((p) => p.optional === true).map((p) => p.name)).toEqual(
        expected.optional
      );
      expect(
        fn?.parameters.filter((p) => p.dimensionality === "matrix").map((p) => p.name)
      ).toEqual(expected.matrix);
    }
  );

  test("returns spilled tables from DETAIL, BAREME, REPARTITION, QUORUM.DETAIL, SIEGES and CLE, single values elsewhere", () => {
    const spilled = french.functions
      .filter((fn) => fn.result?.dimensionality === "matrix")
      .map((fn) => fn.id);
    expect(spilled.sort()).toEqual([
      "BAREME",
      "CLE",
      "DETAIL",
      "QUORUM.DETAIL",
      "REPARTITION",
      "SIEGES",
    ]);
  });

  test("describes every function in French with an example written with ';'", () => {
    for (const fn of french.functions) {
      expect(fn.description).toMatch(new RegExp(String.raw`Exemple : =ENT\.${EXAMPLE_NAME}\(`));
      const example =
        new RegExp(String.raw`=ENT\.${EXAMPLE_NAME}\(([^)]*)\)`).exec(fn.description ?? "")?.[1] ??
        "";
      const unquoted = example.replace(/"[^"]*"/g, '""');
      // French Excel separates arguments with ';': a ',' outside quotes would be a decimal or a mistake.
      expect(unquoted).not.toContain(",");
      if (unquoted.split(";").length < 2) expect(["BAREME", "CONTROLE", "CLE"]).toContain(fn.id);
      for (const parameter of fn.parameters)
        expect(parameter.description?.length ?? 0).toBeGreaterThan(10);
    }
  });

  test("exports each function from functions.ts under its camelCase name", () => {
    const exported = functions as unknown as Record<string, unknown>;
    for (const fn of french.functions) expect(typeof exported[camelCaseOf(fn.id)]).toBe("function");
    expect(camelCaseOf("QUORUM.DETAIL")).toBe("quorumDetail");
  });
});

describe("functions.en-US.json (English override)", () => {
  test("keeps ids, types and flags, and translates names and descriptions", () => {
    const localized = localizeMetadata(french, english);
    expect(localized.functions.map((fn) => fn.id)).toEqual(french.functions.map((fn) => fn.id));
    localized.functions.forEach((fn, index) => {
      const source = french.functions[index] as FunctionMetadata;
      expect(fn.description).not.toBe(source.description);
      expect(fn.description).toMatch(new RegExp(String.raw`Example: =ENT\.${EXAMPLE_NAME}\(`));
      expect(fn.parameters.map((p) => p.name)).toEqual(EXPECTED[fn.id]?.english);
      expect(fn.parameters.map((p) => [p.type, p.optional, p.dimensionality])).toEqual(
        source.parameters.map((p) => [p.type, p.optional, p.dimensionality])
      );
      fn.parameters.forEach((p, i) =>
        expect(p.description).not.toBe(source.parameters[i]?.description)
      );
    });
  });

  test("refuses English texts that miss a function or a parameter", () => {
    const { CONTROLE: _dropped, ...withoutControle } = english as Record<string, unknown>;
    expect(() => localizeMetadata(french, withoutControle)).toThrow(
      /no English texts for CONTROLE/
    );
    const contrib = (english as Record<string, { parameters: Record<string, unknown> }>).CONTRIB;
    const { bareme: _gone, ...params } = contrib?.parameters ?? {};
    expect(() =>
      localizeMetadata(french, { ...english, CONTRIB: { ...contrib, parameters: params } })
    ).toThrow(/no English text for CONTRIB\(bareme\)/);
  });

  test("refuses English texts for a function that does not exist", () => {
    expect(() =>
      localizeMetadata(french, { ...english, SOMME: { description: "", parameters: {} } })
    ).toThrow(/no function SOMME/);
  });
});
