import { createRoot } from "react-dom/client";
import { localIsoDate } from "../domain/dates/isoDate";
import { createOfficeWorkbook } from "../workbook/office/officeWorkbook";
import { App } from "./App";
import { parseFunctionCatalog, type CatalogFunction } from "./functionCatalog";
import { waitForOffice } from "./officeReady";
import { metadataFileFor } from "./strings";
import { followOfficeTheme, type OfficeThemeHost } from "./theme";

/** Fetches the function list from the metadata served beside the page (same origin). */
async function loadCatalog(language: string): Promise<CatalogFunction[]> {
  const response = await fetch(metadataFileFor(language));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parseFunctionCatalog(await response.json());
}

async function start(): Promise<void> {
  const host = await waitForOffice();
  const container = document.getElementById("root");
  if (!container) return;
  document.documentElement.lang = host.language.slice(0, 2);
  const load = () => loadCatalog(host.language);
  // Excel's workbook when the pane runs in Excel; outside it the views say what they need.
  const workbook = host.host === "Excel" ? createOfficeWorkbook() : null;
  const today = localIsoDate(new Date());
  // In Office the theme is followed while the pane is open (Office.js seen through the part used).
  const followTheme = host.host
    ? (onChange: (background: string) => void) =>
        followOfficeTheme(Office as unknown as OfficeThemeHost, onChange)
    : undefined;
  createRoot(container).render(
    <App
      host={host}
      loadCatalog={load}
      workbook={workbook}
      today={today}
      followTheme={followTheme}
    />
  );
}

void start();
