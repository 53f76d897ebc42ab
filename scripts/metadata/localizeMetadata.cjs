/**
 * Builds the en-US custom-functions metadata from the French one generated from the JSDoc of
 * src/functions/functions.ts and the English texts of src/functions/metadata/en-US.json.
 * Ids, types, dimensions and optional flags are kept; descriptions and parameter names are
 * translated. Every function and parameter must have a translation, and every translation must
 * match a function and parameter: a mismatch is an error, so the two files cannot drift apart.
 *
 * @typedef {{ name: string, description?: string, [key: string]: unknown }} Parameter
 * @typedef {{ id: string, name: string, description?: string, parameters: Parameter[], result?: object, [key: string]: unknown }} FunctionMetadata
 * @typedef {{ description: string, result?: string, parameters: Record<string, [string, string]> }} FunctionTexts
 *
 * @param {{ functions: FunctionMetadata[], [key: string]: unknown }} french - the generated functions.json
 * @param {Record<string, FunctionTexts>} english - English texts keyed by function id
 * @returns {{ functions: FunctionMetadata[] }} the en-US metadata
 * @throws {Error} when a function or parameter has no translation, or a translation matches none
 * @example
 * localizeMetadata(JSON.parse(frenchJson), require("../../src/functions/metadata/en-US.json"));
 */
function localizeMetadata(french, english) {
  const problems = [];
  const ids = new Set(french.functions.map((fn) => fn.id));
  for (const id of Object.keys(english)) {
    if (!ids.has(id)) problems.push(`en-US.json: no function ${id} in functions.json`);
  }
  const functions = french.functions.map((fn) => {
    const texts = english[fn.id];
    if (!texts) {
      problems.push(`en-US.json: no English texts for ${fn.id}`);
      return fn;
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(texts.parameters)) {
      if (!names.has(name)) problems.push(`en-US.json: ${fn.id} has no parameter ${name}`);
    }
    const parameters = fn.parameters.map((parameter) => {
      const translation = texts.parameters[parameter.name];
      if (!translation) {
        problems.push(`en-US.json: no English text for ${fn.id}(${parameter.name})`);
        return parameter;
      }
      return { ...parameter, name: translation[0], description: translation[1] };
    });
    return { ...fn, description: texts.description, parameters };
  });
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return { ...french, functions };
}

module.exports = { localizeMetadata };
