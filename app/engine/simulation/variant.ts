/**
 * The persona as drawn for one attempt: the base persona with the drawn variant's name, role,
 * temperament, mood and facts laid over it. The card is scored against these facts.
 */
import type { HiddenFact } from "../scoring/types";
import type { Mood, ScriptDefinition, Temperament, VariantDef } from "../script/types";
import { drawWeighted } from "../script/state";

export interface Persona {
  name: string;
  role?: string;
  temperament: Temperament;
  mood: Mood;
  facts: Record<string, HiddenFact>;
  vars: Record<string, string>;
}

export function variantOf(def: ScriptDefinition, id: string | null): VariantDef | undefined {
  return id === null ? undefined : def.meta.persona.variants.find((variant) => variant.id === id);
}

const personas = new WeakMap<ScriptDefinition, Map<string | null, Persona>>();

/** Computed once per definition and variant: definitions never change once parsed. */
export function personaFor(def: ScriptDefinition, variantId: string | null): Persona {
  let byVariant = personas.get(def);
  if (!byVariant) personas.set(def, (byVariant = new Map()));
  const cached = byVariant.get(variantId);
  if (cached) return cached;
  const persona = buildPersona(def, variantId);
  byVariant.set(variantId, persona);
  return persona;
}

function buildPersona(def: ScriptDefinition, variantId: string | null): Persona {
  const base = def.meta.persona;
  const variant = variantOf(def, variantId);
  const role = variant?.role ?? base.role;
  return {
    name: variant?.name ?? base.name,
    ...(role !== undefined && { role }),
    temperament: variant?.temperament ?? base.temperament,
    mood: { ...base.mood, ...variant?.mood },
    facts: { ...base.facts, ...variant?.facts },
    vars: { ...variant?.vars },
  };
}

/** The variant drawn by the attempt's seed, weighted; none when the script declares none. */
export function drawVariant(def: ScriptDefinition, rng: number): [id: string | null, rng: number] {
  const [variant, next] = drawWeighted(def.meta.persona.variants, rng);
  return [variant?.id ?? null, next];
}
