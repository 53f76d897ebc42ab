import { useSyncExternalStore } from "react";

/**
 * Below this width (CSS pixels) the pane is narrow: the width Excel gives a task pane (320 to
 * about 500 px) until the user widens it. The tables become lists there, so that nothing the
 * user must read sits off-screen in a sideways scroller.
 *
 * @example
 * NARROW_PANE_PX; // 600
 */
export const NARROW_PANE_PX = 600;

const QUERY = `(max-width: ${NARROW_PANE_PX - 0.02}px)`;

function mediaQuery(): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  if (!query) return () => undefined;
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

function isNarrow(): boolean {
  return mediaQuery()?.matches ?? false;
}

/**
 * Whether the pane is narrower than NARROW_PANE_PX, followed as the user resizes it. Where the
 * page cannot tell (no matchMedia, as in jsdom), the pane is taken as wide.
 *
 * @returns true in a narrow pane
 * @example
 * const narrow = useNarrowPane(); // true in Excel's default 350 px pane
 */
export function useNarrowPane(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
