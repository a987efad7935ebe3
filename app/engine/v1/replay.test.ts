/**
 * The frozen round-1 runtime against replays recorded on the round-1 engine before any of version 2
 * was written (__fixtures__/record.ts): same lines, options, snapshots and totals.
 */
import { describe, expect, it } from "vitest";
import { scorer as realScorer } from "../scoring";
import { currentView as v1CurrentView, finishAttempt, startAttempt, stepAttempt } from "./index";
import type { AttemptSnapshotV1, ScriptDefinitionV1 } from "./index";
import { testScorer } from "./testScorer";
import definitionsJson from "./__fixtures__/definitions.json";
import replaysJson from "./__fixtures__/replays.json";
import type { AttemptOutcome, Reply } from "../index";

interface Recorded {
  script: string;
  policy: string;
  seed: number;
  mode: "practice" | "exam";
  answerMode: "choice" | "free";
  replies: Reply[];
  card: Record<string, string>;
  snapshot: AttemptSnapshotV1;
  outcome: AttemptOutcome | null;
  real: { card: Record<string, string>; snapshot: AttemptSnapshotV1; outcome: AttemptOutcome | null };
}

const definitions = definitionsJson as unknown as Record<string, ScriptDefinitionV1>;
const replays = replaysJson as unknown as Recorded[];

function definitionOf(replay: Recorded): ScriptDefinitionV1 {
  const definition = definitions[replay.script];
  if (!definition) throw new Error(`no definition for ${replay.script}`);
  return definition;
}

const cases = replays.map(
  (replay) => [`${replay.script} ${replay.policy} ${replay.mode} ${replay.answerMode} seed ${replay.seed}`, replay] as const,
);

describe("v1 replays", () => {
  it("cover at least six scripts in both languages, every policy and both modes", () => {
    expect(new Set(replays.map((replay) => replay.script)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(replays.map((replay) => definitionOf(replay).meta.lang))).toEqual(new Set(["ru", "en"]));
    expect(new Set(replays.map((replay) => replay.policy))).toEqual(new Set(["best", "worst", "random", "free", "free-best"]));
    expect(new Set(replays.map((replay) => `${replay.mode}/${replay.answerMode}`)).size).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)("%s replays to the recorded snapshot and outcome (test scorer)", (_name, replay) => {
    const def = definitionOf(replay);
    let { snapshot } = startAttempt(def, { seed: replay.seed, mode: replay.mode, answerMode: replay.answerMode, scorer: testScorer });
    for (const reply of replay.replies) snapshot = stepAttempt(def, snapshot, reply, { scorer: testScorer }).snapshot;
    expect(snapshot).toEqual(replay.snapshot);
    const outcome = snapshot.machine.status === "done" ? finishAttempt(def, snapshot, replay.card, { scorer: testScorer }) : null;
    expect(outcome).toEqual(replay.outcome);
  });

  it.each(cases)("%s finishes its recorded real-scorer snapshot to the recorded total", (_name, replay) => {
    const def = definitionOf(replay);
    if (replay.real.outcome === null) {
      expect(replay.real.snapshot.machine.status).toBe("active");
      return;
    }
    const outcome = finishAttempt(def, replay.real.snapshot, replay.real.card, { scorer: realScorer });
    expect(outcome.total).toBe(replay.real.outcome.total);
    expect(outcome.passed).toBe(replay.real.outcome.passed);
    expect(outcome.qualification).toEqual(replay.real.outcome.qualification);
  });
});

describe("the dispatcher", () => {
  it("runs a definition stored without `format` and its snapshots on the frozen runtime", async () => {
    const engine = await import("../index");
    for (const replay of replays.filter((item) => item.policy === "random" || item.policy === "free")) {
      const def = definitionOf(replay);
      let { snapshot } = engine.startAttempt(def, {
        seed: replay.seed,
        mode: replay.mode,
        answerMode: replay.answerMode,
        scorer: testScorer,
      });
      expect(snapshot.format).toBe(1);
      for (const reply of replay.replies)
        snapshot = engine.stepAttempt(def, snapshot, reply, { scorer: testScorer, elapsedMs: 1000 }).snapshot;
      expect(snapshot).toEqual(replay.snapshot);
      expect(engine.currentView(def, snapshot, replay.mode)).toEqual(v1CurrentView(def, replay.snapshot, replay.mode));
      const outcome =
        snapshot.machine.status === "done" ? engine.finishAttempt(def, snapshot, replay.card, { scorer: testScorer, elapsedMs: 1 }) : null;
      expect(outcome).toEqual(replay.outcome);
    }
  });

  it("refuses to mix a format-1 snapshot with a version-2 definition, and the reverse", async () => {
    const engine = await import("../index");
    const { fixtureSource } = await import("../script/__fixtures__/load");
    const v2 = engine.parseScript(fixtureSource("fixture-gatekeeper-v2-en.mdx")).definition;
    if (!v2) throw new Error("fixture does not parse");
    const replay = replays[0];
    if (!replay) throw new Error("no replays");
    const v1Snapshot = { ...replay.snapshot, scriptId: v2.meta.id };
    expect(() => engine.currentView(v2, v1Snapshot, "exam")).toThrow(/format-1 attempt/);
    const started = engine.startAttempt(v2, { seed: 1, mode: "exam", answerMode: "choice", scorer: testScorer });
    expect(started.snapshot.format).toBe(2);
    expect(() => engine.currentView(definitionOf(replay), started.snapshot, "exam")).toThrow(/format-2 attempt/);
  });
});
