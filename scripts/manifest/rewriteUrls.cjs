"use strict";
// Single implementation of the manifest URL rewrite, shared by webpack.config.js (plain JS,
// CommonJS) and by scripts/manifest/checkManifest.ts (which re-exports it). Types for
// TypeScript callers live in rewriteUrls.d.cts.

/**
 * Base URL of every development URL in manifest.xml (the webpack dev server).
 * @type {string}
 */
const DEV_BASE_URL = "https://localhost:3000/";

/** Characters that would break an XML attribute value or make the base ambiguous. */
const FORBIDDEN_CHARS = /[\s"'<>&\\]/;

/**
 * Replaces every occurrence of the development base URL in a manifest with the production
 * base URL (e.g. when webpack copies manifest.xml into dist/).
 *
 * @param {string} xml Manifest text.
 * @param {string} devBase Development base, ending with "/" (usually DEV_BASE_URL).
 * @param {string} prodBase Production base: an absolute https URL ending with "/", without
 *   query string, fragment, quotes, "&", "<", ">" or spaces.
 * @returns {string} The manifest with every devBase occurrence replaced by prodBase.
 * @throws {Error} When devBase or prodBase is not acceptable (message in French).
 */
function rewriteManifestUrls(xml, devBase, prodBase) {
  if (typeof xml !== "string") {
    throw new Error("rewriteManifestUrls : le manifeste doit être une chaîne de caractères.");
  }
  if (typeof devBase !== "string" || devBase.length === 0 || !devBase.endsWith("/")) {
    throw new Error(
      `URL de base de développement invalide : « ${String(devBase)} ». Elle doit se terminer par « / » (exemple : ${DEV_BASE_URL}).`
    );
  }
  if (typeof prodBase !== "string" || prodBase.length === 0) {
    throw new Error(
      "URL de base de production manquante : indiquez une URL https se terminant par « / »."
    );
  }
  if (FORBIDDEN_CHARS.test(prodBase)) {
    throw new Error(
      `URL de base de production invalide : « ${prodBase} » contient un espace ou un caractère interdit (" ' < > & \\).`
    );
  }
  /** @type {URL} */
  let parsed;
  try {
    parsed = new URL(prodBase);
  } catch {
    throw new Error(
      `URL de base de production invalide : « ${prodBase} » n'est pas une URL absolue.`
    );
  }
  if (parsed.protocol !== "https:") {
    throw new Error(
      `URL de base de production invalide : « ${prodBase} » doit utiliser https (Office refuse les compléments servis en ${parsed.protocol.replace(":", "")}).`
    );
  }
  if (!prodBase.endsWith("/")) {
    throw new Error(
      `URL de base de production invalide : « ${prodBase} » doit se terminer par « / ».`
    );
  }
  if (
    parsed.search !== "" ||
    parsed.hash !== "" ||
    parsed.username !== "" ||
    parsed.password !== ""
  ) {
    throw new Error(
      `URL de base de production invalide : « ${prodBase} » ne doit contenir ni paramètres (?), ni fragment (#), ni identifiants.`
    );
  }
  return xml.split(devBase).join(prodBase);
}

module.exports = { DEV_BASE_URL, rewriteManifestUrls };
