import os from "node:os";
import path from "node:path";

/** Where `npm start` records the dev server's process id, for `npm stop`. */
export const PID_FILE = path.join(os.tmpdir(), "ent-addin-dev-server.pid");
