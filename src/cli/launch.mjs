// `npm run statements`: runs the statements command from its compiled bundle (cliBundle.mjs),
// building it first after a change to its sources. When it cannot be built (esbuild missing,
// node_modules read-only), the command runs through tsx instead, only slower.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCliBundle } from "./cliBundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));

let cli = null;
try {
  cli = (await ensureCliBundle()).cli;
} catch (error) {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  process.stderr.write(
    `Note : compilation de la commande impossible (${reason}) ; exécution par tsx, plus lente.\n`
  );
}

if (cli !== null) {
  // Stacks (ENT_DEBUG=1) then point into the TypeScript sources.
  if (process.env.ENT_DEBUG === "1") process.setSourceMapsEnabled(true);
  // cli.js reads process.argv and sets process.exitCode itself.
  createRequire(import.meta.url)(cli);
} else {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(here, "cli.ts"), ...process.argv.slice(2)],
    { stdio: "inherit" }
  );
  // The command cleans up on Ctrl+C (it removes its temporary folder): a signal sent to this
  // process alone is passed on, and this one waits for the command to end.
  const signals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const signal of Object.keys(signals))
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  child.on("exit", (code, signal) => {
    process.exitCode = code ?? signals[signal] ?? 3;
  });
}
