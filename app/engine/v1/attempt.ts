/**
 * Start and step an attempt. Pure: (definition, snapshot, reply, scorer) → next snapshot, view and
 * turn record, with no I/O, clock or Math.random, so a replay with the same seed is identical.
 */
import { initialTransition, transition } from "xstate";
import type { QualificationField } from "../vocabulary";
import type { MatchResult, Scorer } from "../scoring/types";
import type { OptionDef, ScriptDefinition } from "./types";
import { currentObjection, leadLines, machineFor, openOptions, persist, restore } from "./call";
import { EngineError } from "../simulation/errors";
import { currentView, outcomeOf } from "./view";
import type { AttemptSnapshot, CallView, Reply, StartOptions, TurnRecord } from "./simTypes";

export function startAttempt(def: ScriptDefinition, options: StartOptions): { snapshot: AttemptSnapshot; view: CallView } {
  const [call] = initialTransition(machineFor(def), { seed: options.seed });
  const machine = persist(call);
  const snapshot: AttemptSnapshot = {
    format: 1,
    scriptId: def.meta.id,
    seed: options.seed,
    mode: options.mode,
    answerMode: options.answerMode,
    machine,
    transcript: leadLines(def, machine.context).map((text) => ({ role: "lead", text })),
    turns: [],
  };
  return { snapshot, view: currentView(def, snapshot, options.mode) };
}

interface Resolved {
  option: OptionDef | undefined;
  text: string;
  match: MatchResult | null;
}

/** A chosen option must be open now; free text goes to the scorer's matcher. */
function resolveReply(def: ScriptDefinition, open: OptionDef[], reply: Reply, scorer: Scorer): Resolved {
  if (reply.kind === "option") {
    const option = open.find((candidate) => candidate.id === reply.optionId);
    if (!option) throw new EngineError("invalid_option", `option ${reply.optionId} is not open now`);
    return { option, text: option.text, match: null };
  }
  const text = reply.text.trim();
  if (text === "") throw new EngineError("empty_reply", "the reply is empty");
  const match = scorer.matchReply(
    text,
    open.map(({ id, text: optionText }) => ({ id, text: optionText })),
    def.meta.lang,
  );
  const option = match.optionId === null ? undefined : open.find((candidate) => candidate.id === match.optionId);
  return { option, text, match };
}

type AskLemmas = { fact: QualificationField; asks: string[][] }[];
const askCache = new WeakMap<ScriptDefinition, WeakMap<Scorer, AskLemmas>>();

/** The lemmas of every <Ask>, computed once per definition and scorer: asks never change. */
function askLemmas(def: ScriptDefinition, scorer: Scorer): AskLemmas {
  let byScorer = askCache.get(def);
  if (!byScorer) askCache.set(def, (byScorer = new WeakMap()));
  const cached = byScorer.get(scorer);
  if (cached) return cached;
  const lemmas = def.reveals.map((reveal) => ({
    fact: reveal.fact,
    asks: reveal.asks
      .map((ask) => scorer.normalizeForGrouping(ask.text, def.meta.lang).split(" ").filter(Boolean))
      .filter((needed) => needed.length > 0),
  }));
  byScorer.set(scorer, lemmas);
  return lemmas;
}

/** Facts whose <Ask> the reply contains: every lemma of the ask appears among the reply's lemmas. */
export function askedFacts(def: ScriptDefinition, text: string, scorer: Scorer): QualificationField[] {
  const words = new Set(scorer.normalizeForGrouping(text, def.meta.lang).split(" ").filter(Boolean));
  return askLemmas(def, scorer)
    .filter(({ asks }) => asks.some((needed) => needed.every((word) => words.has(word))))
    .map(({ fact }) => fact);
}

export function stepAttempt(
  def: ScriptDefinition,
  snapshot: AttemptSnapshot,
  reply: Reply,
  { scorer }: { scorer: Scorer },
): { snapshot: AttemptSnapshot; view: CallView; turn: TurnRecord } {
  if (snapshot.machine.status === "done") throw new EngineError("attempt_ended", "the call has ended");
  const before = restore(def, snapshot);
  const call = snapshot.machine;
  const objection = currentObjection(def, call);
  const step = def.steps.find((candidate) => candidate.id === call.value);
  const resolved = resolveReply(def, openOptions(def, call), reply, scorer);
  const leadLine = leadLines(def, call.context).join(" ");
  const score = scorer.scoreTurn({
    lang: def.meta.lang,
    leadType: def.meta.leadType,
    text: resolved.text,
    leadLine,
    history: snapshot.transcript,
    turnIndex: snapshot.turns.length,
    objectionType: objection?.type ?? null,
    ...((resolved.option?.skill ?? step?.skill) && { stepSkill: resolved.option?.skill ?? step?.skill }),
    ...(reply.kind === "option" && resolved.option && { optionQuality: resolved.option.quality, optionText: resolved.text }),
    ...(def.meta.markers && { markers: def.meta.markers }),
  });
  const event = resolved.option
    ? { type: "manager.reply" as const, optionId: resolved.option.id, asked: askedFacts(def, resolved.text, scorer) }
    : { type: "manager.unmatched" as const };
  const [after] = transition(machineFor(def), before, event);
  const machine = persist(after);
  const lines = leadLines(def, machine.context);
  const next: AttemptSnapshot = {
    ...snapshot,
    machine,
    transcript: [
      ...snapshot.transcript,
      { role: "manager", text: resolved.text },
      ...lines.map((text) => ({ role: "lead" as const, text })),
    ],
    turns: [
      ...snapshot.turns,
      {
        stepId: call.value,
        objectionId: objection?.id ?? null,
        objectionType: objection?.type ?? null,
        optionId: resolved.option?.id ?? null,
        score,
      },
    ],
  };
  const outcome = outcomeOf(def, next);
  const turn: TurnRecord = {
    seq: snapshot.turns.length + 1,
    stepId: call.value,
    objectionId: objection?.id ?? null,
    objectionType: objection?.type ?? null,
    replyKind: reply.kind,
    text: resolved.text,
    matchedOptionId: resolved.option?.id ?? null,
    similarity: resolved.match ? resolved.match.similarity : 1,
    unmatched: resolved.option === undefined,
    leadLines: lines,
    moodBefore: call.context.mood,
    moodAfter: machine.context.mood,
    revealed: machine.context.lastRevealed,
    score,
    feedback: resolved.option?.feedback ?? null,
    notes: objection ? objection.notes : (step?.notes ?? []),
    modelAnswer: objection?.model ?? null,
    ended: machine.status === "done",
    outcome,
  };
  return { snapshot: next, view: currentView(def, next, snapshot.mode), turn };
}
