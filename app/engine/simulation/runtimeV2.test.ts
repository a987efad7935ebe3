/**
 * The format-2 runtime on purpose-built scripts: reactions, objections with triggers and weights,
 * blueprint-forced objections, conditional lines, speakers and handoff, hidden options, sets,
 * persona variants and placeholders.
 */
import { describe, expect, it } from "vitest";
import { ENDS, NEED_REVEAL, inline, parsed } from "../script/__fixtures__/inline";
import { fixtureSource } from "../script/__fixtures__/load";
import type { ScriptDefinition } from "../script/types";
import { startAttempt, stepAttempt } from "./attempt";
import { openOptions } from "./call";
import { pickOption } from "./paths";
import { EngineError } from "./errors";
import { testScorer } from "./testScorer";
import type { AttemptSnapshotV2, StartOptions } from "./types";

const scorer = testScorer;
const exam: StartOptions = { seed: 1, mode: "exam", answerMode: "choice", scorer };

function start(def: ScriptDefinition, options: Partial<StartOptions> = {}) {
  return startAttempt(def, { ...exam, ...options });
}

function choose(def: ScriptDefinition, snapshot: AttemptSnapshotV2, optionId: string) {
  return stepAttempt(def, snapshot, { kind: "option", optionId }, { scorer });
}

function over<T>(seeds: number, run: (seed: number) => T): T[] {
  return Array.from({ length: seeds }, (_, index) => run(index + 1));
}

const counted = (items: string[]) => items.reduce<Record<string, number>>((all, item) => ({ ...all, [item]: (all[item] ?? 0) + 1 }), {});

describe("reactions", () => {
  const def = parsed(
    inline(`<Step id="a"><Lead>Hello.</Lead><Option to="b" quality="best">Hi.</Option><Option id="rude" to="b" quality="bad">Yo.</Option></Step>
<Step id="b">
  <Reaction id="often" weight="3"><Lead>Who is this?</Lead><Option id="answer" to="won" quality="best">Sam from PrintCare.</Option></Reaction>
  <Reaction id="rarely"><Lead>Go on then.</Lead></Reaction>
  <Reaction id="after-rude" weight="50" when="chose.rude" to="lost"><Lead>Don't call again.</Lead></Reaction>
  <Lead>Yes?</Lead>
  <Option id="own" to="won" quality="good">About printers.</Option>
</Step>
${NEED_REVEAL}
${ENDS}`),
  );

  it("are drawn by weight with the seed, and the same seed draws the same", () => {
    const drawn = over(400, (seed) => {
      const { snapshot } = start(def, { seed });
      return choose(def, snapshot, "a-1").view.reaction?.id ?? "none";
    });
    const counts = counted(drawn);
    expect(Object.keys(counts).sort()).toEqual(["often", "rarely"]);
    expect((counts.often ?? 0) / 400).toBeGreaterThan(0.65);
    expect((counts.often ?? 0) / 400).toBeLessThan(0.85);
    expect(over(400, (seed) => choose(def, start(def, { seed }).snapshot, "a-1").view.reaction?.id ?? "none")).toEqual(drawn);
  });

  it("offer their own options, or the step's when they have none", () => {
    const views = over(40, (seed) => choose(def, start(def, { seed }).snapshot, "a-1").view);
    const often = views.find((view) => view.reaction?.id === "often");
    const rarely = views.find((view) => view.reaction?.id === "rarely");
    expect(often?.leadLine).toBe("Who is this?");
    expect(often?.options.map((option) => option.id)).toEqual(["answer"]);
    expect(rarely?.leadLine).toBe("Go on then.");
    expect(rarely?.options.map((option) => option.id)).toEqual(["own"]);
  });

  it("hold only when their condition does, and pass straight on with `to`", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { view, snapshot } = choose(def, start(def, { seed }).snapshot, "rude");
      expect(view.ended).toBe(true);
      expect(view.outcome).toBe("lost");
      // The reaction's line, then the end's, in one lead turn.
      expect(view.leadLines?.map((line) => line.text)).toEqual(["Don't call again.", "No thanks."]);
      expect(snapshot.machine.context.reactions).toEqual(["after-rude"]);
    }
  });
});

