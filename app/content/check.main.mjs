// `npm run content:check`: the checker bundled to plain JavaScript (checkBuild.mjs), then run by
// node itself. `tsx app/content/check.cli.ts` gives the same report, only more slowly.
import { buildChecker } from "./checkBuild.mjs";

const { cli } = await buildChecker();
await import(cli.href);
