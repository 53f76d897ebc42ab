/**
 * End-to-end tests (`npm run test:e2e`): build the pane for production, serve it on 127.0.0.1 and
 * drive Debian's Chromium (/usr/bin/chromium) with playwright-core. Kept out of `npm test`, which
 * stays fast: a build and a browser take about two minutes. They need the chromium and
 * poppler-utils packages.
 * @type {import('jest').Config}
 */
const base = require("./jest.config.js");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: base.transform,
  // The build alone takes about a minute and a half.
  testTimeout: 120_000,
};
