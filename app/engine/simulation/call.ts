/**
 * The bridge between a format-2 snapshot and the XState machine: restore, read what was said (with
 * placeholders filled for this persona variant and player), list the replies open now. Machines
 * are built once per definition object.
 */
import type { Lang } from "../vocabulary";
import { buildMachine, type CallMachine } from "../script/machine";
import { objectionOf, openOptions as openOptionsIn, reactionOf } from "../script/callLogic";
import { fillPlaceholders, type FillContext, type Player } from "../script/placeholders";
import { linesOf, type CallContext, type Said } from "../script/state";
import { LEAD_SPEAKER, type ObjectionDef, type OptionDef, type ScriptDefinition } from "../script/types";
import { EngineError } from "./errors";
import { personaFor } from "./variant";
import type { AttemptSnapshotV2, PersistedCall, SpeakerView } from "./types";

const machines = new WeakMap<ScriptDefinition, CallMachine>();

export function machineFor(def: ScriptDefinition): CallMachine {
  const cached = machines.get(def);
  if (cached) return cached;
  const machine = buildMachine(def);
  machines.set(def, machine);
  return machine;
}

type CallSnapshot = ReturnType<CallMachine["resolveState"]>;

export function persist(snapshot: CallSnapshot): PersistedCall {
  const value = snapshot.value;
  if (typeof value !== "string") throw new EngineError("invalid_script", "the call machine must be flat");
  return { value, status: snapshot.status === "done" ? "done" : "active", context: snapshot.context };
}

/** The snapshot comes from our own database, so a structural check is enough here. */
export function restore(def: ScriptDefinition, snapshot: AttemptSnapshotV2): CallSnapshot {
  if (snapshot.scriptId !== def.meta.id) {
    throw new EngineError("snapshot_mismatch", `snapshot belongs to ${snapshot.scriptId}, not ${def.meta.id}`);
  }
  return machineFor(def).resolveState({ value: snapshot.machine.value, context: snapshot.machine.context });
}

/** Every speaker of the call by id, the persona (`lead`) with the drawn variant's name and role. */
export function speakersOf(def: ScriptDefinition, variant: string | null): Record<string, SpeakerView> {
  const persona = personaFor(def, variant);
  const lead = def.meta.speakers[LEAD_SPEAKER];
  const speakers: Record<string, SpeakerView> = {
    [LEAD_SPEAKER]: {
      name: persona.name,
      ...(persona.role !== undefined && { role: persona.role }),
      ...(lead?.voice && { voice: lead.voice }),
    },
  };
  for (const [id, speaker] of Object.entries(def.meta.speakers)) if (id !== LEAD_SPEAKER) speakers[id] = speaker;
  return speakers;
}

const fills = new WeakMap<ScriptDefinition, Map<string, FillContext>>();
/** The last context handed out, and what it was asked for: a call asks again with the same on every turn. */
let last: { def: ScriptDefinition; variant: string | null; name: string; form: Player["form"]; fill: FillContext } | undefined;

/** Cached per definition, variant and player: a call asks for it on every turn. */
export function fillContext(def: ScriptDefinition, variant: string | null, player: Player): FillContext {
  if (last && last.def === def && last.variant === variant && last.name === player.name && last.form === player.form) return last.fill;
  let byKey = fills.get(def);
  if (!byKey) fills.set(def, (byKey = new Map()));
  const key = `${variant ?? ""}\u0000${player.name}\u0000${player.form}`;
  let fill = byKey.get(key);
  if (!fill) {
    fill = buildFill(def, variant, player);
    if (byKey.size > 500) byKey.clear();
    byKey.set(key, fill);
  }
  last = { def, variant, name: player.name, form: player.form, fill };
  return fill;
}

/** Texts filled for each context fillContext built; those contexts are never changed, so neither are their fillings. */
const filledTexts = new WeakMap<FillContext, Map<string, string>>();

/** fillPlaceholders(text, fill), remembered when `fill` came from fillContext: the same lines and options are filled turn after turn. */
export function fillText(text: string, fill: FillContext): string {
  if (!text.includes("[[")) return text;
  const known = filledTexts.get(fill);
  if (!known) return fillPlaceholders(text, fill);
  let filled = known.get(text);
  if (filled === undefined) {
    filled = fillPlaceholders(text, fill);
    if (known.size > 5000) known.clear();
    known.set(text, filled);
  }
  return filled;
}

function buildFill(def: ScriptDefinition, variant: string | null, player: Player): FillContext {
  const persona = personaFor(def, variant);
  const fill: FillContext = {
    vars: persona.vars,
    facts: Object.fromEntries(Object.entries(persona.facts).map(([field, fact]) => [field, fact.value])),
    persona: { name: persona.name, ...(persona.role !== undefined && { role: persona.role }) },
    speakers: speakersOf(def, variant),
    player: { ...player },
  };
  filledTexts.set(fill, new Map());
  return fill;
}

/** What a person says when they did not follow, in the script's language. */
const CONFUSED: Record<Lang, string[]> = {
  ru: ["Простите, не поняла. Что вы имеете в виду?", "Извините, о чём вы?", "Не совсем понимаю, к чему вы это."],
  en: ["Sorry, what do you mean?", "I'm not sure I follow.", "Sorry, what are you getting at?"],
};

/** What a person says when a reply could mean two things: asked, not guessed. */
const CLARIFY: Record<Lang, string[]> = {
  ru: ["Простите, вы о чём именно?", "Подождите, уточните, что вы имеете в виду?", "Не поняла, вы про что конкретно?"],
  en: ["Sorry, which do you mean exactly?", "Hang on, what exactly are you asking?", "Sorry, could you be more specific?"],
};

function stock(lines: string[], index: number): string {
  return lines[index % lines.length] ?? lines[0] ?? "";
}

export function sayText(def: ScriptDefinition, said: Said, fill: FillContext): string {
  if (said.kind === "confused") return stock(CONFUSED[def.meta.lang], said.line);
  if (said.kind === "clarify") return stock(CLARIFY[def.meta.lang], said.line);
  const line = linesOf(def, said.kind, said.id)[said.line];
  return line ? fillText(line.text, fill) : "";
}

export function saidLines(def: ScriptDefinition, context: CallContext, fill: FillContext): { speaker: string; text: string }[] {
  return context.said.map((said) => ({ speaker: said.speaker, text: sayText(def, said, fill) })).filter((line) => line.text !== "");
}

/** The lead's words of `said` as one line, as a turn's scorer reads them: saidLines' texts joined by spaces. */
export function leadLineOf(def: ScriptDefinition, said: readonly Said[], fill: FillContext): string {
  let text = "";
  for (const line of said) {
    const words = sayText(def, line, fill);
    if (words !== "") text = text === "" ? words : `${text} ${words}`;
  }
  return text;
}

export function currentObjection(def: ScriptDefinition, call: PersistedCall): ObjectionDef | undefined {
  return objectionOf(def, call.context.objection);
}

export function currentReaction(def: ScriptDefinition, call: PersistedCall) {
  return call.context.objection === null ? reactionOf(def, call.context.reaction) : undefined;
}

/** The replies open now: the objection's, the reaction's or the step's, without hidden ones. */
export function openOptions(def: ScriptDefinition, call: PersistedCall): OptionDef[] {
  if (call.status === "done") return [];
  return openOptionsIn(def, call.context, call.value);
}
