/** Closing an attempt: the call's aggregate, the qualification card, the combined total. */
import type { QualificationCard, Scorer } from "../scoring/types";
import type { ScriptDefinition } from "./types";
import { EngineError } from "../simulation/errors";
import { outcomeOf } from "./view";
import type { AttemptOutcome, AttemptSnapshot, ObjectionFeedback } from "./simTypes";

/** The call itself weighs most; the card rewards listening for the hidden facts. */
export const CALL_WEIGHT = 0.85;
export const QUALIFICATION_WEIGHT = 0.15;

export function finishAttempt(
  def: ScriptDefinition,
  snapshot: AttemptSnapshot,
  card: QualificationCard,
  { scorer }: { scorer: Scorer },
): AttemptOutcome {
  const outcome = outcomeOf(def, snapshot);
  if (outcome === null) throw new EngineError("attempt_not_ended", "the call has not ended yet");
  const score = scorer.aggregate(
    snapshot.turns.map((turn) => ({ score: turn.score, objectionType: turn.objectionType })),
    { leadType: def.meta.leadType, ...(def.meta.weights && { weights: def.meta.weights }) },
  );
  const qualification = scorer.scoreQualification(card, def.meta.persona.facts, def.meta.lang);
  const total = Math.round(CALL_WEIGHT * score.total + QUALIFICATION_WEIGHT * qualification.total);
  return {
    outcome,
    score,
    qualification,
    total,
    passed: total >= def.meta.passMark,
    perObjection: objectionFeedback(def, snapshot, score.perObjection),
  };
}

function objectionFeedback(
  def: ScriptDefinition,
  snapshot: AttemptSnapshot,
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
