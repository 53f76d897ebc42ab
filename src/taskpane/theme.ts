import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * Tells whether a CSS hex colour is dark (relative luminance under one half), to follow the
 * Office theme: Office gives the pane's background colour, Fluent wants a light or dark theme.
 *
 * @param hex - "#rrggbb" or "rrggbb"
 * @returns true for a dark colour; false for anything unreadable
 * @example
 * isDarkColor("#262626"); // true
 */
export function isDarkColor(hex: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * The Fluent theme that follows the Office theme's background colour, light when unknown.
 *
 * @param background - Office.context.officeTheme.bodyBackgroundColor, or null outside Office
 * @returns webDarkTheme or webLightTheme
 * @example
 * fluentThemeFor(null) === webLightTheme; // true
 */
export function fluentThemeFor(background: string | null): Theme {
  return background !== null && isDarkColor(background) ? webDarkTheme : webLightTheme;
}

/** What OfficeThemeChanged gives its handler. */
export interface OfficeThemeChangedArgs {
  readonly officeTheme?: { readonly bodyBackgroundColor?: string } | null;
}

/**
 * The part of Office.js the pane reads to follow the theme (a structural view of `Office`, so
 * that tests pass a double).
 */
export interface OfficeThemeHost {
  readonly context: {
    /** A getter: on Windows Office.js asks the host again (cached five seconds). */
    readonly officeTheme?: { readonly bodyBackgroundColor?: string } | null;
    readonly document?: {
      addHandlerAsync?(
        eventType: unknown,
        handler: (args: OfficeThemeChangedArgs) => void,
        callback?: (result: { status: unknown }) => void
      ): void;
      removeHandlerAsync?(eventType: unknown, options?: { handler?: unknown }): void;
    } | null;
  };
  readonly EventType?: { readonly OfficeThemeChanged?: unknown };
  readonly AsyncResultStatus?: { readonly Succeeded?: unknown };
}

/** Where the pane hears that it has the focus again (the window). */
export interface FocusTarget {
  addEventListener(type: "focus", listener: () => void): void;
  removeEventListener(type: "focus", listener: () => void): void;
}

/**
 * Follows the Office theme while the pane is open: calls `onChange` with the new background
 * colour each time it changes.
 *
 * - Where the host raises `Office.EventType.OfficeThemeChanged` for the document, a handler
 *   added with `Office.context.document.addHandlerAsync` gets the new theme. Microsoft documents
 *   this event for Outlook (Mailbox 1.14, through `Office.context.mailbox`); the Excel builds of
 *   Office.js read (npm @microsoft/office-js 1.1.110: web, Windows, Mac) accept only
 *   DocumentSelectionChanged on the document, so there the call fails (a failed result or a
 *   throw), which is harmless.
 * - Whatever the host, when the pane gets the focus again (the user comes back from File >
 *   Account > Office Theme) it reads `Office.context.officeTheme` again.
 * - Where neither tells anything new, the pane keeps the theme it started with.
 *
 * @param office - Office.js (or a double)
 * @param onChange - receives the new `bodyBackgroundColor`
 * @param focusTarget - the window, whose focus event triggers a new read; null for none
 * @returns a function that stops following
 * @example
 * const stop = followOfficeTheme(Office as unknown as OfficeThemeHost, setBackground);
 */
export function followOfficeTheme(
  office: OfficeThemeHost,
  onChange: (background: string) => void,
  focusTarget: FocusTarget | null = typeof window === "undefined" ? null : window
): () => void {
  const read = (): string | null => {
    try {
      return office.context.officeTheme?.bodyBackgroundColor ?? null;
    } catch {
      return null;
    }
  };
  let last = read();
  let stopped = false;
  const report = (background: string | null | undefined) => {
    if (stopped || !background || background === last) return;
    last = background;
    onChange(background);
  };
  const onThemeChanged = (args: OfficeThemeChangedArgs) =>
    report(args?.officeTheme?.bodyBackgroundColor ?? read());
  const onFocus = () => report(read());

  const documentApi = office.context.document;
  const eventType = office.EventType?.OfficeThemeChanged;
  let subscribed = false;
  if (eventType !== undefined && typeof documentApi?.addHandlerAsync === "function") {
    const succeeded = office.AsyncResultStatus?.Succeeded ?? "succeeded";
    try {
      documentApi.addHandlerAsync(eventType, onThemeChanged, (result) => {
        subscribed = result?.status === succeeded;
      });
    } catch {
      // A host that does not know the event: the focus is what is left.
    }
  }
  focusTarget?.addEventListener("focus", onFocus);

  return () => {
    stopped = true;
    focusTarget?.removeEventListener("focus", onFocus);
    if (subscribed && typeof documentApi?.removeHandlerAsync === "function") {
      try {
        documentApi.removeHandlerAsync(eventType, { handler: onThemeChanged });
      } catch {
        // Nothing to undo.
      }
    }
  };
}
