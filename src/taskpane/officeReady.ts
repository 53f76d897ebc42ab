import { missingRequirements, type RequirementSet } from "./requirements";

/** What the page learned about its host. */
export interface HostInfo {
  /** The Office host ("Excel"), or null outside Office. */
  readonly host: string | null;
  /** The user's display language, e.g. "fr-FR". */
  readonly language: string;
  /** Background colour of the Office theme ("#rrggbb"), or null outside Office. */
  readonly themeBackground: string | null;
  /** The requirement sets the add-in uses that this Office lacks; [] outside Office. */
  readonly missingRequirements: readonly RequirementSet[];
}

/** How long the page waits for Office.js before starting without it. */
export const OFFICE_WAIT_MS = 4000;
const POLL_MS = 50;
/** Id of the script element that loads Office.js in taskpane.html. */
export const OFFICE_SCRIPT_ID = "office-js";

function outsideOffice(): HostInfo {
  return {
    host: null,
    language: browserLanguage(),
    themeBackground: null,
    missingRequirements: [],
  };
}

/**
 * Tells, from the page, that Office.js will not come: the page has no Office.js script (the
 * standalone page), or the script failed to load (offline: taskpane.html marks it onerror).
 * Without a DOM (tests) it knows nothing and the caller waits.
 */
function officeWillNotLoad(): boolean {
  if (typeof document === "undefined") return false;
  const script = document.getElementById(OFFICE_SCRIPT_ID);
  return script === null || script.dataset.failed === "true";
}

function browserLanguage(): string {
  return typeof navigator === "undefined" ? "fr-FR" : navigator.language || "fr-FR";
}

/**
 * The requirement sets this Office lacks, from Office.context.requirements; [] when Office.js
 * has no way to tell.
 */
function missingInHost(): RequirementSet[] {
  const requirements = Office.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return [];
  return missingRequirements((name, version) => requirements.isSetSupported(name, version));
}

/**
 * Waits for Office.js, but never for ever. In taskpane.html Office.js is a blocking script in
 * <head>: when the bundles run it has run, or failed (offline, or outside Office: onerror marks
 * it) and the pane starts at once; the standalone page has no Office.js script and starts at
 * once too. The wait for the script remains for a page that loads it some other way, and
 * Office.onReady is given what is left of `timeoutMs` (outside Office it resolves with a null
 * host). In Office, it also checks the requirement sets the add-in uses.
 *
 * @param timeoutMs - how long to wait for the script and for Office.onReady
 * @returns the host (null outside Office), the display language, the theme, what is missing
 * @example
 * const { host, language } = await waitForOffice();
 */
export async function waitForOffice(timeoutMs = OFFICE_WAIT_MS): Promise<HostInfo> {
  const started = Date.now();
  while (
    typeof Office === "undefined" &&
    !officeWillNotLoad() &&
    Date.now() - started < timeoutMs
  ) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  if (typeof Office === "undefined") return outsideOffice();
  const timeout = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), Math.max(0, timeoutMs - (Date.now() - started)))
  );
  const info = await Promise.race([Office.onReady(), timeout]);
  if (!info || !info.host) return outsideOffice();
  return {
    host: String(info.host),
    language: Office.context.displayLanguage || browserLanguage(),
    themeBackground: Office.context.officeTheme?.bodyBackgroundColor ?? null,
    missingRequirements: missingInHost(),
  };
}
