const { Compilation, sources, WebpackError } = require("webpack");
const fs = require("fs");
const { localizeMetadata } = require("./localizeMetadata.cjs");

const NAME = "LocalizedMetadataPlugin";

/**
 * Webpack plugin that emits the en-US custom-functions metadata next to the French
 * functions.json written by CustomFunctionsMetadataPlugin (which runs first).
 */
class LocalizedMetadataPlugin {
  /**
   * @param {{ source: string, translations: string, output: string }} options - the French asset
   *   name, the path of the English texts (JSON), the asset name to emit
   */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(this.options.translations);
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const french = compilation.getAsset(this.options.source);
          if (!french) return; // the metadata plugin already reported why
          try {
            const english = JSON.parse(fs.readFileSync(this.options.translations, "utf8"));
            const localized = localizeMetadata(
              JSON.parse(french.source.source().toString()),
              english
            );
            compilation.emitAsset(
              this.options.output,
              new sources.RawSource(JSON.stringify(localized, null, 4))
            );
          } catch (error) {
            compilation.errors.push(new WebpackError(`${NAME}: ${error.message}`));
          }
        }
      );
    });
  }
}

module.exports = { LocalizedMetadataPlugin };
