/**
 * @jest-environment jsdom
 */
import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { stringsFor } from "../../src/taskpane/strings";
import { StatementsView } from "../../src/taskpane/views/StatementsView";
import { createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

const FRENCH = stringsFor("fr-FR");
/** Date of issue: not before any sample member's transfer (the Val d'Exemple joined on 01/09/2025). */
const TODAY = "2025-09-15";

// Generating writes a few sheets through the doubles: give slow shared machines some room.
configure({ asyncUtilTimeout: 5000 });

function renderView() {
  const double = createMemoryWorkbookDouble([], ["Feuil1"]);
  render(<StatementsView workbook={double.workbook} strings={FRENCH} today={TODAY} />);
  return double;
}

describe("the statements view", () => {
  // Each test starts from a browser that kept no journal (the keeper uses localStorage).
  beforeEach(() => localStorage.clear());

  test("creates the sample register, and asks before writing it over itself", async () => {
    const { state } = renderView();
    await userEvent.click(screen.getByRole("button", { name: "Créer un registre d'exemple" }));
    expect(await screen.findByText(/Registre d'exemple créé/)).toBeTruthy();
    const sampleSheets = ["Écoles", "Paramètres", "Options par exercice", "Membres"];
    expect(state.written.map((sheet) => sheet.name)).toEqual(sampleSheets);

    await userEvent.click(screen.getByRole("button", { name: "Créer un registre d'exemple" }));
    expect(await screen.findByText("Remplacer des feuilles existantes ?")).toBeTruthy();
    // The dialog lives in a portal that jsdom reports as hidden from the accessibility tree.
    expect(
      screen.getAllByRole("listitem", { hidden: true }).map((item) => item.textContent)
    ).toEqual(sampleSheets);
    await userEvent.click(screen.getByRole("button", { name: "Ne rien écrire", hidden: true }));
    expect(state.written).toHaveLength(4);
  });

  test("previews, then generates the statements and offers the accounting CSV", async () => {
    const { state } = renderView();
    await userEvent.click(screen.getByRole("button", { name: "Créer un registre d'exemple" }));
    await screen.findByText(/Registre d'exemple créé/);
    const written = state.written.length;

    await userEvent.click(
      screen.getByRole("button", { name: "Vérifier le registre et prévisualiser" })
    );
    const preview = await screen.findByRole("table", { name: "Aperçu des appels" });
    expect(within(preview).getByRole("row", { name: /2025-0001 Ville de Hem 677/ })).toBeTruthy();
    // 677 pupils × 1,30 € = 880,10 € for Hem's six schools equipped in 2025
    // (the no-break space before € reads as a space once normalized by Testing Library)
    expect(within(preview).getByText("880,10 €")).toBeTruthy();
    expect(screen.getByText(/4 appel\(s\), total/)).toBeTruthy();
    expect(state.written.length).toBe(written); // nothing written by the preview

    await userEvent.click(screen.getByRole("button", { name: "Générer les appels" }));
    expect(
      await screen.findByText(/feuille\(s\) écrite\(s\) ; 4 appel\(s\) inscrit\(s\) au journal/)
    ).toBeTruthy();
    expect(state.written.map((sheet) => sheet.name)).toContain("Journal des appels");
    expect(
      screen.getByRole("button", { name: "Télécharger le CSV pour la comptabilité" })
    ).toBeTruthy();
  });

  test("lists a register error with its place and selects its cell on request", async () => {
    const { state } = renderView();
    await userEvent.click(screen.getByRole("button", { name: "Créer un registre d'exemple" }));
    await screen.findByText(/Registre d'exemple créé/);
    const members = state.tables.find((table) => table.name === "Membres");
    (members?.values[3] as unknown[])[7] = "douze"; // Élèves of Exemple-sur-Lys, row 4

    await userEvent.click(
      screen.getByRole("button", { name: "Vérifier le registre et prévisualiser" })
    );
    const problems = await screen.findByRole("table", { name: "Contrôle du registre" });
    const row = within(problems).getByRole("row", { name: /erreur Membres 4 Élèves douze/ });
    expect(screen.getByRole("button", { name: "Générer les appels" })).toHaveProperty(
      "disabled",
      true
    );
    await userEvent.click(within(row).getByRole("button", { name: /Aller à la cellule/ }));
    expect(state.selected).toEqual({ table: "Membres", row: 4, column: 7 });
  });
});
