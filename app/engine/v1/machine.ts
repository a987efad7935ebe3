/**
 * ScriptDefinition → XState v5 machine. One state per <Step> and per <End> (final). Replies arrive
 * as `manager.reply` (an option id, already matched from free text by the simulation, plus the
 * facts its words asked about) or `manager.unmatched`. All randomness comes from the seeded state in
 * context, so `transition()` is a pure function of (definition, snapshot, event).
 */
import { assign, setup } from "xstate";
import type { QualificationField } from "../vocabulary";
import {
  applyReply,
  applyUnmatched,
  enterEnd,
  enterStep,
  findOption,
  initialContext,
  resumeStep,
  type CallContext,
  type CallInput,
} from "./callLogic";
import type { OptionDef, ScriptDefinition, StepDef } from "./types";

export type CallEvent = { type: "manager.reply"; optionId: string; asked: QualificationField[] } | { type: "manager.unmatched" };

interface ChoiceParams {
  stepId: string;
  objectionId: string | null;
  optionId: string;
}

export function buildMachine(def: ScriptDefinition) {
  const hangup = def.ends.find((end) => end.outcome === "hung_up");
  const base = setup({
    types: {
      // Type-only witnesses: XState's documented way to declare the machine's types.
      context: {} as CallContext,
      events: {} as CallEvent,
      input: {} as CallInput,
    },
    actions: {
      reply: assign(({ context, event }, params: ChoiceParams) => {
        const option = findOption(def, params.stepId, params.objectionId, params.optionId);
        const asked = event.type === "manager.reply" ? event.asked : [];
        return option ? applyReply(def, context, option, asked) : {};
      }),
      unmatched: assign(({ context }) => applyUnmatched(context)),
      enterStep: assign(({ context }, params: { stepId: string }) => enterStep(def, context, params.stepId)),
      resumeStep: assign(({ context }, params: { stepId: string }) => resumeStep(def, context, params.stepId)),
      enterEnd: assign(({ context }, params: { endId: string }) => enterEnd(def, context, params.endId)),
    },
    guards: {
      chose: ({ context, event }, params: ChoiceParams) =>
        event.type === "manager.reply" && event.optionId === params.optionId && context.objection === params.objectionId,
      patienceOut: ({ context }) => context.mood.patience <= 0,
    },
  });

  const choice = (step: StepDef, option: OptionDef, objectionId: string | null) => {
    const params = { stepId: step.id, objectionId, optionId: option.id };
    const reply = { type: "reply" as const, params };
    if (option.to === undefined) {
      return { guard: { type: "chose" as const, params }, actions: [reply, { type: "resumeStep" as const, params: { stepId: step.id } }] };
    }
    return { guard: { type: "chose" as const, params }, target: `#${option.to}`, reenter: true, actions: [reply] };
  };

  const stepState = (step: StepDef) => {
    const handlings = def.objections
      .filter((objection) => step.objection && (objection.at.length === 0 || objection.at.includes(step.id)))
      .flatMap((objection) => objection.options.map((option) => choice(step, option, objection.id)));
    return {
      id: step.id,
      entry: [{ type: "enterStep" as const, params: { stepId: step.id } }],
      always: hangup ? [{ guard: "patienceOut" as const, target: `#${hangup.id}` }] : [],
      on: {
        "manager.reply": [...handlings, ...step.options.map((option) => choice(step, option, null))],
        "manager.unmatched": { actions: "unmatched" as const },
      },
    };
  };

  const states = Object.fromEntries([
    ...def.steps.map((step) => [step.id, stepState(step)] as const),
    ...def.ends.map(
      (end) =>
        [
          end.id,
          {
            id: end.id,
            type: "final" as const,
            entry: [{ type: "enterEnd" as const, params: { endId: end.id } }],
          },
        ] as const,
    ),
  ]);

  return base.createMachine({
    id: def.meta.id,
    initial: def.steps[0]?.id ?? def.ends[0]?.id ?? "",
    context: ({ input }) => initialContext(def, input.seed),
    states,
  });
}

export type CallMachine = ReturnType<typeof buildMachine>;
