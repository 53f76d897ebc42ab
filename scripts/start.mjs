// `npm start`: serves the add-in over HTTPS on localhost, says how to sideload it, and gives the
// address of the standalone page (the pane in a plain browser, on an .xlsx register). It never
// dies with a stack trace on a machine without Excel: sideloading is the user's step, explained.
// It opens no browser: the machines it runs on often have no display.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { createRequire } from "node:module";
import { PID_FILE } from "./devServerPidFile.mjs";

const require = createRequire(import.meta.url);
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const BASE = `https://localhost:${PORT}/`;

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true))).listen(port, "127.0.0.1");
  });
}

function instructions() {
  return `
Le complément ENT est servi sur ${BASE} (volet : ${BASE}taskpane.html).

  Sans Excel, dans un navigateur : ${BASE}standalone.html
    Le volet y travaille sur un registre au format .xlsx (Appels de contribution > Ouvrir un
    registre) et fait télécharger le classeur des appels, les PDF et le CSV. Le navigateur doit
    accepter le certificat de développement (npx office-addin-dev-certs install).

Excel n'est pas lancé automatiquement. Pour charger le complément (« sideload ») :

  Excel sur le web
    Insertion > Compléments > Mes compléments > Charger mon complément,
    puis choisissez le fichier manifest.xml de ce dossier.

  Excel pour Windows
    1. Faites approuver le certificat de développement : npx office-addin-dev-certs install
    2. Partagez un dossier contenant manifest.xml, ajoutez-le dans Fichier > Options >
       Centre de gestion de la confidentialité > Catalogues de compléments approuvés,
       redémarrez Excel, puis Insertion > Mes compléments > Dossier partagé.

  Excel pour Mac
    Copiez manifest.xml dans ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
    (créez le dossier wef s'il n'existe pas), redémarrez Excel, puis Insertion > Mes compléments.

Les fonctions apparaissent ensuite sous ENT. (par exemple =ENT.CONTRIB(1209; 2024)).
Arrêt : Ctrl+C ici, ou npm stop depuis un autre terminal.
`;
}

async function main() {
  if (!(await portIsFree(PORT))) {
    console.error(
      `Le port ${PORT} est déjà utilisé : un serveur tourne peut-être déjà (npm stop l'arrête).`
    );
    process.exit(1);
  }
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  fs.writeFileSync(PID_FILE, String(server.pid));
  let announced = false;
  const watch = (chunk) => {
    const text = chunk.toString();
    if (/error/i.test(text) && !/compiled successfully/.test(text)) process.stderr.write(text);
    if (!announced && /compiled (successfully|with \d+ warning)/.test(text)) {
      announced = true;
      console.log(instructions());
    }
  };
  server.stdout.on("data", watch);
  server.stderr.on("data", watch);
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code, signal) => {
    fs.rmSync(PID_FILE, { force: true });
    if (signal || code === 0) process.exit(0);
    console.error(
      `Le serveur de développement s'est arrêté (code ${code}). Voir les messages ci-dessus.`
    );
    process.exit(code ?? 1);
  });
  console.log(`Compilation du complément et démarrage du serveur sur ${BASE}…`);
}

main().catch((error) => {
  console.error(`npm start : ${error.message}`);
  process.exit(1);
});
