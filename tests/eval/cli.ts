/** Command-line options of `npm run eval`; a bad option is a message, not a stack trace. */
export type Split = "dev" | "test" | "all";

export interface Options {
  split: Split;
  details: boolean;
  /** only the items of these batches (1 = the first, whose items carry no `batch`); all when empty */
  batches: readonly number[];
  /** every option of the owner is a candidate, `when` or not (the harness before round 11) */
  everyOption: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Options {
  let split: Split = "all";
  let details = false;
  let everyOption = false;
  const batches: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const value = a.startsWith("--split=") ? a.slice("--split=".length) : a === "--split" ? argv[++i] : undefined;
    if (value !== undefined || a === "--split") {
      if (value !== "dev" && value !== "test" && value !== "all")
        throw new UsageError(`--split must be dev, test or all, not "${value ?? ""}"`);
      split = value;
    } else if (a === "--details") details = true;
    else if (a === "--every-option") everyOption = true;
    else if (a === "--batch" || a.startsWith("--batch=")) {
      const raw = a === "--batch" ? argv[++i] : a.slice("--batch=".length);
      const list = (raw ?? "").split(",").map(Number);
      if (!raw || list.some((n) => !Number.isInteger(n) || n < 1))
        throw new UsageError(`--batch takes batch numbers such as 4 or 1,2, not "${raw ?? ""}"`);
      batches.push(...list);
    } else throw new UsageError(`unknown argument "${a}" (use --split dev|test|all, --batch N[,M], --details, --every-option)`);
  }
  // The test split is only ever seen in aggregate: listing its misses is how tuning on it starts.
  if (details && split !== "dev")
    throw new UsageError("--details is for the dev split only: the test split is never inspected item by item");
  return { split, details, batches, everyOption };
}
