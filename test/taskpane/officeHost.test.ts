import { readFileSync } from "node:fs";
import path from "node:path";
import {
  ADDIN_REQUIREMENTS,
  missingRequirements,
  requirementLabel,
} from "../../src/taskpane/requirements";
import {
  fluentThemeFor,
  followOfficeTheme,
  isDarkColor,
  type FocusTarget,
  type OfficeThemeChangedArgs,
  type OfficeThemeHost,
} from "../../src/taskpane/theme";

const ROOT = path.resolve(__dirname, "..", "..");

/** An isSetSupported that knows the highest version of each set, as Office does. */
function hostSupporting(highest: Record<string, string>) {
  const parts = (version: string) => version.split(".").map(Number);
  return (name: string, minVersion = "1.1") => {
    const top = highest[name];
    if (top === undefined) return false;
    const [a, b] = [parts(top), parts(minVersion)];
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return true;
  };
}

describe("missingRequirements", () => {
  test("the add-in needs SharedRuntime 1.1, CustomFunctionsRuntime 1.2 and ExcelApi 1.9", () => {
    expect(ADDIN_REQUIREMENTS.map(requirementLabel)).toEqual([
      "SharedRuntime 1.1",
      "CustomFunctionsRuntime 1.2",
      "ExcelApi 1.9",
    ]);
  });

  test("nothing is missing on a current Excel", () => {
    const current = hostSupporting({
      SharedRuntime: "1.2",
      CustomFunctionsRuntime: "1.4",
      ExcelApi: "1.17",
    });
    expect(missingRequirements(current)).toEqual([]);
  });

  test("an Excel with ExcelApi 1.8 (Excel 2019) lacks ExcelApi 1.9; ExcelApi 1.10 is enough", () => {
    expect(
      missingRequirements(
        hostSupporting({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3", ExcelApi: "1.8" })
      )
    ).toEqual([{ name: "ExcelApi", version: "1.9" }]);
    expect(
      missingRequirements(
        hostSupporting({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2", ExcelApi: "1.10" })
      )
    ).toEqual([]);
  });

  test("lists every missing set in order; a check that throws counts as missing", () => {
    expect(missingRequirements(() => false)).toEqual(ADDIN_REQUIREMENTS);
    const throwing = (name: string) => {
      if (name === "CustomFunctionsRuntime") throw new Error("unknown set");
      return true;
    };
    expect(missingRequirements(throwing)).toEqual([
      { name: "CustomFunctionsRuntime", version: "1.2" },
    ]);
  });

  test("passes each set's version to isSetSupported as a string", () => {
    const calls: unknown[][] = [];
    missingRequirements((...args) => {
      calls.push(args);
      return true;
    });
    expect(calls).toEqual([
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.2"],
      ["ExcelApi", "1.9"],
    ]);
  });
});

describe("the theme", () => {
  test("a dark Office background gives the dark Fluent theme, anything else the light one", () => {
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#ffffff")).toBe(false);
    expect(fluentThemeFor("#262626")).not.toBe(fluentThemeFor("#ffffff"));
    expect(fluentThemeFor(null)).toBe(fluentThemeFor("#ffffff"));
  });
});

/** An Office double whose theme the test changes, with or without the OfficeThemeChanged event. */
function officeDouble(options: { event: "accepted" | "refused" | "throws" | "absent" }) {
  let background = "#ffffff";
  const handlers: ((args: OfficeThemeChangedArgs) => void)[] = [];
  const removed: unknown[] = [];
  const office: OfficeThemeHost = {
    EventType:
      options.event === "absent" ? undefined : { OfficeThemeChanged: "officeThemeChanged" },
    AsyncResultStatus: { Succeeded: "succeeded" },
    context: {
      get officeTheme() {
        return { bodyBackgroundColor: background };
      },
      document: {
        addHandlerAsync(eventType, handler, callback) {
          if (options.event === "throws") throw new Error("Unsupported enumeration");
          const accepted = options.event === "accepted" && eventType === "officeThemeChanged";
          if (accepted) handlers.push(handler);
          callback?.({ status: accepted ? "succeeded" : "failed" });
        },
        removeHandlerAsync(eventType, removeOptions) {
          removed.push([eventType, removeOptions?.handler]);
        },
      },
    },
  };
  return {
    office,
    removed,
    handlers,
    /** The user picks another Office theme; the host fires the event where it has it. */
    changeTheme(next: string) {
      background = next;
      for (const handler of handlers) handler({ officeTheme: { bodyBackgroundColor: next } });
    },
  };
}

/** A window double: the test gives it the focus. */
function focusDouble(): FocusTarget & { focus(): void; listeners: number } {
  const listeners = new Set<() => void>();
  return {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    focus: () => listeners.forEach((listener) => listener()),
    get listeners() {
      return listeners.size;
    },
  };
}

describe("followOfficeTheme", () => {
  test("where the host raises OfficeThemeChanged, passes on each new background, once", () => {
    const host = officeDouble({ event: "accepted" });
    const seen: string[] = [];
    const stop = followOfficeTheme(host.office, (background) => seen.push(background), null);
    host.changeTheme("#262626");
    host.changeTheme("#262626");
    host.changeTheme("#ffffff");
    expect(seen).toEqual(["#262626", "#ffffff"]);
    stop();
    expect(host.removed).toEqual([["officeThemeChanged", host.handlers[0]]]);
    host.changeTheme("#000000");
    expect(seen).toEqual(["#262626", "#ffffff"]);
  });

  test.each(["refused", "throws", "absent"] as const)(
    "where the event is %s, reads Office.context.officeTheme again when the pane gets the focus",
    (event) => {
      const host = officeDouble({ event });
      const window = focusDouble();
      const seen: string[] = [];
      const stop = followOfficeTheme(host.office, (background) => seen.push(background), window);
      window.focus();
      expect(seen).toEqual([]);
      host.changeTheme("#262626");
      expect(seen).toEqual([]);
      window.focus();
      expect(seen).toEqual(["#262626"]);
      stop();
      expect(window.listeners).toBe(0);
      expect(host.removed).toEqual([]);
    }
  );

  test("keeps the theme it has when Office gives no theme at all", () => {
    const window = focusDouble();
    const seen: string[] = [];
    const stop = followOfficeTheme({ context: {} }, (background) => seen.push(background), window);
    window.focus();
    expect(seen).toEqual([]);
    stop();
  });
});

describe("taskpane.html", () => {
  const html = readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");

  test("loads Office.js from Microsoft's CDN as a plain script in <head>, neither async nor defer", () => {
    const head = html.slice(html.indexOf("<head>"), html.indexOf("</head>"));
    const tag = /<script\b[^>]*\bid="office-js"[^>]*>/.exec(head)?.[0] ?? "";
    expect(tag).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    expect(tag).not.toMatch(/\b(async|defer|type="module")\b/);
    // The page still starts where it cannot be downloaded: onerror marks it for officeReady.ts.
    expect(tag).toContain("onerror=\"this.dataset.failed = 'true'\"");
  });
});
