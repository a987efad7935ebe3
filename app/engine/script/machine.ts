/**
 * ScriptDefinition → XState v5 machine. One state per <Step> and per <End> (final). Replies arrive
 * as `manager.reply` (an option id, already matched from free text by the simulation, plus the
 * facts its words asked about), `manager.unmatched` or `manager.unclear` (the matcher could not
 * tell two options apart). A pass-through reaction is an eventless transition to its target. All
 * randomness comes from the seeded state in context, so `transition()` is a pure function of
 * (definition, snapshot, event).
 */
import { assign, setup } from "xstate";
import {
  applyReply,
  applyUnclear,
  applyUnmatched,
  enterEnd,
  enterStep,
  initialContext,
  ownerKey,
  passOn,
  resumeStep,
  type CallContext,
  type CallInput,
} from "./callLogic";
import { holds } from "./state";
import type { OptionDef, ScriptDefinition, StepDef } from "./types";

export type CallEvent =
  { type: "manager.reply"; optionId: string; asked: string[] } | { type: "manager.unmatched" } | { type: "manager.unclear" };

interface ChoiceParams {
  stepId: string;
  /** ownerKey() of the options this one belongs to */
  owner: string;
  optionId: string;
}

/** Finds the option a transition was built for. */
function optionFor(def: ScriptDefinition, params: ChoiceParams): OptionDef | undefined {
  const [kind, id] = [params.owner.slice(0, 1), params.owner.slice(2)];
  const step = def.steps.find((candidate) => candidate.id === params.stepId);
  const owner =
    kind === "o"
      ? def.objections.find((objection) => objection.id === id)
      : kind === "r"
        ? step?.reactions.find((reaction) => reaction.id === id)
        : step;
  return owner?.options.find((option) => option.id === params.optionId);
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
        const option = optionFor(def, params);
        const asked = event.type === "manager.reply" ? event.asked : [];
        return option ? applyReply(def, context, option, asked) : {};
      }),
      unmatched: assign(({ context }) => applyUnmatched(def, context)),
      unclear: assign(({ context }) => applyUnclear(context)),
      enterStep: assign(({ context }, params: { stepId: string }) => enterStep(def, context, params.stepId)),
      resumeStep: assign(({ context }, params: { stepId: string }) => resumeStep(def, context, params.stepId)),
      enterEnd: assign(({ context }, params: { endId: string }) => enterEnd(def, context, params.endId)),
      passOn: assign(({ context }) => passOn(context)),
    },
    guards: {
      chose: ({ context, event }, params: ChoiceParams) => {
        if (event.type !== "manager.reply" || event.optionId !== params.optionId || ownerKey(def, context) !== params.owner) return false;
        return holds(optionFor(def, params)?.when, context);
      },
      patienceOut: ({ context }) => context.mood.patience <= 0,
      pending: ({ context }, params: { target: string }) => context.pending === params.target,
    },
  });

  const choice = (step: StepDef, option: OptionDef, owner: string) => {
    const params = { stepId: step.id, owner, optionId: option.id };
    const reply = { type: "reply" as const, params };
    if (option.to === undefined) {
      return { guard: { type: "chose" as const, params }, actions: [reply, { type: "resumeStep" as const, params: { stepId: step.id } }] };
    }
    return { guard: { type: "chose" as const, params }, target: `#${option.to}`, reenter: true, actions: [reply] };
  };

  const stepState = (step: StepDef) => {
    const handlings = def.objections
      .filter((objection) => step.objection && (objection.at.length === 0 || objection.at.includes(step.id)))
      .flatMap((objection) => objection.options.map((option) => choice(step, option, `o:${objection.id}`)));
    const reactions = step.reactions.flatMap((reaction) => reaction.options.map((option) => choice(step, option, `r:${reaction.id}`)));
    const passTargets = [
      ...new Set(
        step.reactions
          .filter((reaction) => reaction.to !== undefined && reaction.options.length === 0)
          .map((reaction) => reaction.to ?? ""),
      ),
    ];
    return {
      id: step.id,
      entry: [{ type: "enterStep" as const, params: { stepId: step.id } }],
      always: [
        ...(hangup ? [{ guard: "patienceOut" as const, target: `#${hangup.id}` }] : []),
        ...passTargets.map((target) => ({
          guard: { type: "pending" as const, params: { target } },
          target: `#${target}`,
          reenter: true,
          actions: ["passOn" as const],
        })),
      ],
      on: {
        "manager.reply": [...handlings, ...reactions, ...step.options.map((option) => choice(step, option, "s"))],
        "manager.unmatched": { actions: "unmatched" as const },
        "manager.unclear": { actions: "unclear" as const },
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
    context: ({ input }) => initialContext(def, input),
    states,
  });
}

export type CallMachine = ReturnType<typeof buildMachine>;
