/**
 * Offsets in the MDX source → line and column, and the raw text of an attribute's value as
 * written (MDX re-indents multi-line values, so positions inside a value are found in the source).
 */
import type { Position } from "./types";

interface Located {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let index = 0; index < text.length; index++) if (text[index] === "\n") this.lineStarts.push(index + 1);
  }

  positionAt(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }

  /** The value of `name="…"` as written, and the offset where it starts; undefined for `{…}` or a flag. */
  attributeValue(node: Located): { raw: string; offset: number } | undefined {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const written = this.text.slice(start, end);
    const match = /^[^=]*=\s*(["'])/.exec(written);
    const quote = match?.[1];
    if (!match || !quote || !written.endsWith(quote)) return undefined;
    return { raw: written.slice(match[0].length, written.length - 1), offset: start + match[0].length };
  }

  /** Where `needle` first appears inside a node's span of the source, if it does. */
  find(node: Located, needle: string): Position | undefined {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const index = this.text.slice(start, end).indexOf(needle);
    return index < 0 ? undefined : this.positionAt(start + index);
  }
}
