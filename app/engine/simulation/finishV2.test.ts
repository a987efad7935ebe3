/**
 * Finishing a format-2 attempt: the weights, the goal, the card with the script's own fields, and
 * the gates, each reported so the result page can say which one failed.
 */
import { describe, expect, it } from "vitest";
import { ENDS, NEED_REVEAL, inline, parsed } from "../script/__fixtures__/inline";
import { fixtureSource } from "../script/__fixtures__/load";
import type { ScriptDefinition } from "../script/types";
import { startAttempt, stepAttempt } from "./attempt";
import { openOptions } from "./call";
import { cardFieldsOf, finishAttempt } from "./finish";
import { cardFromRevealed, pickOption } from "./paths";
import { testScorer } from "./testScorer";
import type { AttemptSnapshotV2, StartOptions } from "./types";

const scorer = testScorer;

function playBest(def: ScriptDefinition, options: Partial<StartOptions> = {}, elapsedMs?: number): AttemptSnapshotV2 {
  let { snapshot } = startAttempt(def, { seed: 1, mode: "exam", answerMode: "choice", scorer, ...options });
  while (snapshot.machine.status !== "done") {
    const best = pickOption(openOptions(def, snapshot.machine), "best");
    if (!best) throw new Error("stuck");
    snapshot = stepAttempt(
      def,
      snapshot,
      { kind: "option", optionId: best.id },
      { scorer, ...(elapsedMs !== undefined && { elapsedMs }) },
    ).snapshot;
  }
  return snapshot;
}

/** Four best turns to the end named `to`; the persona holds one fact the second turn reveals. */
function fourTurns(end: string, extra = ""): ScriptDefinition {
  return parsed(
    inline(
      `<Step id="a"><Lead>Hello.</Lead><Option to="b" quality="best">Hi, Sam from PrintCare.</Option></Step>
<Step id="b"><Lead>Yes?</Lead><Option to="c" quality="best" reveals="need">How do you print now?</Option></Step>
<Step id="c"><Lead>And?</Lead><Option to="d" quality="best" sets="asked">What bothers you?</Option></Step>
<Step id="d"><Lead>Well.</Lead><Option to="${end}" quality="best">Thursday at ten?</Option></Step>
${NEED_REVEAL}
<End id="later" outcome="callback"><Lead>Call me.</Lead>${extra}</End>
${ENDS}`,
      { header: "state: { flags: [asked] }" },
    ),
  );
}

describe("the total and the goal", () => {
  it("is 65 % call, 20 % goal and 15 % card; a won end is worth 100, a callback 50", () => {
    const won = fourTurns("won");
    const snapshot = playBest(won);
    const outcome = finishAttempt(won, snapshot, cardFromRevealed(won, snapshot), { scorer });
    expect(outcome).toMatchObject({ format: 2, outcome: "won", goal: 100, passed: true, failed: [] });
    expect(outcome.total).toBe(Math.round(0.65 * outcome.score.total + 0.2 * 100 + 0.15 * outcome.qualification.total));
    const later = fourTurns("later");
    const callback = finishAttempt(later, playBest(later), { need: "the printer jams every week" }, { scorer });
    expect(callback.goal).toBe(50);
    expect(callback.total).toBe(Math.round(0.65 * callback.score.total + 0.2 * 50 + 0.15 * 100));
  });

  it("is raised by the highest <Goal> whose condition holds", () => {
    const def = fourTurns(
      "later",
      `<Goal when="asked" points="70" /><Goal when="fact.need and asked" points="80" /><Goal when="not asked" points="95" />`,
    );
    expect(finishAttempt(def, playBest(def), {}, { scorer }).goal).toBe(80);
  });

  it("gives the card's share to the call when there is nothing to find out", () => {
    const def = parsed(
      inline(
        `<Step id="a"><Lead>Hi.</Lead><Option to="b" quality="best">Hello.</Option></Step>
<Step id="b"><Lead>Yes?</Lead><Option to="c" quality="best">A question.</Option></Step>
<Step id="c"><Lead>Go on.</Lead><Option to="d" quality="best">Another.</Option></Step>
<Step id="d"><Lead>Well?</Lead><Option to="won" quality="best">Thursday?</Option></Step>
${ENDS}`,
        { persona: "  name: Sam\n  temperament: busy\n  mood: { interest: 30, trust: 30, patience: 3 }" },
      ),
    );
    const outcome = finishAttempt(def, playBest(def), {}, { scorer });
    expect(outcome.cardFields).toEqual([]);
    expect(outcome.total).toBe(Math.round(0.8 * outcome.score.total + 0.2 * 100));
    expect(outcome.gates?.map((gate) => gate.gate)).toEqual(["passMark", "minTurns"]);
  });
});

