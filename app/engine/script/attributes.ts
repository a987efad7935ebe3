/**
 * Reading a component's attributes into typed values, reporting each bad one where it is written,
 * with a stable code and the values its message is made of.
 */
import { attributesOf, positionOf, type AttributeValue, type JsxElement } from "./mdast";
import type { SourceText } from "./source";
import type { Position, Problem, ProblemParams, Severity } from "./types";

export class AttributeReader {
  private readonly attributes: Map<string, AttributeValue>;
  private readonly used = new Set<string>();
  private readonly nodes = new Map<string, JsxElement["attributes"][number]>();

  constructor(
    private readonly node: JsxElement,
    private readonly problems: Problem[],
    private readonly source?: SourceText,
  ) {
    this.attributes = attributesOf(node);
    for (const attribute of node.attributes) if (attribute.type === "mdxJsxAttribute") this.nodes.set(attribute.name, attribute);
  }

  get name(): string {
    return this.node.name ?? "fragment";
  }

  private error(pos: Position, code: string, message: string, params: ProblemParams): void {
    this.problems.push({ ...pos, code, message, severity: "error", params: { element: this.name, ...params } });
  }

  position(name: string): Position | undefined {
    return this.attributes.get(name)?.pos;
  }

  has(name: string): boolean {
    return this.attributes.has(name);
  }

  /**
   * The value as written and a function from an offset inside it to a file position, for messages
   * that point inside the value (a condition's bad name). Falls back to the attribute's position.
   */
  located(name: string): { raw: string; at: (offset: number) => Position } | undefined {
    const found = this.attributes.get(name);
    if (!found || found.value === true) return undefined;
    const fallback = found.pos;
    const attribute = this.nodes.get(name);
    const written = attribute && this.source?.attributeValue(attribute);
    const source = this.source;
    if (!written || !source) return { raw: found.value, at: () => fallback };
    return { raw: written.raw, at: (offset) => source.positionAt(written.offset + offset) };
  }

  /** A text attribute; a bare flag where text is needed is an error. */
  text(name: string): string | undefined {
    this.used.add(name);
    const found = this.attributes.get(name);
    if (!found) return undefined;
    if (found.value === true || found.value.trim() === "") {
      this.error(found.pos, "parse.attribute-value", `<${this.name}> ${name} needs a value, e.g. ${name}="…"`, { attribute: name });
      return undefined;
    }
    return found.value.trim();
  }

  required(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined && !this.attributes.has(name)) {
      this.error(positionOf(this.node), "parse.missing-attribute", `<${this.name}> needs ${name}="…"`, { attribute: name });
    }
    return value;
  }

  flag(name: string): boolean {
    this.used.add(name);
    const found = this.attributes.get(name);
    return found !== undefined && found.value !== "false";
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], required: boolean): T | undefined {
    const value = required ? this.required(name) : this.text(name);
    if (value === undefined) return undefined;
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined) {
      this.error(
        this.position(name) ?? positionOf(this.node),
        "parse.attribute-choice",
        `<${this.name}> ${name}="${value}" must be one of: ${allowed.join(", ")}`,
        { attribute: name, value, allowed: allowed.join(", ") },
      );
    }
    return match;
  }

  /** A comma-separated list, each item checked against `allowed` when given. */
  list<T extends string>(name: string, allowed?: readonly T[]): string[] {
    const value = this.text(name);
    if (value === undefined) return [];
    const items = value
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    if (allowed) {
      for (const item of items) {
        if (!allowed.some((candidate) => candidate === item)) {
          this.error(
            this.position(name) ?? positionOf(this.node),
            "parse.attribute-choice",
            `<${this.name}> ${name}: "${item}" must be one of: ${allowed.join(", ")}`,
            { attribute: name, value: item, allowed: allowed.join(", ") },
          );
        }
      }
    }
    return items;
  }

  /** A signed whole number such as "+15" or "-1". */
  integer(name: string, min: number, max: number): number | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const parsed = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      this.error(
        this.position(name) ?? positionOf(this.node),
        "parse.attribute-number",
        `<${this.name}> ${name}="${value}" must be a whole number from ${min} to ${max}`,
        { attribute: name, value, min, max },
      );
      return undefined;
    }
    return parsed;
  }

  /** Attributes the component does not know: in scripts an error, elsewhere a warning. */
  reportUnused(severity: Severity = "warning"): void {
    for (const [name, found] of this.attributes) {
      if (this.used.has(name)) continue;
      this.problems.push({
        ...found.pos,
        code: "parse.unknown-attribute",
        message: `<${this.name}> has no attribute ${name}`,
        severity,
        params: { element: this.name, attribute: name },
      });
    }
  }
}
