import { localIsoDate } from "../../src/domain/dates/isoDate";
import { parseArguments, parseIssueDate, USAGE } from "../../src/cli/parseArguments";

const NOW = new Date(2026, 1, 14, 10, 30);

function optionsOf(argv: string[]) {
  const parsed = parseArguments(argv, NOW);
  if (parsed.kind !== "run") throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function errorOf(argv: string[]): string {
  const parsed = parseArguments(argv, NOW);
  if (parsed.kind !== "error") throw new Error(`expected an error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

describe("parseArguments", () => {
  test("defaults: the sample register, the current year and today, said to be defaults", () => {
    expect(optionsOf([])).toEqual({
      input: null,
      year: 2026,
      yearDefaulted: true,
      out: null,
      journal: null,
      issueDate: "2026-02-14",
      dateDefaulted: true,
      force: false,
      stats: false,
      pes: false,
    });
  });

  test("reads every option, as two arguments or with =", () => {
    expect(
      optionsOf([
        "--in",
        "registre.xlsx",
        "--year=2025",
        "--out",
        "sortie",
        "--date",
        "01/03/2025",
        "--journal",
        "//serveur/finances/journal-2025.json",
        "--force",
        "--stats",
        "--pes",
      ])
    ).toEqual({
      input: "registre.xlsx",
      year: 2025,
      yearDefaulted: false,
      out: "sortie",
      journal: "//serveur/finances/journal-2025.json",
      issueDate: "2025-03-01",
      dateDefaulted: false,
      force: true,
      stats: true,
      pes: true,
    });
  });

  test("--in takes any file name: its content says whether it is a register (.xlsx, .ods)", () => {
    for (const input of ["registre.ods", "registre.xls", "registre.csv", "registre"])
      expect(optionsOf(["--in", input]).input).toBe(input);
  });

  test("--help and -h ask for the usage, whatever else is given", () => {
    expect(parseArguments(["--help"], NOW)).toEqual({ kind: "help" });
    expect(parseArguments(["--year", "2025", "-h"], NOW)).toEqual({ kind: "help" });
    expect(USAGE).toContain("--in <fichier.xlsx>");
    expect(USAGE).toContain("--journal <fichier.json>");
    expect(USAGE).toContain("ENT_JOURNAL_DIR");
  });

  test.each([
    [["--year", "25"], "--year"],
    [["--year", "2025a"], "--year"],
    [["--year", "deux mille"], "--year"],
    [["--year"], "--year"],
    [["--year", "--force"], "--year"],
    [["--year", "2025", "--year", "2026"], "--year"],
    [["--in"], "--in"],
    [["--in="], "--in"],
    [["--out"], "--out"],
    [["--journal"], "--journal"],
    [["--journal", "journal.txt"], "--journal"],
    [["--date", "2025-02-30"], "--date"],
    [["--date", "1er mars"], "--date"],
    [["--force=oui"], "--force"],
    [["--force", "--force"], "--force"],
    [["--annee", "2025"], "--annee"],
    [["-y"], "-y"],
    [["registre.xlsx"], "registre.xlsx"],
  ])("%j is a usage error naming %s", (argv, named) => {
    const message = errorOf(argv);
    expect(message).toContain(named);
    expect(message).toMatch(/[a-zé]/);
  });

  test("a group of short options, a lone - or -- is refused whole, as typed", () => {
    // parseArgs splits "-hy" into -h and -y, and reads what follows "--" as plain arguments.
    expect(errorOf(["-hy"])).toBe("option inconnue « -hy ».");
    expect(errorOf(["-h=1"])).toBe("option inconnue « -h=1 ».");
    expect(errorOf(["-"])).toBe("option inconnue « - ».");
    expect(errorOf(["--", "registre.xlsx"])).toBe("option inconnue « -- ».");
    expect(errorOf(["--year", "2025", "--", "--help"])).toBe("option inconnue « -- ».");
  });
});

describe("dates", () => {
  test("reads ISO and French dates of the calendar only", () => {
    expect(parseIssueDate("2024-02-29")).toBe("2024-02-29");
    expect(parseIssueDate("29/02/2024")).toBe("2024-02-29");
    expect(parseIssueDate("2025-02-29")).toBeNull();
    expect(parseIssueDate("2025-13-01")).toBeNull();
    expect(parseIssueDate("2025-3-1")).toBeNull();
  });

  test("today is the local date", () => {
    expect(localIsoDate(new Date(2025, 11, 31, 23, 59))).toBe("2025-12-31");
  });
});
