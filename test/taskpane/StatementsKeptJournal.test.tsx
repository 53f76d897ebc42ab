/**
 * @jest-environment jsdom
 */
import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import type { SheetSpec } from "../../src/domain/sheets/SheetSpec";
import { journalStorageKey } from "../../src/taskpane/browserJournalKeeper";
import { openRegisterFile, XLSX_TYPE } from "../../src/taskpane/registerFile";
import { stringsFor } from "../../src/taskpane/strings";
import { downloadFile } from "../../src/taskpane/views/downloadFile";
import { StatementsView } from "../../src/taskpane/views/StatementsView";
import { numberList, statementsStringsFor } from "../../src/taskpane/views/statementsStrings";
import type { XlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import { cellValueDouble, createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

// Issuing numbers and keeping the journal in the browser are one act (decision 0011): the
// browser's keeper (real localStorage of jsdom), the warning when numbers are put back, the
// statements workbook offered first outside Excel, and the warning before the tab closes.

jest.mock("../../src/taskpane/registerFile", () => ({
  ...jest.requireActual("../../src/taskpane/registerFile"),
  openRegisterFile: jest.fn(),
}));
jest.mock("../../src/taskpane/views/downloadFile", () => ({ downloadFile: jest.fn(() => true) }));

// Generating writes a few sheets through the doubles: give slow shared machines some room.
configure({ asyncUtilTimeout: 5000 });

const FRENCH = stringsFor("fr-FR");
/**
 * Date of issue (the view's default): on or after every sample member's transfer date, which a
 * new statement may not precede (the Val d'Exemple joined on 01/09/2025).
 */
const TODAY = "2025-09-15";
const XLSX_BYTES = new Uint8Array([0x50, 0x4b, 3, 4]);
const KEY = journalStorageKey({ issuer: "20003038600020", year: 2025 });
const NUMBERS = ["2025-0001", "2025-0002", "2025-0003", "2025-0004"];

/** The tables of a sheet as Excel would hold them: values, header first. */
function tableOf(spec: SheetSpec): { name: string; sheet: string; values: unknown[][] } {
  const header = spec.table?.headerRow ?? 0;
  const columns = spec.table?.columns ?? Infinity;
  const values = spec.rows.slice(header).map((row) => row.slice(0, columns).map(cellValueDouble));
  return { name: spec.table?.name ?? spec.name, sheet: spec.name, values };
}

/** The sample register as a workbook holds it (no journal yet): the "original register". */
function originalRegister() {
  return createMemoryWorkbookDouble(sampleRegisterSheets(2025).map(tableOf));
}

/** Dispatches the event a browser fires before closing the tab; true when the page objects. */
function closingIsWarned(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function keptNumbers(): string[] {
  const stored = JSON.parse(localStorage.getItem(KEY) ?? "null") as {
    entries: { number: string }[];
  } | null;
  return stored?.entries.map((entry) => entry.number) ?? [];
}

async function checkAndGenerate(): Promise<void> {
  await userEvent.click(
    screen.getByRole("button", { name: "Vérifier le registre et prévisualiser" })
  );
  await screen.findByRole("table", { name: "Aperçu des appels" });
  await userEvent.click(screen.getByRole("button", { name: "Générer les appels" }));
}

/** Outside Excel: the original register opened as a file (the .xlsx double). */
async function openedFile(toXlsx: () => Promise<Uint8Array> = async () => XLSX_BYTES) {
  const double = originalRegister();
  const workbook: XlsxWorkbook = { ...double.workbook, toXlsx };
  jest.mocked(openRegisterFile).mockResolvedValue(workbook);
  render(<StatementsView workbook={null} strings={FRENCH} today={TODAY} />);
  const chosen = new File([XLSX_BYTES], "registre-exemple.xlsx", { type: XLSX_TYPE });
  await userEvent.upload(screen.getByLabelText("Ouvrir un registre (.xlsx)"), chosen);
  await screen.findByText("Registre ouvert : registre-exemple.xlsx.");
  return double.state;
}

beforeEach(() => {
  localStorage.clear();
  jest.clearAllMocks();
  jest.restoreAllMocks();
});

describe("the statements view and the journal kept by the browser", () => {
  test("in Excel, a full browser storage stops the generation before any number is written", async () => {
    const { workbook, state } = originalRegister();
    render(<StatementsView workbook={workbook} strings={FRENCH} today={TODAY} />);
    jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    await checkAndGenerate();

    expect(
      await screen.findByText(
        /^Erreur : Le stockage de ce navigateur est plein : le journal des numéros de 2025 n'a pas pu y être gardé/
      )
    ).toBeTruthy();
    // No journal row anywhere: no journal sheet, no row appended, no cell updated.
    expect(state.written.map((sheet) => sheet.name)).not.toContain("Journal des appels");
    expect(state.tables.map((table) => table.name)).not.toContain("JournalAppels");
    expect(state.appended).toEqual([]);
    expect(state.updated).toEqual([]);
    expect(screen.queryByText(/inscrit\(s\) au journal/)).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  test("a kept journal that does not read is an error at the check, and nothing is previewed", async () => {
    localStorage.setItem(KEY, "{pas du json");
    const { workbook } = originalRegister();
    render(<StatementsView workbook={workbook} strings={FRENCH} today={TODAY} />);
    await userEvent.click(
      screen.getByRole("button", { name: "Vérifier le registre et prévisualiser" })
    );
    expect(
      await screen.findByText(
        /^Erreur : Le journal des numéros de 2025 gardé par ce navigateur ne se lit pas/
      )
    ).toBeTruthy();
    expect(screen.queryByRole("table", { name: "Aperçu des appels" })).toBeNull();
    expect(localStorage.getItem(KEY)).toBe("{pas du json");
  });

  test("reopening the original register: the pane says the numbers are put back, the preview shows them already issued, and none is issued again", async () => {
    const first = originalRegister();
    const firstView = render(
      <StatementsView workbook={first.workbook} strings={FRENCH} today={TODAY} />
    );
    await checkAndGenerate();
    await screen.findByText(/4 appel\(s\) inscrit\(s\) au journal/);
    expect(keptNumbers()).toEqual(NUMBERS);
    // In Excel the workbook is the document: nothing to download, no warning before closing.
    expect(closingIsWarned()).toBe(false);
    firstView.unmount();

    // The register as it was before the generation (its journal lost).
    const { workbook, state } = originalRegister();
    render(<StatementsView workbook={workbook} strings={FRENCH} today={TODAY} />);
    await userEvent.click(
      screen.getByRole("button", { name: "Vérifier le registre et prévisualiser" })
    );
    expect(
      await screen.findByText(
        "Ce navigateur a gardé 4 numéros de 2025 déjà émis qui manquent au journal de ce registre " +
          "(2025-0001 … 2025-0004) : ils y seront remis à la génération, avant tout nouveau " +
          "numéro, et l'aperçu en tient compte (« déjà émis », ou annulé et remplacé si le " +
          "montant a changé)."
      )
    ).toBeTruthy();
    const preview = screen.getByRole("table", { name: "Aperçu des appels" });
    expect(
      within(preview).getByRole("row", { name: /^2025-0001 Ville de Hem 677 .*déjà émis/ })
    ).toBeTruthy();
    expect(within(preview).getAllByText("déjà émis")).toHaveLength(4);

    await userEvent.click(screen.getByRole("button", { name: "Générer les appels" }));
    expect(
      await screen.findByText(
        /numéro\(s\) déjà émis remis au journal ; 0 appel\(s\) inscrit\(s\) au journal/
      )
    ).toBeTruthy();
    const journal = state.tables.find((table) => table.name === "JournalAppels");
    expect(journal?.values.slice(1).map((row) => row[0])).toEqual(NUMBERS);
    expect(keptNumbers()).toEqual(NUMBERS);
  });

  test("outside Excel, the statements workbook is downloaded first, at once, and closing is warned until the user downloads it", async () => {
    await openedFile();
    await checkAndGenerate();
    expect(
      await screen.findByText(
        /Conservez appels-2025\.xlsx : il contient le journal des numéros émis ; c'est le registre à rouvrir pour toute nouvelle génération\./
      )
    ).toBeTruthy();
    // Downloaded as part of Générer, before the user clicked anything else.
    expect(jest.mocked(downloadFile).mock.calls).toEqual([
      [XLSX_BYTES, "appels-2025.xlsx", XLSX_TYPE],
    ]);
    const files = screen.getByRole("region", { name: "Fichiers des appels" });
    expect(
      within(files)
        .getAllByRole("button")
        .map((button) => button.textContent)
    ).toEqual([
      "Télécharger le classeur des appels (.xlsx)",
      "Télécharger le CSV pour la comptabilité",
      "Télécharger le fichier PES (.xml)",
      "Télécharger les avis en PDF",
    ]);
    expect(keptNumbers()).toEqual(NUMBERS);

    // The page cannot tell whether the automatic download was kept: closing asks first.
    expect(closingIsWarned()).toBe(true);
    await userEvent.click(
      within(files).getByRole("button", { name: "Télécharger le CSV pour la comptabilité" })
    );
    expect(closingIsWarned()).toBe(true);

    await userEvent.click(
      within(files).getByRole("button", { name: "Télécharger le classeur des appels (.xlsx)" })
    );
    await screen.findByText(/^Classeur téléchargé\. Conservez appels-2025\.xlsx/);
    expect(jest.mocked(downloadFile).mock.calls.at(-1)).toEqual([
      XLSX_BYTES,
      "appels-2025.xlsx",
      XLSX_TYPE,
    ]);
    expect(closingIsWarned()).toBe(false);
  });

  test("outside Excel, a workbook that cannot be made is an error: the numbers stay kept and the journal is offered alone as a CSV", async () => {
    await openedFile(async () => {
      throw new Error("mémoire insuffisante");
    });
    await checkAndGenerate();
    expect(
      await screen.findByText(
        /^Le classeur des appels appels-2025\.xlsx n'a pas pu être préparé ou téléchargé \(mémoire insuffisante\)\. Les numéros émis restent gardés par ce navigateur/
      )
    ).toBeTruthy();
    expect(downloadFile).not.toHaveBeenCalled();
    expect(keptNumbers()).toEqual(NUMBERS);
    expect(closingIsWarned()).toBe(true);

    const files = screen.getByRole("region", { name: "Fichiers des appels" });
    expect(
      within(files)
        .getAllByRole("button")
        .map((button) => button.textContent)
    ).toEqual([
      "Télécharger le classeur des appels (.xlsx)",
      "Télécharger le journal des numéros (.csv)",
      "Télécharger le CSV pour la comptabilité",
      "Télécharger le fichier PES (.xml)",
      "Télécharger les avis en PDF",
    ]);
    await userEvent.click(
      within(files).getByRole("button", { name: "Télécharger le journal des numéros (.csv)" })
    );
    const [content, name, type] = jest.mocked(downloadFile).mock.calls[0] ?? [];
    expect([name, type]).toEqual(["journal-appels-2025.csv", "text/csv;charset=utf-8"]);
    const lines = String(content).split("\r\n");
    expect(lines[0]).toBe("\uFEFFNuméro;Exercice;Membre;Montant;Élèves;Date;Barème;Statut");
    expect(lines[1]).toMatch(/^2025-0001;2025;Ville de Hem;880,10;677;15\/09\/2025;.+;émis$/);
    expect(lines.slice(1, 5).map((line) => line.split(";")[0])).toEqual(NUMBERS);
    // The journal alone is not the workbook: closing is still warned.
    expect(closingIsWarned()).toBe(true);
  });

  test("outside Excel, a download the browser refuses is said too", async () => {
    jest.mocked(downloadFile).mockReturnValue(false);
    await openedFile();
    await checkAndGenerate();
    expect(
      await screen.findByText(
        /n'a pas pu être préparé ou téléchargé \(le navigateur a refusé le téléchargement\)/
      )
    ).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Télécharger le journal des numéros (.csv)" })
    ).toBeTruthy();
  });
});

describe("the texts about kept numbers", () => {
  test("name the numbers briefly, in French and in English", () => {
    expect(numberList(NUMBERS)).toBe("2025-0001 … 2025-0004");
    expect(numberList(["2025-0001", "2025-0003"])).toBe("2025-0001, 2025-0003");
    expect(numberList(["2025-0001", "2025-0003", "2025-0007"])).toBe(
      "2025-0001, 2025-0003, 2025-0007"
    );
    expect(statementsStringsFor("fr-FR").restored("ce navigateur", 2025, ["2025-0005"], [])).toBe(
      "Ce navigateur a gardé 1 numéro de 2025 déjà émis qui manque au journal de ce registre " +
        "(2025-0005) : il y sera remis à la génération, avant tout nouveau numéro, et l'aperçu " +
        "en tient compte (« déjà émis », ou annulé et remplacé si le montant a changé)."
    );
    expect(
      statementsStringsFor("en-US").restored("ce navigateur", 2025, NUMBERS, ["2025-0005"])
    ).toBe(
      "This browser kept 4 numbers of 2025 already issued that are missing from this " +
        "register's journal (2025-0001 … 2025-0004): they will be put back at generation, " +
        "before any new number, and the preview takes them into account (already issued, or " +
        "cancelled and replaced when the amount changed). Number 2025-0005, issued in this " +
        "journal, was cancelled since " +
        "according to this browser: it will be marked cancelled there."
    );
  });
});
