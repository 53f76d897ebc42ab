/**
 * @jest-environment jsdom
 */
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { CatalogFunction } from "../../src/taskpane/functionCatalog";
import type { HostInfo } from "../../src/taskpane/officeReady";
import { createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

const CATALOG: CatalogFunction[] = [
  {
    name: "CONTRIB",
    description: "Contribution due par un membre pour un exercice.",
    parameters: [
      { name: "eleves", description: "Nombre d'élèves.", optional: false },
      { name: "annee", description: "Exercice.", optional: false },
      { name: "options", description: "Options du barème.", optional: true },
    ],
  },
  {
    name: "CONTROLE",
    description: "Contrôle un identifiant.",
    parameters: [{ name: "code", description: "Identifiant.", optional: false }],
  },
];

const IN_EXCEL: HostInfo = {
  host: "Excel",
  language: "fr-FR",
  themeBackground: "#ffffff",
  missingRequirements: [],
};
const OUTSIDE: HostInfo = {
  host: null,
  language: "fr-FR",
  themeBackground: null,
  missingRequirements: [],
};
const load = () => Promise.resolve(CATALOG);

describe("the task pane", () => {
  test("opens on the functions outside Excel and lists them with their French syntax", async () => {
    render(<App host={OUTSIDE} loadCatalog={load} workbook={null} today="2025-03-01" />);
    expect(screen.getByRole("heading", { level: 1, name: "Contributions ENT" })).toBeTruthy();
    expect(screen.getByText(/Ouvert hors d'Excel/)).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Fonctions", selected: true })).toBeTruthy();
    await userEvent.click(await screen.findByRole("button", { name: "ENT.CONTRIB" }));
    expect(screen.getByText("=ENT.CONTRIB(eleves; annee; [options])")).toBeTruthy();
  });

  test("opens on the statements in Excel, and outside Excel offers a register file instead", async () => {
    const { workbook } = createMemoryWorkbookDouble([]);
    const { unmount } = render(
      <App host={IN_EXCEL} loadCatalog={load} workbook={workbook} today="2025-03-01" />
    );
    expect(screen.getByText(/Connecté à Excel/)).toBeTruthy();
    expect(
      screen.getByRole("tab", { name: "Appels de contribution", selected: true })
    ).toBeTruthy();
    // The view is downloaded when first shown.
    expect(await screen.findByRole("button", { name: "Créer un registre d'exemple" })).toBeTruthy();
    expect(screen.queryByLabelText("Ouvrir un registre (.xlsx)")).toBeNull();
    unmount();
    render(<App host={OUTSIDE} loadCatalog={load} workbook={null} today="2025-03-01" />);
    await userEvent.click(screen.getByRole("tab", { name: "Appels de contribution" }));
    expect(await screen.findByLabelText("Ouvrir un registre (.xlsx)")).toBeTruthy();
    await userEvent.click(screen.getByRole("tab", { name: "Séance du comité" }));
    expect(await screen.findByText(/Ouvrez ce volet dans Excel/)).toBeTruthy();
  });

  test("speaks English for en-US", async () => {
    render(
      <App
        host={{ ...OUTSIDE, language: "en-US" }}
        loadCatalog={load}
        workbook={null}
        today="2025-03-01"
      />
    );
    expect(screen.getByRole("heading", { level: 1, name: "ENT contributions" })).toBeTruthy();
    expect(screen.getByText(/Opened outside Excel/)).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Contribution statements" })).toBeTruthy();
    await screen.findByRole("button", { name: "ENT.CONTRIB" });
  });

  test("shows why the catalog could not be loaded", async () => {
    render(
      <App
        host={OUTSIDE}
        loadCatalog={() => Promise.reject(new Error("HTTP 404"))}
        workbook={null}
        today="2025-03-01"
      />
    );
    expect(
      await screen.findByText(/La liste des fonctions n'a pas pu être chargée : HTTP 404/)
    ).toBeTruthy();
  });

  test("says, in French, what an old Excel lacks and what will not work", () => {
    const { workbook } = createMemoryWorkbookDouble([]);
    const host: HostInfo = {
      ...IN_EXCEL,
      missingRequirements: [
        { name: "CustomFunctionsRuntime", version: "1.2" },
        { name: "ExcelApi", version: "1.9" },
      ],
    };
    render(<App host={host} loadCatalog={load} workbook={workbook} today="2025-03-01" />);
    const warning = screen.getByRole("group", {
      name: "Cette version d'Excel est trop ancienne pour une partie du complément",
    });
    expect(warning.textContent).toContain(
      "CustomFunctionsRuntime 1.2 : les fonctions ENT affichent #VALEUR! sans le message"
    );
    expect(warning.textContent).toContain(
      "ExcelApi 1.9 : le volet ne peut pas écrire les appels de contribution"
    );
    expect(warning.textContent).toContain("Mettez Excel à jour");
    expect(warning.textContent).not.toContain("SharedRuntime");
  });

  test("says it in English for en-US, and nothing when nothing is missing", async () => {
    const host: HostInfo = {
      ...IN_EXCEL,
      language: "en-US",
      missingRequirements: [{ name: "SharedRuntime", version: "1.1" }],
    };
    const { unmount } = render(
      <App host={host} loadCatalog={load} workbook={null} today="2025-03-01" />
    );
    const warning = screen.getByRole("group", {
      name: "This version of Excel is too old for part of the add-in",
    });
    expect(warning.textContent).toContain(
      "SharedRuntime 1.1: the pane and the ENT functions cannot share their runtime"
    );
    await screen.findByRole("button", { name: "ENT.CONTRIB" });
    unmount();
    render(<App host={IN_EXCEL} loadCatalog={load} workbook={null} today="2025-03-01" />);
    expect(screen.queryByText(/trop ancienne/)).toBeNull();
    await screen.findByRole("button", { name: "ENT.CONTRIB" });
  });

  test("follows the Office theme when it changes while the pane is open, and stops on unmount", async () => {
    let change: ((background: string) => void) | undefined;
    const stop = jest.fn();
    const followTheme = (onChange: (background: string) => void) => {
      change = onChange;
      return stop;
    };
    const { unmount } = render(
      <App
        host={IN_EXCEL}
        loadCatalog={load}
        workbook={null}
        today="2025-03-01"
        followTheme={followTheme}
      />
    );
    const main = screen.getByRole("main");
    expect(main.dataset.theme).toBe("light");
    act(() => change?.("#262626"));
    expect(main.dataset.theme).toBe("dark");
    act(() => change?.("#ffffff"));
    expect(main.dataset.theme).toBe("light");
    await screen.findByRole("button", { name: "ENT.CONTRIB" });
    unmount();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
