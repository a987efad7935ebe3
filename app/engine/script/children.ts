/**
 * The children every top-level element shares: lead lines (with `when` and `speaker`), reply
 * options (with `when`, `sets` and <Example>s), and plain texts (hints, notes, a model answer).
 */
import { OPTION_QUALITIES, SKILLS } from "../vocabulary";
import { AttributeReader } from "./attributes";
import { jsxChildren, positionOf, textOf, type JsxElement } from "./mdast";
import { readPlaceholders, readSets, readSpeaker, readWhen, type Reading } from "./read";
import { SCRIPT_COMPONENTS } from "./sandbox";
import type { LineDef, OptionDef } from "./types";

export type Collected = Map<string, JsxElement[]>;

/** Elements whose content is text only: a script component inside one is an error. */
const TEXT_ONLY: ReadonlySet<string> = new Set(["Lead", "Hint", "Note", "Model", "Ask", "Example", "Goal"]);
const EXAMPLE: ReadonlySet<string> = new Set(["Example"]);

export function reader(node: JsxElement, reading: Reading): AttributeReader {
  return new AttributeReader(node, reading.problems, reading.source);
}

/** Groups the component children by name; a component out of place is an error at its tag. */
export function collect(parent: JsxElement, allowed: readonly string[], reading: Reading): Collected {
  const groups: Collected = new Map();
  for (const child of jsxChildren(parent)) {
    const name = child.name ?? "";
    if (allowed.includes(name)) {
      groups.set(name, [...(groups.get(name) ?? []), child]);
      if (TEXT_ONLY.has(name)) rejectNested(child, reading);
    } else if (SCRIPT_COMPONENTS.has(name)) {
      const code = parent.name === "Option" ? "parse.option-child" : "parse.misplaced";
      reading.problems.push({
        ...positionOf(child),
        code,
        message: `<${name}> cannot be inside <${parent.name ?? ""}>; allowed: ${allowed.join(", ") || "text only"}`,
        severity: "error",
        params: { element: name, parent: parent.name ?? "", allowed: allowed.join(", ") },
      });
    }
  }
  return groups;
}

function rejectNested(node: JsxElement, reading: Reading): void {
  for (const child of jsxChildren(node)) {
    if (!SCRIPT_COMPONENTS.has(child.name ?? "")) continue;
    reading.problems.push({
      ...positionOf(child),
      code: "parse.misplaced",
      message: `<${child.name ?? ""}> cannot be inside <${node.name ?? ""}>: it holds text only`,
      severity: "error",
      params: { element: child.name ?? "", parent: node.name ?? "", allowed: "" },
    });
  }
}

/** Lead lines. Several unconditional ones are wordings picked at random; `variant` is still accepted. */
export function readLines(nodes: JsxElement[] | undefined, reading: Reading): LineDef[] {
  const lines: LineDef[] = [];
  for (const node of nodes ?? []) {
    const attributes = reader(node, reading);
    attributes.flag("variant");
    const when = readWhen(attributes, reading);
    const speaker = readSpeaker(attributes, reading);
    attributes.reportUnused("error");
    const text = textOf(node);
    if (text === "") {
      reading.problems.push({
        ...positionOf(node),
        code: "parse.empty",
        message: "<Lead> is empty",
        severity: "error",
        params: { element: "Lead" },
      });
      continue;
    }
    readPlaceholders(text, node, reading);
    lines.push({ text, pos: positionOf(node), ...(when && { when }), ...(speaker !== undefined && { speaker }) });
  }
  return lines;
}

export function texts(nodes: JsxElement[] | undefined): string[] {
  return (nodes ?? []).map((node) => textOf(node)).filter((text) => text !== "");
}

/** Where an option may go when it has no `to`: back to the interrupted step. */
export type OptionOwner = "step" | "objection" | "reaction";

function readOption(node: JsxElement, defaultId: string, owner: OptionOwner, reading: Reading): OptionDef | undefined {
  const attributes = reader(node, reading);
  const id = attributes.text("id") ?? defaultId;
  const to = owner === "step" ? attributes.required("to") : attributes.text("to");
  const quality = attributes.oneOf("quality", OPTION_QUALITIES, true);
  const skill = attributes.oneOf("skill", SKILLS, false);
  const feedback = attributes.text("feedback");
  const reveals = attributes.list("reveals");
  const revealsPos = attributes.position("reveals");
  for (const fact of reveals) reading.refs.push({ kind: "fact", name: fact, pos: revealsPos ?? positionOf(node) });
  const interest = attributes.integer("interest", -100, 100);
  const trust = attributes.integer("trust", -100, 100);
  const patience = attributes.integer("patience", -20, 20);
  const when = readWhen(attributes, reading);
  const sets = readSets(attributes, reading);
  attributes.reportUnused("error");
  const children = collect(node, ["Example"], reading);
  const examples = texts(children.get("Example"));
  const text = textOf(node, EXAMPLE);
  if (text === "")
    reading.problems.push({
      ...positionOf(node),
      code: "parse.empty",
      message: "<Option> has no text: write what the manager says",
      severity: "error",
      params: { element: "Option" },
    });
  if (quality === undefined || text === "") return undefined;
  readPlaceholders(text, node, reading);
  const mood = {
    ...(interest !== undefined && { interest }),
    ...(trust !== undefined && { trust }),
    ...(patience !== undefined && { patience }),
  };
  const toPos = attributes.position("to");
  return {
    id,
    text,
    quality,
    reveals,
    mood,
    pos: positionOf(node),
    ...(to !== undefined && { to }),
    ...(toPos && { toPos }),
    ...(skill && { skill }),
    ...(feedback !== undefined && { feedback }),
    ...(when && { when }),
    ...(sets && { sets }),
    ...(examples.length > 0 && { examples }),
  };
}

export function readOptions(nodes: JsxElement[] | undefined, ownerId: string, owner: OptionOwner, reading: Reading): OptionDef[] {
  const options: OptionDef[] = [];
  (nodes ?? []).forEach((node, index) => {
    const option = readOption(node, `${ownerId}-${index + 1}`, owner, reading);
    if (option) options.push(option);
  });
  return options;
}