describe("objections", () => {
  const body = (
    extra = "",
  ) => `<Step id="a"><Lead>Hello.</Lead><Option id="price" to="b" quality="ok" sets="price_named">It's ten a month.</Option><Option id="ask" to="b" quality="best">How do you print now?</Option></Step>
<Step id="b" objection><Lead>Go on.</Lead><Option to="won" quality="best">Thursday at ten?</Option></Step>
<Objection id="dear" type="price" when="price_named" ${extra}><Lead>That's expensive.</Lead><Option quality="best">Compared with what?</Option><Model>Ask.</Model></Objection>
<Objection id="busy" type="time" weight="3"><Lead>I'm busy.</Lead><Option quality="best">One question?</Option><Model>Ask.</Model></Objection>
${NEED_REVEAL}
${ENDS}`;
  const header = "state: { flags: [price_named] }";

  it("come only when their trigger holds", () => {
    const def = parsed(inline(body(), { header }));
    const unpriced = over(50, (seed) => choose(def, start(def, { seed, mode: "practice" }).snapshot, "ask").view.objection?.id);
    expect(new Set(unpriced)).toEqual(new Set(["busy"]));
    const priced = counted(
      over(200, (seed) => choose(def, start(def, { seed, mode: "practice" }).snapshot, "price").view.objection?.id ?? "none"),
    );
    expect(Object.keys(priced).sort()).toEqual(["busy", "dear"]);
    expect((priced.busy ?? 0) / 200).toBeGreaterThan(0.6);
  });

  it("required by the blueprint win in an exam, not in practice", () => {
    const def = parsed(inline(body(), { header: `${header}\nblueprint: { objections: [dear] }` }));
    const examDrawn = over(50, (seed) => choose(def, start(def, { seed }).snapshot, "price").view.objection?.id);
    expect(new Set(examDrawn)).toEqual(new Set(["dear"]));
    const practiceDrawn = new Set(
      over(50, (seed) => choose(def, start(def, { seed, mode: "practice" }).snapshot, "price").view.objection?.id),
    );
    expect(practiceDrawn).toEqual(new Set(["busy", "dear"]));
  });

  it("an assignment's blueprint is laid over the script's at the start and stored", () => {
    const def = parsed(inline(body(), { header }));
    const { snapshot } = start(def, { blueprint: { objections: ["dear"], minTurns: 6 } });
    expect(snapshot.blueprint).toEqual({ objections: ["dear"], minTurns: 6, minCard: 40 });
    expect(choose(def, snapshot, "price").view.objection?.id).toBe("dear");
  });
});

describe("lines, options and state", () => {
  const def = parsed(
    inline(
      `<Step id="a">
  <Lead>Hello.</Lead>
  <Option id="push" to="a" quality="ok" sets="pushes+1, warned">Listen.</Option>
  <Option id="reset" to="a" quality="ok" sets="pushes=0, not warned">Sorry.</Option>
  <Option id="big" to="a" quality="ok" sets="pushes+150">Really listen.</Option>
  <Option id="calm" to="won" quality="best" when="not warned">Shall we meet?</Option>
</Step>
<Step id="b"><Lead when="pushes >= 2">Stop pushing.</Lead><Lead when="turn > 100">Never.</Lead><Lead>Fine.</Lead><Option to="won" quality="best">Ok.</Option></Step>
${NEED_REVEAL}
${ENDS}`,
      { header: "state: { flags: [warned], counters: { pushes: 0 } }" },
    ),
  );

  it("hide options whose condition is false, and refuse them", () => {
    let { snapshot, view } = start(def);
    expect(view.options.map((option) => option.id).sort()).toEqual(["big", "calm", "push", "reset"]);
    ({ snapshot, view } = choose(def, snapshot, "push"));
    expect(snapshot.machine.context).toMatchObject({ flags: ["warned"], counters: { pushes: 1 }, chosen: ["push"] });
    expect(view.options.map((option) => option.id)).not.toContain("calm");
    expect(() => choose(def, snapshot, "calm")).toThrow(EngineError);
    ({ snapshot } = choose(def, snapshot, "reset"));
    expect(snapshot.machine.context).toMatchObject({ flags: [], counters: { pushes: 0 } });
    expect(openOptions(def, snapshot.machine).map((option) => option.id)).toContain("calm");
  });

  it("clamp counters to 0–99", () => {
    const { snapshot } = choose(def, start(def).snapshot, "big");
    expect(snapshot.machine.context.counters.pushes).toBe(99);
  });

  it("say a line whose condition holds before unconditional ones", async () => {
    const { lookupIn } = await import("../script/state");
    const { pickLine } = await import("../script/state");
    const lines = def.steps[1]?.lines ?? [];
    const base = start(def).snapshot.machine.context;
    expect(pickLine(lines, { ...base, counters: { pushes: 3 } })[0]).toBe(0);
    expect(pickLine(lines, { ...base, counters: { pushes: 1 } })[0]).toBe(2);
    expect(lookupIn({ ...base, counters: { pushes: 3 } })("pushes")).toBe(3);
  });
});

