// Type declarations for rewriteUrls.cjs (kept in CommonJS so that webpack.config.js can
// require it directly). Keep in sync with the JSDoc there.

/** Base URL of every development URL in manifest.xml (the webpack dev server). */
export declare const DEV_BASE_URL: string;

/**
 * Replaces every occurrence of the development base URL in a manifest with the production
 * base URL. prodBase must be an absolute https URL ending with "/", without query string,
 * fragment, quotes, "&", "<", ">" or spaces; otherwise an Error (French message) is thrown.
 */
export declare function rewriteManifestUrls(xml: string, devBase: string, prodBase: string): string;
