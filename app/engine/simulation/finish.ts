/**
 * Closing a format-2 attempt: the call's aggregate, the goal reached, the qualification card, the
 * combined total and the gates a pass needs (the pass mark, a card worth the name, enough turns;
 * in an exam also the blueprint's objections and time limit), each gate reported on its own so
 * the result page can say which one failed.
 */
import { QUALIFICATION_FIELDS } from "../vocabulary";
import type { CardField, QualificationCard, QualificationScore } from "../scoring/types";
import { indexOf } from "../script/lookup";
import { holds } from "../script/state";
import { DEFAULT_GOALS, type ScriptDefinition } from "../script/types";
import { EngineError } from "./errors";
import { personaFor } from "./variant";
import { outcomeOf } from "./view";
import type { AttemptOutcome, AttemptSnapshotV2, FinishOptions, GateResult, ObjectionFeedback } from "./types";

export const CALL_WEIGHT = 0.65;
export const GOAL_WEIGHT = 0.2;
export const QUALIFICATION_WEIGHT = 0.15;

const FIT_VALUES = { yes: "yes", partly: "partly", no: "no" };

/**
 * Without a variant: the card a manager fills for this script, the five standard fields (as in
 * round 1) and then the script's own in header order. With a variant: only the fields its persona
 * holds a fact for, which is what is scored.
 */
export function cardFieldsOf(def: ScriptDefinition, variant?: string | null): CardField[] {
  const held = variant === undefined ? undefined : new Set(Object.keys(personaFor(def, variant).facts));
  const facts = variant === undefined ? def.meta.persona.facts : personaFor(def, variant).facts;
  const standard = QUALIFICATION_FIELDS.filter((field) => !held || held.has(field)).map((field): CardField => {
    const kind = facts[field]?.kind ?? (field === "fit" ? "closed" : "free");
    return { id: field, kind, ...(field === "fit" && kind === "closed" && { values: FIT_VALUES }) };
  });
  const own = Object.entries(def.meta.card)
    .filter(([id]) => !held || held.has(id))
    .map(([id, field]): CardField => ({ id, kind: field.kind, label: field.label, ...(field.values && { values: field.values }) }));
  return [...standard, ...own];
}

/** The end's goal points (a default by outcome), raised to the highest <Goal> whose `when` holds. */
export function goalOf(def: ScriptDefinition, snapshot: AttemptSnapshotV2): number {
  const end = indexOf(def).ends.get(snapshot.machine.value);
  if (!end) return 0;
  const base = end.goal ?? DEFAULT_GOALS[end.outcome];
  return end.goals.filter((goal) => holds(goal.when, snapshot.machine.context)).reduce((best, goal) => Math.max(best, goal.points), base);
}

function elapsedOf(snapshot: AttemptSnapshotV2, given: number | undefined): number | undefined {
  if (given !== undefined && Number.isFinite(given)) return given;
  const timed = snapshot.turns.filter((turn) => turn.elapsedMs !== undefined);
  return timed.length === 0 ? undefined : timed.reduce((sum, turn) => sum + (turn.elapsedMs ?? 0), 0);
}

function gatesOf(
  def: ScriptDefinition,
  snapshot: AttemptSnapshotV2,
  total: number,
  qualification: QualificationScore,
  scoredCard: boolean,
  elapsedMs: number | undefined,
): GateResult[] {
  const { blueprint } = snapshot;
  const turns = snapshot.turns.filter((turn) => !turn.clarify).length;
  const gates: GateResult[] = [
    { gate: "passMark", ok: total >= def.meta.passMark, required: def.meta.passMark, actual: total },
    ...(scoredCard
      ? [
          {
            gate: "minCard" as const,
            ok: qualification.total >= blueprint.minCard,
            required: blueprint.minCard,
            actual: qualification.total,
          },
        ]
      : []),
    { gate: "minTurns", ok: turns >= blueprint.minTurns, required: blueprint.minTurns, actual: turns },
  ];
  if (snapshot.mode !== "exam") return gates;
  const raised = snapshot.machine.context.raised;
  if (blueprint.objections.length > 0) {
    const met = blueprint.objections.filter((id) => raised.includes(id));
    gates.push({ gate: "objections", ok: met.length === blueprint.objections.length, required: [...blueprint.objections], actual: met });
  }
  if (blueprint.timeLimit !== undefined && elapsedMs !== undefined) {
    const seconds = Math.round(elapsedMs / 1000);
    gates.push({ gate: "timeLimit", ok: seconds <= blueprint.timeLimit, required: blueprint.timeLimit, actual: seconds });
  }
  return gates;
}

export function finishAttempt(
  def: ScriptDefinition,
  snapshot: AttemptSnapshotV2,
  card: QualificationCard,
  options: FinishOptions,
): AttemptOutcome {
  const { scorer } = options;
  const outcome = outcomeOf(def, snapshot);
  if (outcome === null) throw new EngineError("attempt_not_ended", "the call has not ended yet");
  const scored = snapshot.turns.filter((turn) => !turn.clarify);
  const score = scorer.aggregate(
    scored.map((turn) => ({ score: turn.score, objectionType: turn.objectionType })),
    { leadType: def.meta.leadType, ...(def.meta.weights && { weights: def.meta.weights }) },
  );
  const fields = cardFieldsOf(def, snapshot.variant);
  const qualification = scorer.scoreQualification(card, personaFor(def, snapshot.variant).facts, def.meta.lang, fields);
  const goal = goalOf(def, snapshot);
  const scoredCard = fields.length > 0;
  // A script with nothing to find out gives the card's weight to the call.
  const total = Math.round(
    scoredCard
      ? CALL_WEIGHT * score.total + GOAL_WEIGHT * goal + QUALIFICATION_WEIGHT * qualification.total
      : (CALL_WEIGHT + QUALIFICATION_WEIGHT) * score.total + GOAL_WEIGHT * goal,
  );
  const gates = gatesOf(def, snapshot, total, qualification, scoredCard, elapsedOf(snapshot, options.elapsedMs));
  const failed = gates.filter((gate) => !gate.ok).map((gate) => gate.gate);
  return {
    format: 2,
    outcome,
    score,
    qualification,
    total,
    goal,
    gates,
    failed,
    cardFields: fields,
    passed: failed.length === 0,
    perObjection: objectionFeedback(def, snapshot, score.perObjection),
  };
}

function objectionFeedback(
  def: ScriptDefinition,
  snapshot: AttemptSnapshotV2,
  perType: AttemptOutcome["score"]["perObjection"],
): ObjectionFeedback[] {
  return snapshot.machine.context.raised.flatMap((id) => {
    const objection = def.objections.find((candidate) => candidate.id === id);
    if (!objection) return [];
    const chosen = snapshot.turns.filter((turn) => turn.objectionId === id).map((turn) => turn.optionId);
    const feedback = objection.options
      .filter((option) => chosen.includes(option.id) && option.feedback !== undefined)
      .map((option) => option.feedback ?? "");
    return [
      {
        objectionId: id,
        type: objection.type,
        score: perType[objection.type] ?? null,
        feedback: [...feedback, ...objection.notes],
        modelAnswer: objection.model ?? null,
      },
    ];
  });
}
