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
