/**
 * Turning each top-level component (<Step>, <Objection>, <Reveal>, <End>) into its definition.
 */
import { OBJECTION_TYPES, OPTION_QUALITIES, QUALIFICATION_FIELDS, SKILLS, type QualificationField } from "../vocabulary";
import { AttributeReader } from "./attributes";
import { jsxChildren, positionOf, textOf, type JsxElement } from "./mdast";
import { SCRIPT_COMPONENTS } from "./sandbox";
import { OUTCOMES, type EndDef, type ObjectionDef, type OptionDef, type Problem, type RevealDef, type StepDef } from "./types";

type Collected = Map<string, JsxElement[]>;

/** Groups the component children by name; a component out of place is an error at its tag. */
function collect(parent: JsxElement, allowed: readonly string[], problems: Problem[]): Collected {
  const groups: Collected = new Map();
  for (const child of jsxChildren(parent)) {
    const name = child.name ?? "";
    if (allowed.includes(name)) groups.set(name, [...(groups.get(name) ?? []), child]);
    else if (SCRIPT_COMPONENTS.has(name)) {
      problems.push({ ...positionOf(child), code: "parse.misplaced", message: `<${name}> cannot be inside <${parent.name ?? ""}>; allowed: ${allowed.join(", ")}`, severity: "error" });
    }
  }
  return groups;
}

/** Lead lines: the first, then its variants; an empty one is an error at its tag. */
function readLines(nodes: JsxElement[] | undefined, problems: Problem[]): string[] {
  const lines: string[] = [];
  (nodes ?? []).forEach((node, index) => {
    const reader = new AttributeReader(node, problems);
    const isVariant = reader.flag("variant");
    reader.reportUnused();
    if (index > 0 && !isVariant) {
      problems.push({ ...positionOf(node), code: "parse.variant", message: "a second <Lead> is an alternative wording: mark it <Lead variant>", severity: "warning" });
    }
    const line = textOf(node);
    if (line === "") problems.push({ ...positionOf(node), code: "parse.empty", message: "<Lead> is empty", severity: "error" });
    else lines.push(line);
  });
  return lines;
}

function texts(nodes: JsxElement[] | undefined): string[] {
  return (nodes ?? []).map(textOf).filter((text) => text !== "");
}

function readOption(node: JsxElement, defaultId: string, inObjection: boolean, problems: Problem[]): OptionDef | undefined {
  const reader = new AttributeReader(node, problems);
  const id = reader.text("id") ?? defaultId;
  const to = inObjection ? reader.text("to") : reader.required("to");
  const quality = reader.oneOf("quality", OPTION_QUALITIES, true);
  const skill = reader.oneOf("skill", SKILLS, false);
  const feedback = reader.text("feedback");
  const reveals = reader.list("reveals", QUALIFICATION_FIELDS).filter(isField);
  const interest = reader.integer("interest", -100, 100);
  const trust = reader.integer("trust", -100, 100);
  const patience = reader.integer("patience", -20, 20);
  reader.reportUnused();
  const text = textOf(node);
  if (text === "") problems.push({ ...positionOf(node), code: "parse.empty", message: "<Option> has no text: write what the manager says", severity: "error" });
  if (quality === undefined || text === "") return undefined;
  const mood = { ...(interest !== undefined && { interest }), ...(trust !== undefined && { trust }), ...(patience !== undefined && { patience }) };
  const toPos = reader.position("to");
  return {
    id, text, quality, reveals, mood, pos: positionOf(node),
    ...(to !== undefined && { to }), ...(toPos && { toPos }), ...(skill && { skill }), ...(feedback !== undefined && { feedback }),
  };
}

function isField(value: string): value is QualificationField {
  return QUALIFICATION_FIELDS.some((field) => field === value);
}

function readOptions(nodes: JsxElement[] | undefined, ownerId: string, inObjection: boolean, problems: Problem[]): OptionDef[] {
  const options: OptionDef[] = [];
  (nodes ?? []).forEach((node, index) => {
    const option = readOption(node, `${ownerId}-${index + 1}`, inObjection, problems);
    if (option) options.push(option);
  });
  return options;
}

export function readStep(node: JsxElement, problems: Problem[]): StepDef | undefined {
  const reader = new AttributeReader(node, problems);
  const id = reader.required("id");
  const skill = reader.oneOf("skill", SKILLS, false);
  const objection = reader.flag("objection");
  reader.reportUnused();
  const children = collect(node, ["Lead", "Option", "Hint", "Note"], problems);
  if (id === undefined) return undefined;
  return {
    id, objection, pos: positionOf(node), ...(skill && { skill }),
    lines: readLines(children.get("Lead"), problems),
    options: readOptions(children.get("Option"), id, false, problems),
    hints: texts(children.get("Hint")),
    notes: texts(children.get("Note")),
  };
}

export function readObjection(node: JsxElement, problems: Problem[]): ObjectionDef | undefined {
  const reader = new AttributeReader(node, problems);
  const id = reader.required("id");
  const type = reader.oneOf("type", OBJECTION_TYPES, true);
  const at = reader.list("at");
  const atPos = reader.position("at");
  reader.reportUnused();
  const children = collect(node, ["Lead", "Option", "Model", "Note"], problems);
  if (id === undefined || type === undefined) return undefined;
  const [model] = texts(children.get("Model"));
  return {
    id, type, at, pos: positionOf(node), ...(atPos && { atPos }), ...(model !== undefined && { model }),
    lines: readLines(children.get("Lead"), problems),
    options: readOptions(children.get("Option"), id, true, problems),
    notes: texts(children.get("Note")),
  };
}

export function readReveal(node: JsxElement, problems: Problem[]): RevealDef | undefined {
  const reader = new AttributeReader(node, problems);
  const fact = reader.oneOf("fact", QUALIFICATION_FIELDS, true);
  const minTrust = reader.integer("minTrust", 0, 100) ?? 0;
  reader.reportUnused();
  const children = collect(node, ["Ask", "Lead"], problems);
  if (fact === undefined) return undefined;
  const asks = (children.get("Ask") ?? []).map((ask) => ({ text: textOf(ask), pos: positionOf(ask) })).filter((ask) => ask.text !== "");
  return { fact, minTrust, asks, lines: readLines(children.get("Lead"), problems), pos: positionOf(node) };
}

export function readEnd(node: JsxElement, problems: Problem[]): EndDef | undefined {
  const reader = new AttributeReader(node, problems);
  const id = reader.required("id");
  const outcome = reader.oneOf("outcome", OUTCOMES, true);
  reader.reportUnused();
  const children = collect(node, ["Lead"], problems);
  if (id === undefined || outcome === undefined) return undefined;
  return { id, outcome, lines: readLines(children.get("Lead"), problems), pos: positionOf(node) };
}
