/**
 * @jest-environment jsdom
 */
import { configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import { createRegisterFile, openRegisterFile, XLSX_TYPE } from "../../src/taskpane/registerFile";
import { stringsFor } from "../../src/taskpane/strings";
import { downloadFile } from "../../src/taskpane/views/downloadFile";
import { StatementsView } from "../../src/taskpane/views/StatementsView";
import type { XlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import { EMPTY } from "../../src/domain/sheets/SheetSpec";
import { cellValueDouble, createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

// The file mode's wiring, without ExcelJS: the .xlsx workbook is the in-memory double (the real
// one has its own tests, and the browser tests open a real file).
jest.mock("../../src/taskpane/registerFile", () => ({
  ...jest.requireActual("../../src/taskpane/registerFile"),
  openRegisterFile: jest.fn(),
  createRegisterFile: jest.fn(),
}));
jest.mock("../../src/taskpane/views/downloadFile", () => ({ downloadFile: jest.fn(() => true) }));

const FRENCH = stringsFor("fr-FR");
/** Date of issue: not before any sample member's transfer (the Val d'Exemple joined on 01/09/2025). */
const TODAY = "2025-09-15";

// Generating writes a few sheets through the doubles: give slow shared machines some room.
configure({ asyncUtilTimeout: 5000 });
const XLSX_BYTES = new Uint8Array([0x50, 0x4b, 3, 4]);

function fileWorkbookDouble() {
  const double = createMemoryWorkbookDouble([]);
  const workbook: XlsxWorkbook = { ...double.workbook, toXlsx: async () => XLSX_BYTES };
  return { workbook, state: double.state };
}

describe("the statements view outside Excel", () => {
  beforeEach(() => {
    jest.clearAllMocks();
    localStorage.clear();
  });

  test("opens a register file, previews, generates and downloads the statements workbook at once", async () => {
    const { workbook, state } = fileWorkbookDouble();
    await workbook.writeSheets(sampleRegisterSheets(2025));
    jest.mocked(openRegisterFile).mockResolvedValue(workbook);
    render(<StatementsView workbook={null} strings={FRENCH} today={TODAY} />);
    const check = screen.getByRole("button", { name: "Vérifier le registre et prévisualiser" });
    expect(check).toHaveProperty("disabled", true);

    const chosen = new File([XLSX_BYTES], "registre.xlsx", { type: XLSX_TYPE });
    await userEvent.upload(screen.getByLabelText("Ouvrir un registre (.xlsx)"), chosen);
    expect(await screen.findByText("Registre ouvert : registre.xlsx.")).toBeTruthy();
    expect(openRegisterFile).toHaveBeenCalledWith(chosen);

    await userEvent.click(check);
    expect(await screen.findByRole("row", { name: /2025-0001 Ville de Hem/ })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Générer les appels" }));
    await screen.findByText(/4 appel\(s\) inscrit\(s\) au journal/);
    expect(state.written.map((sheet) => sheet.name)).toContain("Journal des appels");
    // The workbook, which holds the journal, is downloaded as part of the generation.
    await screen.findByText(/^Le classeur des appels appels-2025\.xlsx vient d'être téléchargé/);
    expect(downloadFile).toHaveBeenCalledTimes(1);
    expect(downloadFile).toHaveBeenCalledWith(XLSX_BYTES, "appels-2025.xlsx", XLSX_TYPE);

    await userEvent.click(
      screen.getByRole("button", { name: "Télécharger le classeur des appels (.xlsx)" })
    );
    expect(downloadFile).toHaveBeenCalledTimes(2);
  });

  test("offers the PES file of the new titres, or says which setting it lacks", async () => {
    const generated = async (sheets: ReturnType<typeof sampleRegisterSheets>) => {
      const { workbook } = fileWorkbookDouble();
      await workbook.writeSheets(sheets);
      jest.mocked(openRegisterFile).mockResolvedValue(workbook);
      const view = render(<StatementsView workbook={null} strings={FRENCH} today={TODAY} />);
      const chosen = new File([XLSX_BYTES], "registre.xlsx", { type: XLSX_TYPE });
      await userEvent.upload(screen.getByLabelText("Ouvrir un registre (.xlsx)"), chosen);
      await screen.findByText("Registre ouvert : registre.xlsx.");
      await userEvent.click(
        screen.getByRole("button", { name: "Vérifier le registre et prévisualiser" })
      );
      await userEvent.click(await screen.findByRole("button", { name: "Générer les appels" }));
      await screen.findByText(/^Le classeur des appels appels-2025\.xlsx vient d'être téléchargé/);
      await userEvent.click(
        screen.getByRole("button", { name: "Télécharger le fichier PES (.xml)" })
      );
      return view;
    };

    const view = await generated(sampleRegisterSheets(2025));
    const [xml, name, type] = jest.mocked(downloadFile).mock.calls.at(-1) ?? [];
    expect(type).toBe("application/xml");
    expect(name).toMatch(/^PESALR1_.*_2025_B0*1\.xml$/);
    // One titre per new statement of 15 € or more: the sample's four.
    expect(String(xml).match(/<Piece>/g)).toHaveLength(4);
    view.unmount();
    localStorage.clear();
    jest.mocked(downloadFile).mockClear();

    const withoutBudget = sampleRegisterSheets(2025).map((sheet) =>
      sheet.name === "Paramètres"
        ? {
            ...sheet,
            rows: sheet.rows.filter((row) => cellValueDouble(row[0] ?? EMPTY) !== "Code budget"),
          }
        : sheet
    );
    await generated(withoutBudget);
    expect(await screen.findByText(/^Fichier PES non écrit .*Code budget/)).toBeTruthy();
    expect(jest.mocked(downloadFile).mock.calls.map((call) => call[1])).toEqual([
      "appels-2025.xlsx",
    ]);
  });

  test("makes the sample register in a new workbook when no file is open", async () => {
    const { workbook, state } = fileWorkbookDouble();
    jest.mocked(createRegisterFile).mockResolvedValue(workbook);
    render(<StatementsView workbook={null} strings={FRENCH} today={TODAY} />);

    await userEvent.click(screen.getByRole("button", { name: "Créer un registre d'exemple" }));
    expect(
      await screen.findByText("Registre ouvert : registre d'exemple (nouveau classeur).")
    ).toBeTruthy();
    expect(new Set(state.written.map((sheet) => sheet.name))).toEqual(
      new Set(["Écoles", "Membres", "Paramètres", "Options par exercice"])
    );
    expect(
      screen.getByRole("button", { name: "Vérifier le registre et prévisualiser" })
    ).toHaveProperty("disabled", false);
  });

  test("says why a file could not be opened, and keeps no register", async () => {
    jest
      .mocked(openRegisterFile)
      .mockRejectedValue(new Error("Ce fichier n'est pas un classeur .xlsx."));
    render(<StatementsView workbook={null} strings={FRENCH} today={TODAY} />);

    const chosen = new File(["pas un classeur"], "notes.xlsx", { type: XLSX_TYPE });
    await userEvent.upload(screen.getByLabelText("Ouvrir un registre (.xlsx)"), chosen);
    expect(
      await screen.findByText("Erreur : Ce fichier n'est pas un classeur .xlsx.")
    ).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Vérifier le registre et prévisualiser" })
    ).toHaveProperty("disabled", true);
  });
});
