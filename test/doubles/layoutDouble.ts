/**
 * Test double of the layout jsdom does not compute, for components that move focus with Fluent
 * UI's tabster (Dialog). Tabster takes an element whose offsetParent is null, or a body of size
 * 0 × 0, for hidden, so under plain jsdom a Dialog finds nothing to focus, focuses its own
 * surface, and tabster then sometimes leaves the surface aria-hidden: queries by role miss the
 * dialog at random (microsoft/fluentui#33897). With this double every attached element has a
 * layout parent and the body a size, as in a browser. Test-only.
 *
 * @returns a function that restores jsdom's own behaviour
 * @example
 * let restore: () => void;
 * beforeAll(() => (restore = installLayoutDouble()));
 * afterAll(() => restore());
 */
export function installLayoutDouble(): () => void {
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
  const bodyRect = Object.getOwnPropertyDescriptor(document.body, "getBoundingClientRect");
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
  Object.defineProperty(document.body, "getBoundingClientRect", {
    configurable: true,
    value: () => new DOMRect(0, 0, 1024, 768),
  });
  return () => {
    if (offsetParent) Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
    if (bodyRect) Object.defineProperty(document.body, "getBoundingClientRect", bodyRect);
    else delete (document.body as { getBoundingClientRect?: unknown }).getBoundingClientRect;
  };
}
