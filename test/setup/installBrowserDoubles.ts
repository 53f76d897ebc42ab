import { ResizeObserverDouble } from "../doubles/resizeObserverDouble";

// Only for tests that run under jsdom (component tests).
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverDouble;
}
