import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Debian's Chromium (apt-get install -y chromium); playwright-core never downloads a browser. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Flags for these machines (docs TOOLCHAIN.md): headless, no sandbox (root), and nothing that
 * calls Google in the background, so that every request the tests see comes from the page.
 * Playwright gives each launch a fresh, temporary profile (--user-data-dir).
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Starts Chromium headless.
 *
 * @returns the browser
 * @example
 * const browser = await launchChromium();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * A French-speaking context, Paris time, that records the URL of every request its pages make
 * (documents, scripts, fetches, downloads), in order.
 *
 * @param browser - the browser
 * @returns the context and the list it fills
 * @example
 * const { context, requests } = await recordingContext(browser);
 */
export async function recordingContext(
  browser: Browser
): Promise<{ context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext({
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    viewport: { width: 420, height: 900 },
    acceptDownloads: true,
  });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  return { context, requests };
}

/**
 * Tells whether a URL stays on this machine: 127.0.0.1, localhost, ::1, or data:/blob: (made by
 * the page itself).
 *
 * @param url - a requested URL
 * @returns true when nothing leaves the machine
 * @example
 * isLocal("http://127.0.0.1:41234/taskpane.js"); // true
 * isLocal("https://appsforoffice.microsoft.com/lib/1/hosted/office.js"); // false
 */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:") return true;
  return ["127.0.0.1", "localhost", "[::1]"].includes(hostname);
}
