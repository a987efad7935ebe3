/**
 * zod's issues on a YAML header as coded problems: a stable code, the key and the numbers or
 * choices involved, so the studio can word them in the interface language instead of showing
 * zod's English ("Too big: expected number to be <=5").
 *
 * Formats checked by a regex carry a short name as their zod message (`id-format`), which becomes
 * the code; FORMAT_TEXT words them in English.
 */
import type { Position, Problem, ProblemParams } from "./types";

export const FORMAT_TEXT: Record<string, string> = {
  "id-format": "lower-case letters, digits and dashes only",
  "name-format": "a lower-case letter, then letters, digits or underscores",
  "key-format": "a lower-case letter, then letters, digits, underscores or dashes",
};

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  maximum?: unknown;
  minimum?: unknown;
  expected?: unknown;
  values?: unknown[];
  keys?: string[];
  origin?: unknown;
  issues?: Issue[];
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

type Coded = { code: string; message: string; params: ProblemParams; path: string[] };

function coded(issue: Issue, data: unknown): Coded {
  const path = issue.path.map(String);
  const key = path.join(".") || "(root)";
  const say = (code: string, text: string, params: ProblemParams = {}): Coded => ({
    code,
    message: `header ${key}: ${text}`,
    params: { key, ...params },
    path,
  });
  const missing = valueAt(data, issue.path) === undefined;
  if (missing && (issue.code === "invalid_type" || issue.code === "invalid_value")) return say("frontmatter.required", "is required");
  switch (issue.code) {
    case "too_big":
      return say("frontmatter.range-max", `must be at most ${String(issue.maximum)}`, { max: String(issue.maximum) });
    case "too_small":
      if (issue.origin === "string") return say("frontmatter.empty", "must not be empty");
      return say("frontmatter.range-min", `must be at least ${String(issue.minimum)}`, { min: String(issue.minimum) });
    case "invalid_type":
      return say("frontmatter.type", `must be ${String(issue.expected)}`, { expected: String(issue.expected) });
    case "invalid_value":
      return say("frontmatter.choice", `must be one of: ${(issue.values ?? []).map(String).join(", ")}`, {
        allowed: (issue.values ?? []).map(String).join(", "),
      });
    case "unrecognized_keys": {
      const name = [...path, issue.keys?.[0] ?? ""].join(".");
      return {
        code: "frontmatter.unknown-key",
        message: `header ${name}: unknown key`,
        params: { key: name },
        path: [...path, issue.keys?.[0] ?? ""],
      };
    }
    case "invalid_format":
      return say(`frontmatter.${FORMAT_TEXT[issue.message] ? issue.message : "format"}`, FORMAT_TEXT[issue.message] ?? issue.message);
    case "invalid_key": {
      const inner = issue.issues?.[0]?.message ?? "";
      return say("frontmatter.key-format", FORMAT_TEXT[inner] ?? FORMAT_TEXT["key-format"] ?? "");
    }
    default:
      return say("frontmatter.invalid", "is not valid here");
  }
}

/** One problem per issue, each on the line of the nearest key that exists. */
export function headerProblems(issues: readonly Issue[], data: unknown, lineOf: (path: string[]) => Position): Problem[] {
  return issues.map((issue) => {
    const { code, message, params, path } = coded(issue, data);
    return { ...lineOf(path), code, message, params, severity: "error" as const };
  });
}
