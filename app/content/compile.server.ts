/**
 * MDX → bundled component code, on the server only. The sandbox plugin runs first and refuses the
 * file before esbuild sees it; compiled output is cached by a hash of the source plus
 * COMPILER_VERSION, so a change in this pipeline invalidates every cached build.
 */
import { createHash } from "node:crypto";
import { bundleMDX } from "mdx-bundler";
import type { Position, SandboxOptions } from "../engine/index";
import { remarkSandbox } from "./sandboxPlugin";

/** Bump when the compile pipeline changes in a way that changes output. */
export const COMPILER_VERSION = "callcraft-mdx-1";

export interface CompiledMdx {
  code: string;
  frontmatter: Record<string, unknown>;
  hash: string;
}

export class MdxCompileError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(`${position.line}:${position.column} ${message}`);
    this.name = "MdxCompileError";
  }
}

export function contentHash(source: string): string {
  return createHash("sha256").update(COMPILER_VERSION).update("\u0000").update(source).digest("hex");
}

export async function compileMdx(source: string, options: SandboxOptions = {}): Promise<CompiledMdx> {
  try {
    const result = await bundleMDX({
      source,
      mdxOptions(mdx) {
        mdx.remarkPlugins = [[remarkSandbox, options], ...(mdx.remarkPlugins ?? [])];
        return mdx;
      },
      esbuildOptions(esbuild) {
        esbuild.logLevel = "silent";
        return esbuild;
      },
    });
    return { code: result.code, frontmatter: { ...result.frontmatter }, hash: contentHash(source) };
  } catch (error) {
    throw toCompileError(error);
  }
}

/** esbuild wraps a plugin's failure: the place is in errors[0].location, the reason in its text. */
function toCompileError(error: unknown): MdxCompileError {
  const first = readFirstMessage(error);
  if (!first) return new MdxCompileError(error instanceof Error ? error.message : String(error), { line: 1, column: 1 });
  const location = first.location ?? undefined;
  const detail = readPlace(first.detail);
  const position = detail ?? (location ? { line: location.line, column: location.column + 1 } : { line: 1, column: 1 });
  return new MdxCompileError(cleanReason(first.text), position);
}

/** esbuild prefixes "Cannot process MDX file…" and a fake path with line:column; keep the reason. */
function cleanReason(text: string): string {
  const last =
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? text;
  return last.replace(/^.*?\d+:\d+(?:-\d+:\d+)?:\s*/, "");
}

interface EsbuildMessage {
  text: string;
  location?: { line: number; column: number } | null;
  detail?: unknown;
}

function readFirstMessage(error: unknown): EsbuildMessage | undefined {
  if (typeof error !== "object" || error === null || !("errors" in error) || !Array.isArray(error.errors)) return undefined;
  const first: unknown = error.errors[0];
  if (typeof first !== "object" || first === null || !("text" in first) || typeof first.text !== "string") return undefined;
  const location = "location" in first ? readPlace(first.location) : undefined;
  return { text: first.text, ...(location && { location }), ...("detail" in first && { detail: first.detail }) };
}

/** The VFileMessage in `detail` carries the line and column the sandbox reported. */
function readPlace(value: unknown): Position | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if ("line" in value && "column" in value && typeof value.line === "number" && typeof value.column === "number") {
    return { line: value.line, column: value.column };
  }
  return undefined;
}
