/**
 * The state diagram of a script, laid out on the server: columns by breadth-first depth from the
 * first step, ends in the last column, unreachable steps in a column of their own before the ends.
 * A hand-rolled layered layout is enough here: scripts are tens of nodes whose replies mostly move
 * forward, and a layout library (dagre) would add weight to solve crossings we rarely have.
 */
import type { OptionQuality } from "../vocabulary";
import { asV2Shape } from "./legacy";
import { LEAD_SPEAKER, type AnyScriptDefinition, type OptionDef, type ScriptDefinition, type StepDef } from "./types";

export interface DiagramNode {
  id: string;
  kind: "step" | "end";
  x: number;
  y: number;
  /** the lead may raise an objection here */
  objection: boolean;
  outcome: string | null;
  unreachable: boolean;
  /** who speaks at this step when it is not the persona: the speaker's name */
  speaker: string | null;
  /** the ways the lead may react on entering the step */
  reactions: { id: string; weight: number; when: string | null }[];
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** the best quality among the replies that take this route */
  quality: OptionQuality;
  replies: number;
  path: string;
  /** a reply (an option's) or a reaction passing straight on */
  kind: "reply" | "pass";
  /** the `when`s of the options (or reactions) on this route; empty when one is unconditional */
  conditions: string[];
}

/** An objection from the pool, drawn dashed in a lane under the steps. */
export interface DiagramObjection {
  id: string;
  type: string;
  x: number;
  y: number;
  /** no `at`: the lead may raise it at any step with the objection flag */
  anywhere: boolean;
  /** its trigger, when it has one */
  when: string | null;
}

/** A dashed line from an objection to a step named in its `at`. */
export interface DiagramLink {
  objection: string;
  step: string;
  path: string;
}

export interface Diagram {
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  objections: DiagramObjection[];
  links: DiagramLink[];
}

const NODE_W = 150;
const NODE_H = 40;
const COL_GAP = 60;
const ROW_GAP = 22;
const PAD = 16;
const QUALITY_RANK: Record<OptionQuality, number> = { best: 3, good: 2, ok: 1, bad: 0 };

function addRoute(
  edges: Map<string, DiagramEdge>,
  from: string,
  option: Pick<OptionDef, "to" | "quality" | "when">,
  kind: DiagramEdge["kind"],
): void {
  if (!option.to) return;
  const key = `${from}\u0000${option.to}\u0000${kind}`;
  const when = option.when?.text ?? null;
  const seen = edges.get(key);
  if (!seen) {
    edges.set(key, { from, to: option.to, quality: option.quality, replies: 1, path: "", kind, conditions: when ? [when] : [] });
    return;
  }
  seen.replies += 1;
  if (QUALITY_RANK[option.quality] > QUALITY_RANK[seen.quality]) seen.quality = option.quality;
  // One unconditional reply makes the route always open: its conditions no longer matter.
  seen.conditions = when && seen.conditions.length > 0 ? [...new Set([...seen.conditions, when])] : [];
}

function routes(def: ScriptDefinition): Map<string, DiagramEdge> {
  const edges = new Map<string, DiagramEdge>();
  for (const step of def.steps) {
    for (const option of step.options) addRoute(edges, step.id, option, "reply");
    for (const reaction of step.reactions) {
      for (const option of reaction.options) addRoute(edges, step.id, option, "reply");
      if (reaction.options.length === 0) addRoute(edges, step.id, { to: reaction.to, quality: "ok", when: reaction.when }, "pass");
    }
  }
  return edges;
}

/** The name of whoever speaks the step's first line, unless it is the persona. */
function speakerOf(def: ScriptDefinition, step: StepDef): string | null {
  const id = step.lines[0]?.speaker ?? step.speaker ?? LEAD_SPEAKER;
  return id === LEAD_SPEAKER ? null : (def.meta.speakers[id]?.name ?? id);
}

function depths(def: ScriptDefinition, edges: DiagramEdge[]): Map<string, number> {
  const depth = new Map<string, number>();
  const first = def.steps[0];
  if (!first) return depth;
  const stepIds = new Set(def.steps.map((step) => step.id));
  depth.set(first.id, 0);
  const queue = [first.id];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const here = depth.get(id) ?? 0;
    for (const edge of edges) {
      if (edge.from !== id || !stepIds.has(edge.to) || depth.has(edge.to)) continue;
      depth.set(edge.to, here + 1);
      queue.push(edge.to);
    }
  }
  return depth;
}

