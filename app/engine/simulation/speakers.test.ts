/**
 * Who speaks each line, as the pages name them: the attempt's pinned definition and drawn persona
 * variant give every speaker id a name; round-1 attempts keep their single persona.
 */
import { describe, expect, it } from "vitest";
import { callSpeakers, startAttempt, stepAttempt } from "../index";
import { inline, parsed } from "../script/__fixtures__/inline";
import { fixtureSource } from "../script/__fixtures__/load";
import type { ScriptDefinitionV1 } from "../v1/index";
import definitionsJson from "../v1/__fixtures__/definitions.json";
import { testScorer } from "./testScorer";
import type { AttemptSnapshotV2 } from "./types";

const scorer = testScorer;

describe("callSpeakers", () => {
  it("names the header's speakers and the persona, and resolves every transcript line's speaker", () => {
    const def = parsed(fixtureSource("fixture-gatekeeper-v2-en.mdx"));
    let { snapshot } = startAttempt(def, { seed: 3, mode: "practice", answerMode: "choice", scorer });
    snapshot = stepAttempt(def, snapshot, { kind: "option", optionId: "office-name" }, { scorer }).snapshot;
    const speakers = callSpeakers(def, snapshot);
    expect(speakers.office).toEqual({ name: "Jo", role: "office manager", voice: "female" });
    expect(speakers.lead).toEqual({ name: "Paul Hart", role: "owner", voice: "male" });
    const lines = (snapshot as AttemptSnapshotV2).transcript.filter((line) => line.role === "lead");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(speakers[line.speaker ?? "lead"]?.name).toBeTruthy();
  });

  it("shows the persona's name, rather than failing, for a snapshot that does not fit the definition", () => {
    const def = parsed(fixtureSource("fixture-gatekeeper-v2-en.mdx"));
    const roundOne = { format: 1, nodeId: "opening", transcript: [], turns: [] } as unknown as AttemptSnapshotV2;
    expect(callSpeakers(def, roundOne)).toEqual({ lead: { name: def.meta.persona.name } });
  });

  it("gives the lead the drawn variant's name and role where variants rename the persona", () => {
    const def = parsed(
      inline(
        `<Step id="a"><Lead>Hello.</Lead><Option to="won" quality="best">Hi.</Option></Step>
<End id="won" outcome="won"><Lead>Bye.</Lead></End>
<End id="lost" outcome="lost"><Lead>No.</Lead></End>
<End id="hangup" outcome="hung_up"><Lead>Click.</Lead></End>`,
        {
          persona: `  name: Sam Ortiz
  role: office manager
  temperament: busy
  mood: { interest: 30, trust: 30, patience: 3 }
  facts:
    need: { value: the printer jams every week }
  variants:
    - id: sam
    - id: kim
      name: Kim Lee
      role: owner`,
        },
      ),
    );
    const names = new Set<string>();
    for (let seed = 1; seed <= 40; seed += 1) {
      const { snapshot } = startAttempt(def, { seed, mode: "practice", answerMode: "choice", scorer });
      const lead = callSpeakers(def, snapshot).lead;
      const variant = (snapshot as AttemptSnapshotV2).variant;
      expect(lead?.name).toBe(variant === "kim" ? "Kim Lee" : "Sam Ortiz");
      names.add(lead?.name ?? "");
    }
    expect(names).toEqual(new Set(["Sam Ortiz", "Kim Lee"]));
  });

  it("keeps a round-1 attempt's single persona, by name only", () => {
    const definitions = definitionsJson as unknown as Record<string, ScriptDefinitionV1>;
    const def = Object.values(definitions)[0];
    if (!def) throw new Error("no round-1 definition");
    const { snapshot } = startAttempt(def, { seed: 1, mode: "practice", answerMode: "choice", scorer });
    expect(snapshot.format).toBe(1);
    expect(callSpeakers(def, snapshot)).toEqual({ lead: { name: def.meta.persona.name } });
  });
});
