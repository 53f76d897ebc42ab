/* Build of the add-in: the custom functions, the task pane, their metadata and the manifest. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { rewriteManifestUrls } = require("./scripts/manifest/rewriteUrls.cjs");
const { LocalizedMetadataPlugin } = require("./scripts/metadata/localizedMetadataPlugin.cjs");

/** Every URL of manifest.xml starts with this during development. */
const DEV_BASE_URL = "https://localhost:3000/";
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** Where office-addin-dev-certs writes its localhost certificate. */
const DEV_CERTS_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/**
 * The base URL a production build is deployed to: `--env baseUrl=…` or ADDIN_BASE_URL.
 * A production manifest pointing at localhost would install an add-in that never loads, so a
 * missing base URL stops the build.
 */
function productionBaseUrl(env) {
  const baseUrl = (env && env.baseUrl) || process.env.ADDIN_BASE_URL;
  if (!baseUrl) {
    throw new Error(
      "Build de production : donnez l'adresse de déploiement, par exemple\n" +
        "  ADDIN_BASE_URL=https://intranet.example.fr/ent/ npm run build\n" +
        "ou npm run build -- --env baseUrl=https://intranet.example.fr/ent/"
    );
  }
  return baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
}

/** HTTPS for the dev server: the office-addin-dev-certs certificate when there is one, else a self-signed one. */
function devServerHttps() {
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((name) =>
    path.join(DEV_CERTS_DIR, name)
  );
  if (files.every((file) => fs.existsSync(file))) {
    const [key, cert, ca] = files.map((file) => fs.readFileSync(file));
    return { type: "https", options: { key, cert, ca } };
  }
  return { type: "https" };
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = production ? productionBaseUrl(env) : DEV_BASE_URL;
  return {
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      // Type checking is `npm run typecheck` (part of lint): ts-loader type-checks the source
      // before the custom-functions loader appends its associate calls and then reports them.
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new LocalizedMetadataPlugin({
        source: "functions.json",
        translations: path.resolve(__dirname, "src/functions/metadata/en-US.json"),
        output: "functions.en-US.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the functions run in the task pane's page.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        // After the template's office.js, in <head>, deferred: they run once the page is parsed,
        // so after Office.js has run (or failed), functions.js first (see taskpane.html).
        inject: "head",
        scriptLoading: "defer",
      }),
      // The same pane for a plain browser, on an .xlsx file: no Office.js (so no request leaves
      // the server it is served from) and no custom functions, which only Excel can run.
      new HtmlWebpackPlugin({
        filename: "standalone.html",
        template: "./src/taskpane/standalone.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The help pages (SupportUrl and LearnMoreUrl of the manifest): static, copied as is
          // (marked minimized, so that the production build's HTML minimizer leaves them alone).
          { from: "src/help/*.{html,css}", to: "[name][ext]", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production ? rewriteManifestUrls(content.toString(), DEV_BASE_URL, baseUrl) : content,
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      server: devServerHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
