/**
 * @jest-environment jsdom
 */
import { act, configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { stringsFor } from "../../src/taskpane/strings";
import { PreviewTable } from "../../src/taskpane/views/PreviewTable";
import { statementsStringsFor } from "../../src/taskpane/views/statementsStrings";
import { StatementsView } from "../../src/taskpane/views/StatementsView";
import { prepareStatements } from "../../src/app/statementsWorkflow";
import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import { installMatchMediaDouble } from "../doubles/matchMediaDouble";
import { createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

// Issue 15: below 600 px the problems and the preview are lists, the messages wrapped to the
// pane's width (the browser tests measure them at 350 px); the lists are drawn again only when
// what they show changes.

const TODAY = "2025-09-15";
configure({ asyncUtilTimeout: 5000 });

let media: ReturnType<typeof installMatchMediaDouble>;
beforeEach(() => {
  localStorage.clear();
  media = installMatchMediaDouble(true);
});
afterEach(() => media.restore());

async function sampleChecked(language: string, change?: (values: unknown[][]) => void) {
  const double = createMemoryWorkbookDouble([], ["Feuil1"]);
  render(
    <StatementsView workbook={double.workbook} strings={stringsFor(language)} today={TODAY} />
  );
  const english = language.startsWith("en");
  await userEvent.click(
    screen.getByRole("button", {
      name: english ? "Create a sample register" : "Créer un registre d'exemple",
    })
  );
  await screen.findByText(english ? /Sample register created/ : /Registre d'exemple créé/);
  const members = double.state.tables.find((table) => table.name === "Membres");
  change?.(members?.values as unknown[][]);
  await userEvent.click(
    screen.getByRole("button", {
      name: english ? "Check the register and preview" : "Vérifier le registre et prévisualiser",
    })
  );
  return double;
}

describe("the statements view in a narrow pane", () => {
  test("lists each problem with its severity, place, value, message and button", async () => {
    const { state } = await sampleChecked("fr-FR", (values) => {
      (values[3] as unknown[])[7] = "douze"; // Élèves of Exemple-sur-Lys, row 4
    });
    const list = await screen.findByRole("list", { name: "Contrôle du registre" });
    expect(screen.queryByRole("table", { name: "Contrôle du registre" })).toBeNull();
    const item = within(list)
      .getAllByRole("listitem")
      .find((entry) => entry.textContent?.includes("douze"));
    if (!item) throw new Error("no item for the pupils typed douze");
    expect(within(item).getByText("erreur")).toBeTruthy();
    expect(within(item).getByText("Membres, ligne 4, colonne « Élèves »")).toBeTruthy();
    expect(within(item).getByText("Valeur : « douze »")).toBeTruthy();
    expect(within(item).getByText(/^nombre entier d'élèves attendu/)).toBeTruthy();
    await userEvent.click(
      within(item).getByRole("button", { name: "Aller à la cellule : Membres, ligne 4, Élèves" })
    );
    expect(state.selected).toEqual({ table: "Membres", row: 4, column: 7 });
  });

  test("shows the preview as a list, number, member and total first, and a table once widened", async () => {
    await sampleChecked("fr-FR");
    const list = await screen.findByRole("list", { name: "Aperçu des appels" });
    const entries = within(list).getAllByRole("listitem");
    expect(entries).toHaveLength(4);
    expect(entries[0]?.textContent?.replace(/\s+/g, " ")).toBe(
      "2025-0001 Ville de Hem 880,10 € 677 élèves · nouveau"
    );
    act(() => media.setMatches(false));
    expect(await screen.findByRole("table", { name: "Aperçu des appels" })).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Aperçu des appels" })).toBeNull();
  });

  test("in English: the spin buttons, the severity, the place and the register's messages", async () => {
    await sampleChecked("en-US", (values) => {
      (values[3] as unknown[])[7] = "douze";
    });
    expect(screen.getByRole("button", { name: "Next financial year" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Previous financial year" })).toBeTruthy();
    const list = await screen.findByRole("list", { name: "Register check" });
    const item = within(list)
      .getAllByRole("listitem")
      .find((entry) => entry.textContent?.includes("douze"));
    if (!item) throw new Error("no item for the pupils typed douze");
    expect(within(item).getByText("error")).toBeTruthy();
    expect(within(item).getByText('Membres, row 4, column "Élèves"')).toBeTruthy();
    expect(within(item).getByText('Value: "douze"')).toBeTruthy();
    expect(
      within(item).getByText(
        "a whole number of pupils is expected, zero or more (for example 1209)."
      )
    ).toBeTruthy();
    expect(
      within(item).getByRole("button", { name: "Go to the cell: Membres, row 4, Élèves" })
    ).toBeTruthy();
  });

  test("in French, the spin buttons of the exercise have French names", () => {
    render(<StatementsView workbook={null} strings={stringsFor("fr-FR")} today={TODAY} />);
    expect(screen.getByRole("button", { name: "Exercice suivant" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Exercice précédent" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Increment|Decrement/ })).toBeNull();
  });
});

describe("the preview is drawn again only when its statements change", () => {
  test("a parent's update with the same statements (a progress update) does not draw the entries", async () => {
    const double = createMemoryWorkbookDouble([], []);
    await double.workbook.writeSheets(sampleRegisterSheets(2025));
    const run = await prepareStatements(double.workbook, 2025, TODAY);
    const statements = run.numbering?.statements ?? [];
    expect(statements).toHaveLength(4);
    const french = statementsStringsFor("fr-FR");
    // Each entry writes its pupils once per drawing: count them.
    let entriesDrawn = 0;
    const texts = {
      ...french,
      pupilsCount: (pupils: number) => {
        entriesDrawn += 1;
        return french.pupilsCount(pupils);
      },
    };
    const view = (progress: number, shown = statements) => (
      <>
        <p>{progress}</p>
        <PreviewTable statements={shown} texts={texts} />
      </>
    );
    const { rerender } = render(view(0));
    expect(entriesDrawn).toBe(4);
    for (let progress = 1; progress <= 20; progress++) rerender(view(progress));
    expect(entriesDrawn).toBe(4);
    rerender(view(21, statements.slice(1)));
    expect(entriesDrawn).toBe(7);
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
  });
});
