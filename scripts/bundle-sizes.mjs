// `npm run bundle-sizes [dir]`: the gzip size of each page's initial scripts (those its HTML
// loads) and of the chunks loaded later (views, ExcelJS, the PDF writer), from a build in dist/.
// Exits with 1 when a page's initial scripts pass the budget. Measure a production build
// (`npm run build`): a development build is neither minified nor split the same way.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** Budget for the scripts a page loads before it shows anything, gzip. */
const INITIAL_BUDGET_BYTES = 200_000;

const dist = path.resolve(process.argv[2] ?? "dist");

/** Gzip size at the level of the gzip command's default (6), as a web server would send it. */
function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 6 }).length;
}

function kB(bytes) {
  return `${(bytes / 1000).toFixed(1).padStart(7)} kB`;
}

/** Local scripts a page loads, in order (Office.js from Microsoft's CDN is not ours to measure). */
function pageScripts(html) {
  // A minified page may leave attribute values unquoted.
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map(
    (match) => match[1] ?? match[2] ?? match[3]
  );
  return sources
    .filter((src) => !/^[a-z]+:\/\//i.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

function main() {
  if (!fs.existsSync(dist)) {
    console.error(`${dist} n'existe pas : lancez d'abord npm run build.`);
    process.exit(2);
  }
  const files = fs.readdirSync(dist);
  const scripts = files.filter((file) => file.endsWith(".js"));
  const sizes = new Map(scripts.map((file) => [file, gzipSize(file)]));
  const pages = files.filter((file) => file.endsWith(".html"));
  const initial = new Set();
  let over = false;

  console.log(`Taille gzip des scripts de ${path.relative(process.cwd(), dist) || "."}\n`);
  for (const page of pages) {
    const own = pageScripts(fs.readFileSync(path.join(dist, page), "utf8"));
    const total = own.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0);
    const verdict = total < INITIAL_BUDGET_BYTES ? "ok" : "AU-DESSUS DU BUDGET";
    if (total >= INITIAL_BUDGET_BYTES) over = true;
    console.log(
      `${page} : chargement initial ${kB(total)} (budget ${kB(INITIAL_BUDGET_BYTES)}) ${verdict}`
    );
    for (const file of own) {
      initial.add(file);
      console.log(`    ${kB(sizes.get(file) ?? 0)}  ${file}`);
    }
  }
  const lazy = scripts
    .filter((file) => !initial.has(file))
    .sort((a, b) => sizes.get(b) - sizes.get(a));
  const lazyTotal = lazy.reduce((sum, file) => sum + sizes.get(file), 0);
  console.log(`\nChargés plus tard, à la demande : ${kB(lazyTotal)} en tout`);
  for (const file of lazy) console.log(`    ${kB(sizes.get(file))}  ${file}`);
  if (scripts.some((file) => /\beval\(/.test(fs.readFileSync(path.join(dist, file), "utf8")))) {
    console.log(
      "\nAttention : build de développement, tailles non représentatives (npm run build)."
    );
  }
  if (over) {
    console.error(
      `\nUne page dépasse ${kB(INITIAL_BUDGET_BYTES).trim()} gzip au chargement initial.`
    );
    process.exit(1);
  }
}

main();
