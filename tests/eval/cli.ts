/** Command-line options of `npm run eval`; a bad option is a message, not a stack trace. */
export type Split = "dev" | "test" | "all";

export interface Options {
  split: Split;
  details: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Options {
  let split: Split = "all";
  let details = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const value = a.startsWith("--split=") ? a.slice("--split=".length) : a === "--split" ? argv[++i] : undefined;
    if (value !== undefined || a === "--split") {
      if (value !== "dev" && value !== "test" && value !== "all")
        throw new UsageError(`--split must be dev, test or all, not "${value ?? ""}"`);
      split = value;
    } else if (a === "--details") details = true;
    else throw new UsageError(`unknown argument "${a}" (use --split dev|test|all, --details)`);
  }
  // The test split is only ever seen in aggregate: listing its misses is how tuning on it starts.
  if (details && split !== "dev")
    throw new UsageError("--details is for the dev split only: the test split is never inspected item by item");
  return { split, details };
}
