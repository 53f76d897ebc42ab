import { createRoot } from "react-dom/client";
import { App } from "./App";
import { parseFunctionCatalog, type CatalogFunction } from "./functionCatalog";
import { waitForOffice } from "./officeReady";
import { metadataFileFor } from "./strings";

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
  createRoot(container).render(<App host={host} loadCatalog={load} />);
}

void start();
