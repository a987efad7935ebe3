/**
 * Turning each top-level component (<Step>, <Objection>, <Reveal>, <End>) and a step's
 * <Reaction>s into their definitions. Unknown attributes are errors: in a format with conditions,
 * a misspelt `wehn` silently ignored would change what the call does.
 */
import { OBJECTION_TYPES, SKILLS } from "../vocabulary";
import { collect, readLines, readOptions, reader, texts } from "./children";
import { positionOf, textOf, type JsxElement } from "./mdast";
import { readSets, readSpeaker, readWhen, type Reading } from "./read";
import { OUTCOMES, type EndDef, type GoalDef, type ObjectionDef, type ReactionDef, type RevealDef, type StepDef } from "./types";

function readReaction(node: JsxElement, reading: Reading): ReactionDef | undefined {
  const attributes = reader(node, reading);
  const id = attributes.required("id");
  const weight = attributes.integer("weight", 0, 1000) ?? 1;
  const when = readWhen(attributes, reading);
  const to = attributes.text("to");
  const toPos = attributes.position("to");
  const sets = readSets(attributes, reading);
  const speaker = readSpeaker(attributes, reading);
  attributes.reportUnused("error");
  const children = collect(node, ["Lead", "Option", "Hint", "Note"], reading);
  if (id === undefined) return undefined;
  return {
    id,
    weight,
    pos: positionOf(node),
    lines: readLines(children.get("Lead"), reading),
    options: readOptions(children.get("Option"), id, "reaction", reading),
    hints: texts(children.get("Hint")),
    notes: texts(children.get("Note")),
    ...(when && { when }),
    ...(to !== undefined && { to }),
    ...(toPos && { toPos }),
    ...(sets && { sets }),
    ...(speaker !== undefined && { speaker }),
  };
}

export function readStep(node: JsxElement, reading: Reading): StepDef | undefined {
  const attributes = reader(node, reading);
  const id = attributes.required("id");
  const skill = attributes.oneOf("skill", SKILLS, false);
  const objection = attributes.flag("objection");
  const speaker = readSpeaker(attributes, reading);
  attributes.reportUnused("error");
  const children = collect(node, ["Lead", "Option", "Hint", "Note", "Reaction"], reading);
  const reactions = (children.get("Reaction") ?? [])
    .map((child) => readReaction(child, reading))
    .filter((reaction) => reaction !== undefined);
  if (id === undefined) return undefined;
  return {
    id,
    objection,
    pos: positionOf(node),
    ...(skill && { skill }),
    ...(speaker !== undefined && { speaker }),
    lines: readLines(children.get("Lead"), reading),
    options: readOptions(children.get("Option"), id, "step", reading),
    reactions,
    hints: texts(children.get("Hint")),
    notes: texts(children.get("Note")),
  };
}

export function readObjection(node: JsxElement, reading: Reading): ObjectionDef | undefined {
  const attributes = reader(node, reading);
  const id = attributes.required("id");
  const type = attributes.oneOf("type", OBJECTION_TYPES, true);
  const at = attributes.list("at");
  const atPos = attributes.position("at");
  const when = readWhen(attributes, reading);
  const weight = attributes.integer("weight", 0, 1000) ?? 1;
  const speaker = readSpeaker(attributes, reading);
  const sets = readSets(attributes, reading);
  attributes.reportUnused("error");
  const children = collect(node, ["Lead", "Option", "Model", "Note"], reading);
  if (id === undefined || type === undefined) return undefined;
  const [model] = texts(children.get("Model"));
  return {
    id,
    type,
    at,
    weight,
    pos: positionOf(node),
    ...(atPos && { atPos }),
    ...(model !== undefined && { model }),
    ...(when && { when }),
    ...(speaker !== undefined && { speaker }),
    ...(sets && { sets }),
    lines: readLines(children.get("Lead"), reading),
    options: readOptions(children.get("Option"), id, "objection", reading),
    notes: texts(children.get("Note")),
  };
}

export function readReveal(node: JsxElement, reading: Reading): RevealDef | undefined {
  const attributes = reader(node, reading);
  const fact = attributes.required("fact");
  const factPos = attributes.located("fact")?.at(0) ?? attributes.position("fact");
  const minTrust = attributes.integer("minTrust", 0, 100) ?? 0;
  const when = readWhen(attributes, reading);
  const sets = readSets(attributes, reading);
  const speaker = readSpeaker(attributes, reading);
  attributes.reportUnused("error");
  const children = collect(node, ["Ask", "Lead"], reading);
  if (fact === undefined) return undefined;
  reading.refs.push({ kind: "fact", name: fact, pos: factPos ?? positionOf(node) });
  const asks = (children.get("Ask") ?? []).map((ask) => ({ text: textOf(ask), pos: positionOf(ask) })).filter((ask) => ask.text !== "");
  return {
    fact,
    minTrust,
    asks,
    lines: readLines(children.get("Lead"), reading),
    pos: positionOf(node),
    ...(when && { when }),
    ...(sets && { sets }),
    ...(speaker !== undefined && { speaker }),
  };
}

function readGoal(node: JsxElement, reading: Reading): GoalDef | undefined {
  const attributes = reader(node, reading);
  const hasWhen = attributes.has("when");
  const when = readWhen(attributes, reading);
  const points = attributes.integer("points", 0, 100);
  if (!attributes.has("points")) attributes.required("points");
  if (!hasWhen) attributes.required("when");
  attributes.reportUnused("error");
  if (!when || points === undefined) return undefined;
  return { when, points, pos: positionOf(node) };
}

export function readEnd(node: JsxElement, reading: Reading): EndDef | undefined {
  const attributes = reader(node, reading);
  const id = attributes.required("id");
  const outcome = attributes.oneOf("outcome", OUTCOMES, true);
  const goal = attributes.integer("goal", 0, 100);
  const speaker = readSpeaker(attributes, reading);
  attributes.reportUnused("error");
  const children = collect(node, ["Lead", "Goal"], reading);
  const goals = (children.get("Goal") ?? []).map((child) => readGoal(child, reading)).filter((item) => item !== undefined);
  if (id === undefined || outcome === undefined) return undefined;
  return {
    id,
    outcome,
    goals,
    lines: readLines(children.get("Lead"), reading),
    pos: positionOf(node),
    ...(goal !== undefined && { goal }),
    ...(speaker !== undefined && { speaker }),
  };
}
