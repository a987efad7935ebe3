/**
 * The remark plugin that guards mdx-bundler: the same sandbox checker parseScript uses, run on the
 * tree before any other plugin (mdx-bundler's own frontmatter step would otherwise add an export
 * of its own and be rejected).
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { checkSandbox, type SandboxOptions } from "../engine/index";

export function remarkSandbox(options: SandboxOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const problems = checkSandbox(tree, options);
    const first = problems[0];
    if (!first) return;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
    file.fail(`${first.message}${more} [${first.code}]`, { place: { line: first.line, column: first.column } });
  };
}
