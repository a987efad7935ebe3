/**
 * Seeded property tests: on random scripts (generated from a seed, with reactions, conditions,
 * sets, objections and speakers) and on every script of the library, random replies replayed give
 * identical snapshots and resuming from a JSON snapshot changes nothing (fastMachine.test.ts
 * plays the same random scripts through the checker's stepper and the XState machine).
 */
import { describe, expect, it } from "vitest";
import { parseScript } from "../script/parser";
import { fastInitial } from "../script/fastMachine";
import { allScripts } from "../script/__fixtures__/load";
import { Dice, randomScript } from "../script/__fixtures__/randomScript";
import type { ScriptDefinition } from "../script/types";
import { startAttempt, stepAttempt } from "./attempt";
import { openOptions } from "./call";
import { mixSeed } from "./rng";
import { testScorer } from "./testScorer";
import type { AttemptSnapshotV2, Reply } from "./types";

function randomReply(def: ScriptDefinition, snapshot: AttemptSnapshotV2, dice: Dice): Reply {
  const open = openOptions(def, snapshot.machine);
  const kind = dice.int(5);
  const option = open.length > 0 ? dice.pick(open) : undefined;
  if (!option || kind === 0) return { kind: "text", text: dice.int(2) ? "zzq vvx" : "reply" };
  return kind === 1 ? { kind: "text", text: option.text } : { kind: "option", optionId: option.id };
}

function walk(def: ScriptDefinition, seed: number, mode: "practice" | "exam", resumeAt?: number) {
  const dice = new Dice(mixSeed("replies", seed));
  let { snapshot } = startAttempt(def, { seed, mode, answerMode: "free", scorer: testScorer, player: { name: "Kim", form: "f" } });
  const turns = [];
  for (let turn = 0; turn < 40 && snapshot.machine.status !== "done"; turn++) {
    if (turn === resumeAt) snapshot = JSON.parse(JSON.stringify(snapshot)) as AttemptSnapshotV2;
    const result = stepAttempt(def, snapshot, randomReply(def, snapshot, dice), { scorer: testScorer });
    snapshot = result.snapshot;
    turns.push(result.turn);
  }
  return { snapshot, turns };
}

describe("random scripts", () => {
  const seeds = Array.from({ length: 25 }, (_, index) => index + 1);

  it.each(seeds)("script %i parses and replays identically, resumed or not, in both modes", (seed) => {
    const { definition, problems } = parseScript(randomScript(seed));
    if (!definition) throw new Error(JSON.stringify(problems, null, 1));
    expect(fastInitial(definition, { seed, required: ["o1"] })).toEqual(
      startAttempt(definition, { seed, mode: "exam", answerMode: "free", scorer: testScorer }).snapshot.machine,
    );
    for (const mode of ["practice", "exam"] as const) {
      const first = walk(definition, seed, mode);
      expect(walk(definition, seed, mode)).toEqual(first);
      expect(walk(definition, seed, mode, 2)).toEqual(first);
      expect(first.turns.length).toBeGreaterThan(0);
    }
  });
});

describe("library scripts", () => {
  it.each(allScripts().map((file) => [file.name, file.source] as const))(
    "%s replays random replies identically in both modes",
    (_name, source) => {
      const { definition } = parseScript(source);
      if (!definition) throw new Error("does not parse");
      for (const seed of [3, 30, 300, 3000]) {
        for (const mode of ["practice", "exam"] as const) expect(walk(definition, seed, mode, 3)).toEqual(walk(definition, seed, mode));
      }
    },
  );
});
