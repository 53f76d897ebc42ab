/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The browser tests build the pane and drive Chromium: `npm run test:e2e` (jest.e2e.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        // Jest runs CommonJS; the bundle keeps ES modules (tsconfig.json).
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node16",
          jsx: "react-jsx",
          isolatedModules: true,
        },
      },
    ],
  },
  setupFiles: [
    "<rootDir>/test/setup/installCustomFunctionsDouble.ts",
    "<rootDir>/test/setup/installBrowserDoubles.ts",
    "<rootDir>/test/setup/isolateJournalFolder.ts",
  ],
  moduleNameMapper: {
    // office-addin-mock's dependency chain loads an ES-only module through this entry (TOOLCHAIN.md).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 30000,
};
