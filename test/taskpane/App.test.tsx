/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { CatalogFunction } from "../../src/taskpane/functionCatalog";

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

describe("the task pane", () => {
  test("lists the functions with their French syntax once the catalog is loaded", async () => {
    render(
      <App
        host={{ host: "Excel", language: "fr-FR" }}
        loadCatalog={() => Promise.resolve(CATALOG)}
      />
    );
    expect(screen.getByRole("heading", { level: 1, name: "Contributions ENT" })).toBeTruthy();
    expect(screen.getByText(/Connecté à Excel/)).toBeTruthy();
    const contrib = await screen.findByRole("button", { name: "ENT.CONTRIB" });
    await userEvent.click(contrib);
    expect(screen.getByText("=ENT.CONTRIB(eleves; annee; [options])")).toBeTruthy();
    expect(screen.getByRole("button", { name: "ENT.CONTROLE" })).toBeTruthy();
  });

  test("says it runs outside Excel and speaks English for en-US", async () => {
    render(
      <App host={{ host: null, language: "en-US" }} loadCatalog={() => Promise.resolve(CATALOG)} />
    );
    expect(screen.getByRole("heading", { level: 1, name: "ENT contributions" })).toBeTruthy();
    expect(screen.getByText(/Opened outside Excel/)).toBeTruthy();
    await screen.findByRole("button", { name: "ENT.CONTRIB" });
  });

  test("shows why the catalog could not be loaded", async () => {
    render(
      <App
        host={{ host: null, language: "fr-FR" }}
        loadCatalog={() => Promise.reject(new Error("HTTP 404"))}
      />
    );
    expect(
      await screen.findByText(/La liste des fonctions n'a pas pu être chargée : HTTP 404/)
    ).toBeTruthy();
  });
});
