/**
 * The real MDX bundler's verdict on a file, for content:check. Bundling (mdx-bundler: remark in
 * this thread, esbuild in its own process) takes a fifth of a library check and needs nothing the
 * engine's checks find, so with a second core a worker thread does it while this thread parses and
 * plays the scripts (checkParallel.ts); on one core it runs here, file by file.
 */
import type { Position } from "../engine/index";
import { compileMdx, MdxCompileError } from "./compile.server";

/** What the bundler said of one file: nothing, or why it refused the file and where. */
export type BundleVerdict = { ok: true } | { ok: false; message: string; position: Position };

/** Bundle `source` (with the components allowed in its kind; scripts: undefined) and say how it went. */
export type Bundle = (source: string, components: ReadonlySet<string> | undefined) => Promise<BundleVerdict>;

export async function bundleHere(source: string, components: ReadonlySet<string> | undefined): Promise<BundleVerdict> {
  try {
    await compileMdx(source, components ? { components } : {});
    return { ok: true };
  } catch (error) {
    const position = error instanceof MdxCompileError ? error.position : { line: 1, column: 1 };
    return { ok: false, message: error instanceof Error ? error.message : String(error), position };
  }
}
