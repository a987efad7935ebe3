/**
 * When patience runs out the lead hangs up instead of answering: the hang-up line replaces the
 * next step's line (and any reaction, objection or "what do you mean?"), on the XState machine
 * and on the checker's fast stepper alike. What the reply revealed is still said.
 */
import { describe, expect, it } from "vitest";
import { ENDS, inline, parsed } from "../script/__fixtures__/inline";
import { fastInitial, fastTransition } from "../script/fastMachine";
import { startAttempt, stepAttempt } from "./attempt";
import { testScorer } from "./testScorer";
import type { Reply, StartOptions } from "./types";

const scorer = testScorer;
const persona = `  name: Sam Ortiz
  temperament: busy
  mood: { interest: 30, trust: 30, patience: 1 }
  facts:
    need: { value: the printer jams every week }`;

const def = parsed(
  inline(
    `<Step id="a">
  <Lead>Hello.</Lead>
  <Option id="fine" to="b" quality="best">Hi, Sam from PrintCare.</Option>
  <Option id="rude" to="b" quality="bad" reveals="need">Yo, your printer jams, right?</Option>
  <Option id="stay" to="a" quality="bad">Whatever.</Option>
</Step>
<Step id="b" objection>
  <Reaction id="nods"><Lead>Go on then.</Lead></Reaction>
  <Lead>Yes, what is it about?</Lead>
  <Option id="b-won" to="won" quality="best">A replacement within a day.</Option>
</Step>
<Objection id="busy" type="time"><Lead>I'm busy.</Lead><Option id="busy-ok" quality="best">Two minutes?</Option><Model>Ask.</Model></Objection>
<Reveal fact="need"><Ask>how do you print</Ask><Lead>It jams every week.</Lead></Reveal>
${ENDS}`,
    { persona },
  ),
);

const modes: StartOptions["mode"][] = ["practice", "exam"];

function after(reply: Reply, seed: number, mode: StartOptions["mode"]) {
  const { snapshot } = startAttempt(def, { seed, mode, answerMode: "free", scorer });
  return stepAttempt(def, snapshot, reply, { scorer });
}

describe("patience running out", () => {
  it.each(modes)("replaces the next step's line with the hang-up, on every seed (%s)", (mode) => {
    for (let seed = 1; seed <= 30; seed++) {
      const { turn, snapshot } = after({ kind: "option", optionId: "rude" }, seed, mode);
      expect(turn.outcome).toBe("hung_up");
      // the reveal was given before the lead hung up; nothing of step b, its reaction or the objection
      expect(turn.leadLines).toEqual(["It jams every week.", "Bye. (hangs up)"]);
      expect(snapshot.machine.context.raised).toEqual([]);
      expect(snapshot.machine.context.reactions).toEqual([]);
    }
  });

  it("replaces the line of the step a reply comes back to", () => {
    const { turn } = after({ kind: "option", optionId: "stay" }, 1, "practice");
    expect(turn.leadLines).toEqual(["Bye. (hangs up)"]);
  });

  it("replaces the confused line after a reply nobody understood", () => {
    const { turn } = after({ kind: "text", text: "zzq xxv" }, 1, "practice");
    expect(turn.unmatched).toBe(true);
    expect(turn.leadLines).toEqual(["Bye. (hangs up)"]);
  });

  it("leaves a reply that keeps patience alone", () => {
    const { turn } = after({ kind: "option", optionId: "fine" }, 1, "practice");
    expect(turn.outcome).toBeNull();
    expect(turn.leadLines.at(-1)).not.toBe("Bye. (hangs up)");
  });

  it("is the same on the checker's stepper", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const call = fastTransition(def, fastInitial(def, { seed, required: [] }), { type: "manager.reply", optionId: "rude", asked: [] });
      expect(call.status).toBe("done");
      expect(call.context.said.map((said) => `${said.kind}:${said.id}`)).toEqual(["reveal:need", "end:hangup"]);
    }
  });
});
