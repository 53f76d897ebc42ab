import path from "node:path";
import type { AxeResults, NodeResult, Result } from "axe-core";
import type { Page } from "playwright-core";
import { ROOT } from "./buildPane";

/** axe-core's browser build, injected into the page under test. */
const AXE_SCRIPT = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

/** One violation, short enough to read in a failed expectation. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Tabster, under every Fluent UI v9 component that moves focus (TabList, Accordion, Dialog), adds
 * `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` elements that only hand focus on at
 * once; axe reports them as aria-hidden-focus. Fluent and Tabster treat this as by design and
 * Accessibility Insights suppresses it (microsoft/tabster#288, microsoft/fluentui#27517,
 * microsoft/accessibility-insights-web#7605). Only those elements are set aside, nothing else.
 */
function isTabsterDummy(result: Result, node: NodeResult): boolean {
  return result.id === "aria-hidden-focus" && /\bdata-tabster-dummy\b/.test(node.html);
}

function findingOf(result: Result): AxeFinding | null {
  const nodes = result.nodes.filter((node) => !isTabsterDummy(result, node));
  if (nodes.length === 0) return null;
  return {
    id: result.id,
    impact: result.impact ?? "unknown",
    help: result.help,
    targets: nodes.map((node) => node.target.join(" ")),
  };
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page as it is now, Tabster's
 * focus bumpers aside (see isTabsterDummy).
 *
 * @param page - the page
 * @returns every violation, and those of serious or critical impact
 * @example
 * const { blocking } = await axeCheck(page); // expect(blocking).toEqual([])
 */
export async function axeCheck(page: Page): Promise<{ all: AxeFinding[]; blocking: AxeFinding[] }> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(
      document
    )
  );
  const all = results.violations
    .map(findingOf)
    .filter((finding): finding is AxeFinding => finding !== null);
  const blocking = all.filter((finding) => ["serious", "critical"].includes(finding.impact));
  return { all, blocking };
}
