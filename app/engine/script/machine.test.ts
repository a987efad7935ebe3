/**
 * Model-based tests: xstate/graph walks every distinct state of each script's machine (the library
 * as it lands plus the engine's fixtures) and every path found is replayed through the public
 * simulation API.
 */
import { describe, expect, it } from "vitest";
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from "xstate/graph";
import { compileScriptSource, playPolicy, testScorer } from "../index";
import { startAttempt, stepAttempt } from "../simulation/attempt";
import { scorer } from "../scoring";
import type { AttemptSnapshotV2 as AttemptSnapshot, Reply, TurnRecord } from "../index";
import { buildMachine, type CallEvent } from "./machine";
import { openOptions } from "./callLogic";
import type { ScriptDefinition } from "./types";
import { allScripts } from "./__fixtures__/load";

const SEED = 7;
const NONSENSE = "qwx zzv plk";

type CallSnapshot = ReturnType<ReturnType<typeof buildMachine>["resolveState"]>;

function openEvents(def: ScriptDefinition, snapshot: CallSnapshot): CallEvent[] {
  const value = snapshot.value;
  if (snapshot.status === "done" || typeof value !== "string") return [];
  const replies = openOptions(def, snapshot.context, value).map((option): CallEvent => ({
    type: "manager.reply",
    optionId: option.id,
    asked: [],
  }));
  return [...replies, { type: "manager.unmatched" }];
}

/** Context that changes what can happen next; turn counts and the RNG state are left out on purpose. */
function serializeState(snapshot: CallSnapshot): string {
  const { objection, reaction, raised, mood, flags, counters } = snapshot.context;
  return JSON.stringify([snapshot.value, objection, reaction, [...raised].sort(), mood.patience, [...flags].sort(), counters]);
}

function replyFor(def: ScriptDefinition, snapshot: AttemptSnapshot, event: CallEvent): Reply {
  if (event.type !== "manager.reply") return { kind: "text", text: NONSENSE };
  const option = openOptions(def, snapshot.machine.context, snapshot.machine.value).find((candidate) => candidate.id === event.optionId);
  return { kind: "option", optionId: option?.id ?? event.optionId };
}

function compiled(source: string): ScriptDefinition {
  const { definition, problems } = compileScriptSource(source);
  if (!definition) throw new Error(JSON.stringify(problems));
  return definition;
}

function randomWalk(def: ScriptDefinition, seed: number, choices: number[]): { turns: TurnRecord[]; snapshot: AttemptSnapshot } {
  let { snapshot } = startAttempt(def, { seed, mode: "exam", answerMode: "choice", scorer: testScorer });
  const turns: TurnRecord[] = [];
  for (const choice of choices) {
    if (snapshot.machine.status === "done") break;
    const events = openEvents(def, buildMachine(def).resolveState(snapshot.machine));
    const event = events[choice % events.length];
    if (!event) break;
    const result = stepAttempt(def, snapshot, replyFor(def, snapshot, event), { scorer: testScorer });
    snapshot = result.snapshot;
    turns.push(result.turn);
  }
  return { turns, snapshot };
}

describe.each(allScripts().map((file) => [file.name, file.source] as const))("%s", (_name, source) => {
  const def = compiled(source);
  const machine = buildMachine(def);
  const traversal = {
    input: { seed: SEED, required: [] },
    events: (snapshot: CallSnapshot) => openEvents(def, snapshot),
    serializeState,
    limit: 100_000,
  };

  it("from every reachable state some reply leads to an end", () => {
    const edges = adjacencyMapToArray(getAdjacencyMap(machine, traversal)).map((edge) => ({
      from: serializeState(edge.state),
      to: serializeState(edge.nextState),
      done: edge.nextState.status === "done",
    }));
    const keys = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))];
    const finishes = new Set(edges.filter((edge) => edge.done).map((edge) => edge.to));
    let grew = true;
    while (grew) {
      grew = false;
      for (const edge of edges) {
        if (finishes.has(edge.from) || !finishes.has(edge.to)) continue;
        finishes.add(edge.from);
        grew = true;
      }
    }
    expect(keys.filter((key) => !finishes.has(key))).toEqual([]);
    expect(finishes.size).toBeGreaterThan(def.steps.length);
  });

  it("every shortest path to an end replays through the simulation to the same end", () => {
    const paths = getShortestPaths(machine, { ...traversal, toState: (snapshot) => snapshot.status === "done" });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      let { snapshot } = startAttempt(def, { seed: SEED, mode: "practice", answerMode: "free", scorer: testScorer });
      for (const { event } of path.steps) {
        if (event.type !== "manager.reply" && event.type !== "manager.unmatched") continue;
        snapshot = stepAttempt(def, snapshot, replyFor(def, snapshot, event), { scorer: testScorer }).snapshot;
      }
      expect(snapshot.machine.status).toBe("done");
      expect(snapshot.machine.value).toBe(path.state.value);
    }
  });

  it.each([
    ["the test scorer", testScorer],
    ["the real scorer", scorer],
  ])("the best path meets the pass mark and the worst does not (%s)", (_name, judge) => {
    const best = playPolicy(def, "best", judge, SEED);
    const worst = playPolicy(def, "worst", judge, SEED);
    expect(best.outcome?.total ?? 0).toBeGreaterThanOrEqual(def.meta.passMark);
    expect(best.outcome?.passed).toBe(true);
    expect(worst.outcome).toBeDefined();
    expect(worst.outcome?.passed).toBe(false);
  });

  it("replaying a recorded attempt with the same seed gives identical lines, scores and outcome", () => {
    const choices = Array.from({ length: 60 }, (_, index) => (index * 7 + 3) % 11);
    for (const seed of [1, 99, 2024]) {
      const first = randomWalk(def, seed, choices);
      const again = randomWalk(def, seed, choices);
      expect(again).toEqual(first);
      expect(first.turns.length).toBeGreaterThan(0);
    }
  });
});
