/** What the page learned about its host. */
export interface HostInfo {
  /** The Office host ("Excel"), or null outside Office. */
  readonly host: string | null;
  /** The user's display language, e.g. "fr-FR". */
  readonly language: string;
  /** Background colour of the Office theme ("#rrggbb"), or null outside Office. */
  readonly themeBackground: string | null;
}

/** How long the page waits for Office.js before starting without it. */
export const OFFICE_WAIT_MS = 4000;
const POLL_MS = 50;
/** Id of the script element that loads Office.js in taskpane.html. */
export const OFFICE_SCRIPT_ID = "office-js";

function outsideOffice(): HostInfo {
  return { host: null, language: browserLanguage(), themeBackground: null };
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
 * Waits for Office.js, loaded asynchronously from Microsoft's CDN, but never for ever: offline,
 * or opened in a plain browser, the script never arrives, and the pane starts without Office
 * after `timeoutMs`, or at once when the page has no Office.js script or the script failed.
 * Outside Office, Office.onReady resolves with a null host.
 *
 * @param timeoutMs - how long to wait for the script and for Office.onReady
 * @returns the host (null outside Office) and the display language
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
  };
}
