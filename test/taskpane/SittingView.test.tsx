/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { stringsFor } from "../../src/taskpane/strings";
import { SittingView } from "../../src/taskpane/views/SittingView";
import type { WorkbookGateway } from "../../src/workbook/WorkbookGateway";
import { installLayoutDouble } from "../doubles/layoutDouble";
import { createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";
import { SITTING_2022_14_TABLE } from "../domain/governance/sittings";

/** The 2022-14 table with some cells changed: [row (1 = header), column, value]. */
function sittingWith(...changes: [number, number, unknown][]): unknown[][] {
  const table = SITTING_2022_14_TABLE.map((row) => [...row]);
  for (const [row, column, value] of changes) {
    const cells = table[row - 1];
    if (cells) cells[column] = value;
  }
  return table;
}

function renderView(workbook: WorkbookGateway | null, language = "fr-FR", today = "2023-12-07") {
  render(
    <FluentProvider theme={webLightTheme}>
      <SittingView workbook={workbook} strings={stringsFor(language)} today={today} />
    </FluentProvider>
  );
}

async function readTable(values: unknown[][] = SITTING_2022_14_TABLE, sheets: string[] = []) {
  const double = createMemoryWorkbookDouble([{ name: "tblPresences", values }], sheets);
  renderView(double.workbook);
  await userEvent.click(screen.getByRole("button", { name: "Lire la feuille de présence" }));
  await screen.findByRole("region", { name: "Quorum" });
  return double;
}

let restoreLayout: () => void;
beforeAll(() => (restoreLayout = installLayoutDouble()));
afterAll(() => restoreLayout());

describe("the sitting view", () => {
  test("says it needs Excel outside Excel", () => {
    renderView(null);
    expect(
      screen.getByText("Ouvrez ce volet dans Excel pour lire le registre du classeur.")
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Lire la feuille de présence" })).toBeNull();
  });

  test("shows deliberation 2022-14 short of the statutes' quorum, with its rule and source", async () => {
    await readTable();
    await userEvent.click(
      screen.getByRole("radio", { name: "Modification des statuts (art. 17)" })
    );
    const quorum = screen.getByRole("region", { name: "Quorum" });
    expect(within(quorum).getByText("Quorum non atteint")).toBeTruthy();
    expect(within(quorum).getByText("7 présents, 6 représentés.")).toBeTruthy();
    expect(
      within(quorum).getByText("7 membres comptés pour un seuil de 11 (22 membres en exercice).")
    ).toBeTruthy();
    expect(
      within(quorum).getByText(
        "Règle : au moins la moitié des membres en exercice présents ; 1 pouvoir par membre au plus"
      )
    ).toBeTruthy();
    expect(
      within(quorum).getByText("Source : Statuts du syndicat mixte (2018), art. 8.3")
    ).toBeTruthy();
    const outcome = screen.getByRole("region", { name: "Décision" });
    expect(within(outcome).getByText("Rejetée")).toBeTruthy();
    expect(
      within(outcome).getByText("Source : Statuts du syndicat mixte (2018), art. 17")
    ).toBeTruthy();
    const votes = screen.getByRole("region", { name: "Votes" });
    expect(within(votes).getByText("Pour : 13")).toBeTruthy();
    expect(within(votes).getByText("Contre : 0")).toBeTruthy();
  });

  test("judges under the rule in force on the sitting's date", async () => {
    await readTable();
    const date = screen.getByLabelText("Date de la séance");
    await userEvent.clear(date);
    await userEvent.type(date, "2022-06-16");
    const quorum = screen.getByRole("region", { name: "Quorum" });
    expect(
      within(quorum).getByText("Source : Loi n° 2021-1465 du 10 novembre 2021, art. 10")
    ).toBeTruthy();
    expect(within(quorum).getByText(/pour un seuil de 8 /)).toBeTruthy();
  });

  test("says under the decision that a vote without quorum cannot stand; not once it is reached", async () => {
    await readTable();
    const date = screen.getByLabelText("Date de la séance");
    await userEvent.clear(date);
    await userEvent.type(date, "2022-06-16");
    const without = /le comité ne pouvait pas valablement délibérer/;
    expect(
      within(screen.getByRole("region", { name: "Quorum" })).getByText("Quorum non atteint")
    ).toBeTruthy();
    const outcome = screen.getByRole("region", { name: "Décision" });
    expect(within(outcome).getByText("Adoptée")).toBeTruthy();
    expect(within(outcome).getByText(without)).toBeTruthy();
    await userEvent.type(
      screen.getByRole("textbox", { name: "Règle de quorum imposée" }),
      "presents_ou_representes 1/3"
    );
    expect(
      within(screen.getByRole("region", { name: "Quorum" })).getByText("Quorum atteint")
    ).toBeTruthy();
    expect(
      within(screen.getByRole("region", { name: "Décision" })).queryByText(without)
    ).toBeNull();
  });

  test("judges under an imposed quorum rule, and says why a rule it cannot read is refused", async () => {
    await readTable();
    const rule = screen.getByRole("textbox", { name: "Règle de quorum imposée" });
    await userEvent.type(rule, "presents_ou_representes 1/3");
    const quorum = screen.getByRole("region", { name: "Quorum" });
    expect(within(quorum).getByText("Quorum atteint")).toBeTruthy();
    await userEvent.clear(rule);
    await userEvent.type(rule, "la moitié");
    expect(screen.getByText(/Règle de quorum « la moitié » inconnue/)).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Quorum" })).toBeNull();
  });

  test("weighs the votes on an adhesion once the applicant's Département is chosen", async () => {
    await readTable();
    await userEvent.click(
      screen.getByRole("radio", { name: "Adhésion d'une collectivité (art. 15)" })
    );
    expect(screen.getByText(/indiquez le Département de la collectivité/)).toBeTruthy();
    await userEvent.click(screen.getByRole("radio", { name: "Nord" }));
    const votes = screen.getByRole("region", { name: "Votes" });
    expect(within(votes).getByText("Pour : 19")).toBeTruthy();
    expect(within(votes).getByText(/3 voix par délégué du Département \(Nord\)/)).toBeTruthy();
  });

  test("asks for the president's vote only on a tie", async () => {
    const tie = sittingWith(
      [5, 4, "contre"],
      [8, 4, "abstention"],
      [13, 4, "contre"],
      [16, 4, "contre"],
      [17, 4, "contre"],
      [19, 4, "contre"],
      [20, 4, "contre"]
    );
    await readTable(tie);
    const outcome = screen.getByRole("region", { name: "Décision" });
    expect(within(outcome).getByText("Partage des voix à trancher")).toBeTruthy();
    const president = screen.getByRole("radiogroup", {
      name: "Voix prépondérante du président (partage des voix)",
    });
    await userEvent.click(within(president).getByRole("radio", { name: "Pour" }));
    expect(within(outcome).getByText("Adoptée")).toBeTruthy();
  });

  test("shows no president's vote without a tie", async () => {
    await readTable();
    expect(screen.queryByRole("radiogroup", { name: /Voix prépondérante/ })).toBeNull();
  });

  test("lists a proxy problem; clicking it selects the giver's 'Pouvoir à' cell", async () => {
    // FOUTRY (row 6) gives his proxy to COULON, who is excused
    const { state } = await readTable(sittingWith([6, 3, "M. COULON"]));
    const proxies = screen.getByRole("region", { name: "Pouvoirs" });
    const problem = within(proxies).getByRole("button", { name: /^Ligne 6 : M\. Luc FOUTRY/ });
    expect(problem.textContent).toBe(
      "Ligne 6 : M. Luc FOUTRY donne pouvoir à M. Christophe COULON, qui n'est pas présent (excusé) : seul un membre présent porte un pouvoir."
    );
    await userEvent.click(problem);
    await waitFor(() =>
      expect(state.selected).toEqual({ table: "tblPresences", row: 6, column: 3 })
    );
  });

  test("can be used from the keyboard: Enter on a proxy problem selects its cell", async () => {
    const { state } = await readTable(sittingWith([6, 3, "M. COULON"]));
    const problem = screen.getByRole("button", { name: /^Ligne 6/ });
    problem.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(state.selected).toMatchObject({ row: 6, column: 3 }));
  });

  test("writes the extract into a new sheet", async () => {
    const { state } = await readTable();
    await userEvent.click(
      screen.getByRole("button", { name: "Écrire l'extrait dans une feuille" })
    );
    expect(
      await screen.findByText("Extrait écrit dans la feuille « Extrait séance 2023-12-07 ».")
    ).toBeTruthy();
    expect(state.written.map((sheet) => sheet.name)).toEqual(["Extrait séance 2023-12-07"]);
    // the extract written no longer matches once the sitting's parameters change
    await userEvent.click(
      screen.getByRole("radio", { name: "Retrait d'une collectivité (art. 16)" })
    );
    expect(screen.queryByText(/Extrait écrit dans la feuille/)).toBeNull();
  });

  test("asks before replacing an existing sheet; Annuler writes nothing", async () => {
    const { state } = await readTable(SITTING_2022_14_TABLE, ["Extrait séance 2023-12-07"]);
    await userEvent.click(
      screen.getByRole("button", { name: "Écrire l'extrait dans une feuille" })
    );
    const dialog = await screen.findByRole("alertdialog", { name: "Remplacer la feuille ?" });
    expect(within(dialog).getByText(/« Extrait séance 2023-12-07 » existe déjà/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole("button", { name: "Annuler" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(state.written).toEqual([]);
    expect(screen.getByText(/Rien n'a été écrit/)).toBeTruthy();
  });

  test("starts the question on Annuler, and Escape writes nothing either", async () => {
    const { state } = await readTable(SITTING_2022_14_TABLE, ["Extrait séance 2023-12-07"]);
    await userEvent.click(
      screen.getByRole("button", { name: "Écrire l'extrait dans une feuille" })
    );
    const dialog = await screen.findByRole("alertdialog", { name: "Remplacer la feuille ?" });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Annuler" }))
    );
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(state.written).toEqual([]);
    expect(screen.getByText(/Rien n'a été écrit/)).toBeTruthy();
  });

  test("replaces the existing sheet when the user says Remplacer", async () => {
    const { state } = await readTable(SITTING_2022_14_TABLE, ["Extrait séance 2023-12-07"]);
    await userEvent.click(
      screen.getByRole("button", { name: "Écrire l'extrait dans une feuille" })
    );
    const dialog = await screen.findByRole("alertdialog", { name: "Remplacer la feuille ?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Remplacer" }));
    expect(
      await screen.findByText("Extrait écrit dans la feuille « Extrait séance 2023-12-07 ».")
    ).toBeTruthy();
    expect(state.written.map((sheet) => sheet.name)).toEqual(["Extrait séance 2023-12-07"]);
  });

  test("says in French that the workbook has no attendance table", async () => {
    const { workbook } = createMemoryWorkbookDouble([
      { name: "Membres", values: [["Nom", "SIREN"]] },
    ]);
    renderView(workbook);
    await userEvent.click(screen.getByRole("button", { name: "Lire la feuille de présence" }));
    expect(await screen.findByText(/^Aucune table de présence dans le classeur/)).toBeTruthy();
    expect(screen.getByText(/Tableaux trouvés : Membres\./)).toBeTruthy();
  });

  test("lists what makes the table unreadable; a click selects the cell", async () => {
    const { workbook, state } = createMemoryWorkbookDouble([
      { name: "tblPresences", values: sittingWith([3, 2, "peut-être"]) },
    ]);
    renderView(workbook);
    await userEvent.click(screen.getByRole("button", { name: "Lire la feuille de présence" }));
    expect(
      await screen.findByText(/La table « tblPresences » ne peut pas être lue : 1 problème/)
    ).toBeTruthy();
    const problem = screen.getByRole("button", {
      name: "tblPresences, ligne 3, colonne « Présence » (« peut-être ») : présence attendue : présent, excusé ou absent.",
    });
    await userEvent.click(problem);
    await waitFor(() =>
      expect(state.selected).toEqual({ table: "tblPresences", row: 3, column: 2 })
    );
    expect(screen.queryByRole("region", { name: "Quorum" })).toBeNull();
  });

  test("speaks English for en-US", async () => {
    const { workbook } = createMemoryWorkbookDouble([
      { name: "tblPresences", values: SITTING_2022_14_TABLE },
    ]);
    renderView(workbook, "en-US");
    await userEvent.click(screen.getByRole("button", { name: "Read the attendance sheet" }));
    const quorum = await screen.findByRole("region", { name: "Quorum" });
    expect(within(quorum).getByText("Quorum not reached")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Write the extract into a sheet" })).toBeTruthy();
  });
});
