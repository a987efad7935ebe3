import path from "node:path";

// Several Playwright runs may share a checkout (two developers, or a developer and a benchmark):
// each run gets its own folder, output directory and ports. The id is fixed by the first process
// that loads the config and inherited by the workers it spawns.
process.env.CALLCRAFT_RUN ??= String(process.pid);
export const RUN_ID = process.env.CALLCRAFT_RUN;
export const TMP_DIR = path.resolve("tests/.tmp", `run-${RUN_ID}`);
export const TEMPLATE_DB = path.join(TMP_DIR, "template.db");
export const OUTPUT_DIR = path.resolve("test-results", `run-${RUN_ID}`);
/** 4100–5700: room for two workers (and a spare) per run. */
export const PORT_BASE = 4100 + (Number(RUN_ID) % 400) * 4;
