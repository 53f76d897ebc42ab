// `npm stop`: stops the dev server started by `npm start`.
import fs from "node:fs";
import { PID_FILE } from "./devServerPidFile.mjs";

if (!fs.existsSync(PID_FILE)) {
  console.log("Aucun serveur de développement du complément ENT n'est en cours.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`Serveur de développement arrêté (processus ${pid}).`);
} catch {
  console.log(`Le processus ${pid} n'existait plus.`);
}
fs.rmSync(PID_FILE, { force: true });