describe("the gates", () => {
  it("a card below minCard fails, and says so", () => {
    const def = fourTurns("won");
    const outcome = finishAttempt(def, playBest(def), {}, { scorer });
    expect(outcome.passed).toBe(false);
    expect(outcome.failed).toEqual(["minCard"]);
    expect(outcome.gates).toContainEqual({ gate: "minCard", ok: false, required: 40, actual: 0 });
  });

  it("fewer turns than minTurns fail in every mode", () => {
    const def = fourTurns("won");
    for (const mode of ["practice", "exam"] as const) {
      const snapshot = playBest(def, { mode, blueprint: { minTurns: 5 } });
      const outcome = finishAttempt(def, snapshot, cardFromRevealed(def, snapshot), { scorer });
      expect(outcome.failed).toEqual(["minTurns"]);
      expect(outcome.gates).toContainEqual({ gate: "minTurns", ok: false, required: 5, actual: 4 });
    }
  });

  it("blueprint objections and the time limit count in an exam only", () => {
    const def = parsed(fixtureSource("fixture-gatekeeper-v2-en.mdx"));
    const practice = playBest(def, { mode: "practice", blueprint: { timeLimit: 60 } }, 30_000);
    const relaxed = finishAttempt(def, practice, cardFromRevealed(def, practice), { scorer });
    expect(relaxed.gates?.map((gate) => gate.gate)).toEqual(["passMark", "minCard", "minTurns"]);
    const exam = playBest(def, { mode: "exam", blueprint: { timeLimit: 60 } }, 30_000);
    const strict = finishAttempt(def, exam, cardFromRevealed(def, exam), { scorer });
    expect(strict.gates?.find((gate) => gate.gate === "objections")).toEqual({
      gate: "objections",
      ok: true,
      required: ["price"],
      actual: ["price"],
    });
    expect(strict.failed).toEqual(["timeLimit"]);
    expect(strict.gates?.find((gate) => gate.gate === "timeLimit")).toMatchObject({ ok: false, required: 60 });
    expect(finishAttempt(def, exam, cardFromRevealed(def, exam), { scorer, elapsedMs: 59_000 }).passed).toBe(true);
  });

  it("an exam that never raised a blueprint objection fails on it", () => {
    const def = parsed(fixtureSource("fixture-gatekeeper-v2-en.mdx"));
    const snapshot = playBest(def, { mode: "exam", blueprint: { objections: ["price", "busy"] } });
    // Override the blueprint on a copy as if the objection had not come: the gate reads what was raised.
    const missing = { ...snapshot, machine: { ...snapshot.machine, context: { ...snapshot.machine.context, raised: ["busy"] } } };
    const outcome = finishAttempt(def, missing, cardFromRevealed(def, snapshot), { scorer });
    expect(outcome.failed).toContain("objections");
    expect(outcome.gates?.find((gate) => gate.gate === "objections")).toEqual({
      gate: "objections",
      ok: false,
      required: ["price", "busy"],
      actual: ["busy"],
    });
  });
});

describe("the card", () => {
  const def = parsed(fixtureSource("fixture-gatekeeper-v2-en.mdx"));

  it("lists the standard fields and the script's own, with labels, kinds and values", () => {
    expect(cardFieldsOf(def).map((field) => [field.id, field.kind, field.label])).toEqual([
      ["fit", "closed", undefined],
      ["need", "free", undefined],
      ["budget", "free", undefined],
      ["timing", "free", undefined],
      ["decisionMaker", "free", undefined],
      ["directLine", "phone", "Direct line"],
      ["vans", "number", "Vans they run"],
      ["ownerName", "name", "Owner's full name"],
    ]);
    // What is scored: only the fields the drawn persona holds a fact for.
    expect(cardFieldsOf(def, "costs").map((field) => field.id)).toEqual(["fit", "need", "directLine", "vans", "ownerName"]);
    expect(cardFieldsOf(def).find((field) => field.id === "fit")?.values).toEqual({ yes: "yes", partly: "partly", no: "no" });
  });

  it("is scored on every kind, against the drawn variant's facts (real scorer)", async () => {
    const { scorer: real } = await import("../scoring");
    const snapshot = playBest(def);
    const card = { fit: "да", need: "their vans break down all the time", directLine: "0113 496 0123", vans: "4", ownerName: "paul HART" };
    const outcome = finishAttempt(def, snapshot, card, { scorer: real });
    const fields = outcome.qualification.fields;
    expect(fields.directLine).toMatchObject({ correct: true, score: 1 });
    expect(fields.vans).toMatchObject({ correct: true, score: 1 });
    expect(fields.ownerName).toMatchObject({ correct: true, score: 1 });
    expect(fields.fit).toMatchObject({ correct: true });
    const wrong = finishAttempt(def, snapshot, { ...card, directLine: "0113 496 0124", vans: "six" }, { scorer: real }).qualification
      .fields;
    expect(wrong.directLine?.score).toBe(0);
    expect(wrong.vans?.score).toBe(0);
  });
});
