import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// `npm run statements` keeps the journal of each series of numbers in the user's data folder
// unless ENT_JOURNAL_DIR names another. No test may write there: every test file gets its own
// temporary folder, which the commands it spawns inherit. Tests that need a particular folder
// still pass their own.
process.env.ENT_JOURNAL_DIR = mkdtempSync(join(tmpdir(), "ent-journaux-test-"));
