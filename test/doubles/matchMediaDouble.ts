/**
 * Test double of window.matchMedia, which jsdom lacks, for a pane narrower or wider than its
 * breakpoints: every width query (max-width) answers `matches` as set, every other query (reduced
 * motion, colour scheme) answers false. `setMatches` changes the answer of the width queries and
 * tells their listeners, as a browser does when the window is resized across a breakpoint.
 * Test-only: browsers and Office's web views have matchMedia.
 *
 * @param narrow - what the width queries answer at first
 * @returns how to change the answer, and how to remove the double
 * @example
 * const media = installMatchMediaDouble(true); // a narrow pane
 * media.setMatches(false); // widened
 * media.restore();
 */
export function installMatchMediaDouble(narrow: boolean): {
  setMatches: (value: boolean) => void;
  restore: () => void;
} {
  type Listener = (event: { matches: boolean; media: string }) => void;
  const listeners = new Map<Listener, string>();
  let current = narrow;
  const answer = (query: string) => /max-width/.test(query) && current;
  const own = Object.getOwnPropertyDescriptor(window, "matchMedia");
  Object.defineProperty(window, "matchMedia", {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      media: query,
      get matches() {
        return answer(query);
      },
      addEventListener: (_type: string, listener: Listener) => listeners.set(listener, query),
      removeEventListener: (_type: string, listener: Listener) => listeners.delete(listener),
      addListener: (listener: Listener) => listeners.set(listener, query),
      removeListener: (listener: Listener) => listeners.delete(listener),
    }),
  });
  return {
    setMatches(value: boolean) {
      current = value;
      for (const [listener, query] of [...listeners])
        if (/max-width/.test(query)) listener({ matches: answer(query), media: query });
    },
    restore() {
      if (own) Object.defineProperty(window, "matchMedia", own);
      else delete (window as { matchMedia?: unknown }).matchMedia;
    },
  };
}
