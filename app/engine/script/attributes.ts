/**
 * Reading a component's attributes into typed values, reporting each bad one where it is written.
 */
import { attributesOf, positionOf, type AttributeValue, type JsxElement } from "./mdast";
import type { Position, Problem } from "./types";

export class AttributeReader {
  private readonly attributes: Map<string, AttributeValue>;
  private readonly used = new Set<string>();

  constructor(
    private readonly node: JsxElement,
    private readonly problems: Problem[],
  ) {
    this.attributes = attributesOf(node);
  }

  get name(): string {
    return this.node.name ?? "fragment";
  }

  private error(pos: Position, code: string, message: string): void {
    this.problems.push({ ...pos, code, message, severity: "error" });
  }

  position(name: string): Position | undefined {
    return this.attributes.get(name)?.pos;
  }

  /** A text attribute; a bare flag where text is needed is an error. */
  text(name: string): string | undefined {
    this.used.add(name);
    const found = this.attributes.get(name);
    if (!found) return undefined;
    if (found.value === true || found.value.trim() === "") {
      this.error(found.pos, "parse.attribute", `<${this.name}> ${name} needs a value, e.g. ${name}="…"`);
      return undefined;
    }
    return found.value.trim();
  }

  required(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined && !this.attributes.has(name)) {
      this.error(positionOf(this.node), "parse.missing-attribute", `<${this.name}> needs ${name}="…"`);
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
      this.error(this.position(name) ?? positionOf(this.node), "parse.attribute", `<${this.name}> ${name}="${value}" must be one of: ${allowed.join(", ")}`);
    }
    return match;
  }

  /** A comma-separated list, each item checked against `allowed` when given. */
  list<T extends string>(name: string, allowed?: readonly T[]): string[] {
    const value = this.text(name);
    if (value === undefined) return [];
    const items = value.split(",").map((item) => item.trim()).filter((item) => item !== "");
    if (allowed) {
      for (const item of items) {
        if (!allowed.some((candidate) => candidate === item)) {
          this.error(this.position(name) ?? positionOf(this.node), "parse.attribute", `<${this.name}> ${name}: "${item}" must be one of: ${allowed.join(", ")}`);
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
      this.error(this.position(name) ?? positionOf(this.node), "parse.attribute", `<${this.name}> ${name}="${value}" must be a whole number from ${min} to ${max}`);
      return undefined;
    }
    return parsed;
  }

  /** Attributes the component does not know: probably a typo, so say so without failing. */
  reportUnused(): void {
    for (const [name, found] of this.attributes) {
      if (this.used.has(name)) continue;
      this.problems.push({ ...found.pos, code: "parse.unknown-attribute", message: `<${this.name}> has no attribute ${name}`, severity: "warning" });
    }
  }
}