function columnsOf(def: ScriptDefinition, edges: DiagramEdge[]): { column: Map<string, number>; reached: Set<string> } {
  const depth = depths(def, edges);
  const lastStepColumn = Math.max(0, ...depth.values());
  const hasUnreachable = def.steps.some((step) => !depth.has(step.id));
  const column = new Map(depth);
  for (const step of def.steps) if (!depth.has(step.id)) column.set(step.id, lastStepColumn + 1);
  const endColumn = lastStepColumn + (hasUnreachable ? 2 : 1);
  for (const end of def.ends) column.set(end.id, endColumn);
  return { column, reached: new Set(depth.keys()) };
}

function edgePath(from: DiagramNode, to: DiagramNode): string {
  if (to.x > from.x) {
    const [sx, sy, tx, ty] = [from.x + NODE_W, from.y + NODE_H / 2, to.x, to.y + NODE_H / 2];
    const bend = (tx - sx) / 2;
    return `M${sx},${sy} C${sx + bend},${sy} ${tx - bend},${ty} ${tx},${ty}`;
  }
  // Backward or same-column routes loop under the nodes so they do not cross the forward ones.
  const [sx, sy, tx, ty] = [from.x + NODE_W / 2, from.y + NODE_H, to.x + NODE_W / 2 + 8, to.y + NODE_H];
  const dip = Math.max(sy, ty) + 30;
  return `M${sx},${sy} C${sx},${dip} ${tx},${dip} ${tx},${ty}`;
}

/** Under a step or end, down to the top of an objection in the lane. */
function linkPath(objection: DiagramObjection, step: DiagramNode): string {
  const [sx, sy, tx, ty] = [objection.x + NODE_W / 2, objection.y, step.x + NODE_W / 2, step.y + NODE_H];
  const mid = (sy + ty) / 2;
  return `M${sx},${sy} C${sx},${mid} ${tx},${mid} ${tx},${ty}`;
}

/** The objection lane: one dashed node per objection, in file order, under everything else. */
function objectionLane(def: ScriptDefinition, byId: Map<string, DiagramNode>, top: number) {
  const objections = def.objections.map((objection, index) => ({
    id: objection.id,
    type: objection.type,
    x: PAD + index * (NODE_W + COL_GAP / 2),
    y: top,
    anywhere: objection.at.length === 0,
    when: objection.when?.text ?? null,
  }));
  const links = def.objections.flatMap((objection, index) => {
    const node = objections[index];
    return objection.at.flatMap((stepId) => {
      const step = byId.get(stepId);
      return node && step ? [{ objection: objection.id, step: stepId, path: linkPath(node, step) }] : [];
    });
  });
  const width = objections.length === 0 ? 0 : PAD * 2 + objections.length * NODE_W + (objections.length - 1) * (COL_GAP / 2);
  return { objections, links, width };
}

export function layoutDiagram(stored: AnyScriptDefinition): Diagram {
  const def = asV2Shape(stored);
  const edges = [...routes(def).values()];
  const { column, reached } = columnsOf(def, edges);
  const rows = new Map<number, number>();
  const place = (id: string) => {
    const col = column.get(id) ?? 0;
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    return { x: PAD + col * (NODE_W + COL_GAP), y: PAD + row * (NODE_H + ROW_GAP) };
  };
  const nodes: DiagramNode[] = [
    ...def.steps.map((step) => ({
      id: step.id,
      kind: "step" as const,
      ...place(step.id),
      objection: step.objection,
      outcome: null,
      unreachable: !reached.has(step.id),
      speaker: speakerOf(def, step),
      reactions: step.reactions.map((reaction) => ({ id: reaction.id, weight: reaction.weight, when: reaction.when?.text ?? null })),
    })),
    ...def.ends.map((end) => ({
      id: end.id,
      kind: "end" as const,
      ...place(end.id),
      objection: false,
      outcome: end.outcome,
      unreachable: false,
      speaker: null,
      reactions: [],
    })),
  ];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const drawn = edges.flatMap((edge) => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    return from && to ? [{ ...edge, path: edgePath(from, to) }] : [];
  });
  const columns = Math.max(0, ...column.values()) + 1;
  const tallest = Math.max(1, ...rows.values());
  // Backward routes dip up to 30 px under the lowest node; the lane starts clear of them.
  const stepsHeight = PAD * 2 + tallest * NODE_H + (tallest - 1) * ROW_GAP + 40;
  const lane = objectionLane(def, byId, stepsHeight + ROW_GAP);
  return {
    width: Math.max(PAD * 2 + columns * NODE_W + (columns - 1) * COL_GAP, lane.width),
    height: lane.objections.length > 0 ? stepsHeight + ROW_GAP + NODE_H + PAD : stepsHeight,
    nodeWidth: NODE_W,
    nodeHeight: NODE_H,
    nodes,
    edges: drawn,
    objections: lane.objections,
    links: lane.links,
  };
}
