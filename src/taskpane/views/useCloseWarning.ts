import { useEffect } from "react";

/**
 * While `active`, closing or leaving the page asks first (the browser's own dialog).
 *
 * @param active - true while something would be lost
 * @param text - given to the browser (most show their own text instead)
 * @example
 * useCloseWarning(unsaved, texts.leaveWarning);
 */
export function useCloseWarning(active: boolean, text: string): void {
  useEffect(() => {
    if (!active) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set; most show their own text.
      event.returnValue = text;
      return text;
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active, text]);
}
