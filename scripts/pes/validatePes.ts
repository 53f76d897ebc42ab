import { readFile } from "node:fs/promises";
import { checkPesXsd } from "./pesXsd";

// `npm run validate:pes -- <fichier.xml>…`: checks PES V2 files against DGFiP's schemas
// (vendored in scripts/pes/schemas/pes-v2/), offline. Exit 0 when every file is valid, 1 when
// one is not, 2 without a file to check.

async function main(files: readonly string[]): Promise<number> {
  if (files.length === 0) {
    console.error("Usage : npm run validate:pes -- <fichier PES.xml> [autres fichiers…]");
    return 2;
  }
  const texts = await Promise.all(files.map((file) => readFile(file, "utf8")));
  const results = await checkPesXsd(texts);
  let code = 0;
  results.forEach((problems, index) => {
    const file = files[index] ?? "";
    if (problems.length === 0) {
      console.log(`${file} : conforme aux schémas PES V2 de la DGFiP (PES_Aller.xsd, v5.17).`);
      return;
    }
    code = 1;
    console.error(`${file} : NON conforme (${problems.length} erreur(s)) :`);
    for (const problem of problems)
      console.error(`  ${problem.replace(/^pes-\d+\.xml:/, "ligne ")}`);
  });
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
);
