/**
 * Resolves once the browser had the chance to paint what was just set: ExcelJS then builds the
 * statements workbook in one long stretch (tens of seconds for thousands of sheets), and the
 * notice of what was written and the "preparing" spinner must be on screen before.
 *
 * @returns a promise resolved after the next paint (or 100 ms on a hidden page)
 * @example
 * setModel(preparing); await afterNextPaint(); buildWorkbook();
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "function")
      requestAnimationFrame(() => setTimeout(resolve, 0));
    // A hidden page gets no animation frame: go on all the same.
    setTimeout(resolve, 100);
  });
}
