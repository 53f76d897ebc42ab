import { parseFunctionCatalog } from "../../src/taskpane/functionCatalog";
import { waitForOffice } from "../../src/taskpane/officeReady";
import { metadataFileFor, stringsFor } from "../../src/taskpane/strings";

describe("parseFunctionCatalog", () => {
  test("reads names, descriptions and optional flags from functions.json", () => {
    const catalog = parseFunctionCatalog({
      functions: [
        {
          id: "TARIF",
          name: "TARIF",
          description: "Tarif.",
          parameters: [
            { name: "annee", description: "Exercice." },
            { name: "bareme", optional: true },
          ],
        },
      ],
    });
    expect(catalog).toEqual([
      {
        name: "TARIF",
        description: "Tarif.",
        parameters: [
          { name: "annee", description: "Exercice.", optional: false },
          { name: "bareme", description: "", optional: true },
        ],
      },
    ]);
  });

  test("refuses a file with no functions list", () => {
    expect(() => parseFunctionCatalog({ nothing: [] })).toThrow(/sans liste de fonctions/);
  });
});

describe("locale", () => {
  test("uses the English metadata and texts for en-US, French otherwise", () => {
    expect(metadataFileFor("en-US")).toBe("functions.en-US.json");
    expect(metadataFileFor("fr-FR")).toBe("functions.json");
    expect(metadataFileFor("de-DE")).toBe("functions.json");
    expect(stringsFor("EN-gb").title).toBe("ENT contributions");
    expect(stringsFor("fr-BE").title).toBe("Contributions ENT");
  });
});

describe("waitForOffice", () => {
  test("starts without Office when Office.js never loads, after the timeout", async () => {
    const started = Date.now();
    const info = await waitForOffice(200);
    expect(info.host).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  test("returns the host and language when Office.onReady answers", async () => {
    const officeDouble = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      context: { displayLanguage: "en-US" },
    };
    (globalThis as unknown as { Office?: unknown }).Office = officeDouble;
    try {
      await expect(waitForOffice(500)).resolves.toEqual({
        host: "Excel",
        language: "en-US",
        themeBackground: null,
        missingRequirements: [],
      });
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
    }
  });

  test("in Office, asks Office.context.requirements which sets the add-in uses are missing", async () => {
    const asked: string[] = [];
    (globalThis as unknown as { Office?: unknown }).Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: {
        displayLanguage: "fr-FR",
        officeTheme: { bodyBackgroundColor: "#262626" },
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push(`${name} ${version}`);
            return name !== "ExcelApi";
          },
        },
      },
    };
    try {
      await expect(waitForOffice(500)).resolves.toEqual({
        host: "Excel",
        language: "fr-FR",
        themeBackground: "#262626",
        missingRequirements: [{ name: "ExcelApi", version: "1.9" }],
      });
      expect(asked).toEqual(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.2", "ExcelApi 1.9"]);
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
    }
  });

  test("starts without Office when Office.onReady never answers", async () => {
    (globalThis as unknown as { Office?: unknown }).Office = {
      onReady: () => new Promise(() => undefined),
    };
    try {
      expect((await waitForOffice(200)).host).toBeNull();
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
    }
  });
});
