/**
 * The checker's stepper and the XState machine must be the same machine: on random calls through
 * every script (the library and the fixtures), every event gives identical snapshots.
 */
import { describe, expect, it } from "vitest";
import { initialTransition, transition } from "xstate";
import { mixSeed, nextIndex } from "../simulation/rng";
import { machineFor, persist } from "../simulation/call";
import { openOptions } from "./callLogic";
import { fastInitial, fastTransition, type FastCall } from "./fastMachine";
import type { CallEvent } from "./machine";
import { allScripts } from "./__fixtures__/load";
import { parsed } from "./__fixtures__/inline";
import { randomScript } from "./__fixtures__/randomScript";

function randomEvent(def: Parameters<typeof openOptions>[0], call: FastCall, rng: number): [CallEvent, number] {
  const open = openOptions(def, call.context, call.value);
  const [pick, next] = nextIndex(rng, open.length + 2);
  const option = open[pick];
  if (option) return [{ type: "manager.reply", optionId: option.id, asked: pick % 3 === 0 ? ["need", "budget"] : [] }, next];
  return [pick === open.length ? { type: "manager.unmatched" } : { type: "manager.unclear" }, next];
}

const scripts = [
  ...allScripts().map((file) => [file.name, file.source] as const),
  ...Array.from({ length: 20 }, (_, index) => [`random script ${index + 1}`, randomScript(index + 1)] as const),
];

describe.each(scripts)("%s", (_name, source) => {
  const def = parsed(source);
  const machine = machineFor(def);

  it("plays random calls to the same snapshots as transition()", () => {
    for (const seed of [1, 7, 42, 1234]) {
      for (const required of [[], def.meta.blueprint.objections, def.objections.slice(0, 1).map((objection) => objection.id)]) {
        const input = { seed, required };
        let fast = fastInitial(def, input);
        let slow = initialTransition(machine, input)[0];
        expect(fast).toEqual(persist(slow));
        let rng = mixSeed(seed, "walk", required.length);
        for (let turn = 0; turn < 40 && fast.status !== "done"; turn++) {
          const [event, next] = randomEvent(def, fast, rng);
          rng = next;
          fast = fastTransition(def, fast, event);
          slow = transition(machine, slow, event)[0];
          expect(fast).toEqual(persist(slow));
        }
      }
    }
  }, 60_000);
});
