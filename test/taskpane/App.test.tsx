/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
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

const IN_EXCEL: HostInfo = { host: "Excel", language: "fr-FR", themeBackground: "#ffffff" };
const OUTSIDE: HostInfo = { host: null, language: "fr-FR", themeBackground: null };
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
});