describe("speakers and variants", () => {
  const def = parsed(fixtureSource("fixture-gatekeeper-v2-en.mdx"));

  it("give each line its speaker and hand the call over", () => {
    const seed =
      over(30, (candidate) => candidate).find((candidate) => {
        const first = start(def, { seed: candidate, player: { name: "Alex", form: "m" } });
        return choose(def, first.snapshot, "office-name").snapshot.machine.context.reactions.includes("office-connect");
      }) ?? 0;
    expect(seed).toBeGreaterThan(0);
    const { snapshot, view } = start(def, { seed, player: { name: "Alex", form: "m" } });
    expect(view.speaker).toBe("office");
    expect(view.transcript).toEqual([{ role: "lead", text: "Crumb and Co, Jo speaking.", speaker: "office" }]);
    expect(view.speakers?.office?.name).toBe("Jo");
    expect(view.options.find((option) => option.id === "office-name")?.text).toBe(
      "Hi Jo, Alex from VanShare. Could I speak to Paul Hart, please?",
    );
    const next = choose(def, snapshot, "office-name");
    // The office reveals the name and connects; Paul picks up with an objection, in his own voice
    // although the office spoke last: three lines, two speakers, one turn.
    expect(next.view.leadLines).toEqual([
      { speaker: "office", text: "Paul Hart, yes." },
      { speaker: "office", text: "One moment, I'll put you through." },
      { speaker: "lead", text: "I've got a delivery coming in." },
    ]);
    const resumed = choose(def, next.snapshot, "busy-slot");
    expect(resumed.view.leadLines).toEqual([{ speaker: "lead", text: "Paul Hart. Jo says you're calling about deliveries?" }]);
    expect(resumed.snapshot.transcript.filter((line) => line.role === "lead").map((line) => line.speaker)).toEqual([
      "office",
      "office",
      "office",
      "lead",
      "lead",
    ]);
    expect(next.view.stepId).toBe("owner");
    expect(next.view.speaker).toBe("lead");
    expect(next.turn.lead).toEqual(next.view.leadLines);
  });

  it("draw a persona variant by weight from the seed, with its facts, mood and vars", () => {
    const variants = over(300, (seed) => start(def, { seed }).snapshot.variant ?? "");
    const counts = counted(variants);
    expect((counts.breakdowns ?? 0) / 300).toBeGreaterThan(0.55);
    expect((counts.costs ?? 0) / 300).toBeGreaterThan(0.2);
    const costs = start(def, { seed: variants.indexOf("costs") + 1 });
    expect(costs.snapshot.machine.context.mood.trust).toBe(30);
    expect(costs.snapshot.machine.context.variant).toBe("costs");
    const breakdowns = start(def, { seed: variants.indexOf("breakdowns") + 1 });
    expect(breakdowns.snapshot.machine.context.mood.trust).toBe(25);
  });

  it("fill placeholders from the drawn variant and the player, and keep the player in the snapshot", () => {
    const seed = over(50, (candidate) => candidate).find((candidate) => start(def, { seed: candidate }).snapshot.variant === "costs") ?? 0;
    let { snapshot } = start(def, { seed, player: { name: "Мария", form: "f" } });
    expect(snapshot.player).toEqual({ name: "Мария", form: "f" });
    while (!openOptions(def, snapshot.machine).some((option) => option.id === "present-pain")) {
      const best = pickOption(openOptions(def, snapshot.machine), "best");
      if (!best) throw new Error("stuck");
      snapshot = choose(def, snapshot, best.id).snapshot;
    }
    const pain = stepAttempt(def, snapshot, { kind: "option", optionId: "present-pain" }, { scorer });
    expect(pain.turn.text).toBe(
      "You mentioned the cost of running vans. Our van comes within two hours, for less than a late delivery costs.",
    );
    expect(JSON.parse(JSON.stringify(pain.snapshot))).toEqual(pain.snapshot);
  });
});
