/**
 * The header rules zod cannot express — a fact must name a card field, a closed field lists its
 * values, the persona speaks as `lead` — and the typed ScriptMeta built from the checked YAML.
 */
import { QUALIFICATION_FIELDS } from "../vocabulary";
import type { CardKind, HiddenFact } from "../scoring/types";
import type { ParsedHeader } from "./frontmatter";
import {
  LEAD_SPEAKER,
  type CardFieldDef,
  type Position,
  type Problem,
  type ProblemParams,
  type ScriptMeta,
  type SpeakerDef,
  type VariantDef,
} from "./types";

type Where = (path: string[]) => Position;

const STANDARD: ReadonlySet<string> = new Set(QUALIFICATION_FIELDS);

class Rules {
  readonly problems: Problem[] = [];
  constructor(private readonly where: Where) {}

  error(path: string[], code: string, message: string, params: ProblemParams): void {
    this.problems.push({
      ...this.where(path),
      code,
      message: `header ${path.join(".")}: ${message}`,
      severity: "error",
      params: { key: path.join("."), ...params },
    });
  }
}

function speakers(header: ParsedHeader, rules: Rules): Record<string, SpeakerDef> {
  const result: Record<string, SpeakerDef> = {};
  for (const [id, speaker] of Object.entries(header.speakers)) {
    if (id === LEAD_SPEAKER && (speaker.name !== undefined || speaker.role !== undefined)) {
      rules.error(["speakers", id], "frontmatter.lead-speaker", "the lead's name and role come from persona; give only its voice here", {});
    } else if (id !== LEAD_SPEAKER && speaker.name === undefined) {
      rules.error(["speakers", id], "frontmatter.speaker-name", `speaker "${id}" needs a name`, { speaker: id });
    }
    const name = id === LEAD_SPEAKER ? header.persona.name : (speaker.name ?? id);
    const role = id === LEAD_SPEAKER ? header.persona.role : speaker.role;
    result[id] = { name, ...(role !== undefined && { role }), ...(speaker.voice && { voice: speaker.voice }) };
  }
  return result;
}

function card(header: ParsedHeader, rules: Rules): Record<string, CardFieldDef> {
  const result: Record<string, CardFieldDef> = {};
  for (const [id, field] of Object.entries(header.card)) {
    const path = ["card", id];
    if (STANDARD.has(id)) rules.error(path, "frontmatter.card-standard", `"${id}" is a standard card field already`, { field: id });
    const values = field.values ?? {};
    if (field.kind === "closed" && Object.keys(values).length < 2) {
      rules.error(path, "frontmatter.card-values", `a closed field lists at least two values: values: { id: "Label", … }`, { field: id });
    }
    if (field.kind !== "closed" && field.values !== undefined) {
      rules.error([...path, "values"], "frontmatter.card-values-kind", `only a closed field has values (this one is ${field.kind})`, {
        field: id,
        kind: field.kind,
      });
    }
    result[id] = { label: field.label, kind: field.kind, ...(field.kind === "closed" && { values }) };
  }
  return result;
}

/** A fact's kind: written on the fact, else the card field's, else free text. */
function facts(
  raw: Record<string, { value: string; kind?: CardKind }>,
  path: string[],
  fields: Record<string, CardFieldDef>,
  base: Record<string, HiddenFact>,
  rules: Rules,
): Record<string, HiddenFact> {
  const result: Record<string, HiddenFact> = {};
  for (const [id, fact] of Object.entries(raw)) {
    const at = [...path, id];
    const field = fields[id];
    if (!STANDARD.has(id) && !field) {
      rules.error(
        at,
        "frontmatter.unknown-fact",
        `"${id}" is neither a standard field (${QUALIFICATION_FIELDS.join(", ")}) nor declared under card`,
        { field: id },
      );
      continue;
    }
    const kind = fact.kind ?? base[id]?.kind ?? field?.kind ?? "free";
    if (field && fact.kind !== undefined && fact.kind !== field.kind) {
      rules.error([...at, "kind"], "frontmatter.fact-kind", `card declares ${id} as ${field.kind}`, {
        field: id,
        kind: fact.kind,
        expected: field.kind,
      });
    }
    const values = field?.values;
    if (kind === "closed" && values && !(fact.value in values)) {
      rules.error(
        [...at, "value"],
        "frontmatter.fact-value",
        `"${fact.value}" is not one of card.${id}.values (${Object.keys(values).join(", ")})`,
        { field: id, value: fact.value, allowed: Object.keys(values).join(", ") },
      );
    }
    result[id] = { value: fact.value, kind };
  }
  return result;
}

function variants(
  header: ParsedHeader,
  fields: Record<string, CardFieldDef>,
  base: Record<string, HiddenFact>,
  rules: Rules,
): VariantDef[] {
  const seen = new Set<string>();
  const result = header.persona.variants.map((variant, index): VariantDef => {
    const path = ["persona", "variants", String(index)];
    if (seen.has(variant.id))
      rules.error([...path, "id"], "frontmatter.duplicate-variant", `variant id "${variant.id}" is used twice`, { variant: variant.id });
    seen.add(variant.id);
    return {
      id: variant.id,
      weight: variant.weight,
      facts: facts(variant.facts, [...path, "facts"], fields, base, rules),
      vars: variant.vars,
      ...(variant.name !== undefined && { name: variant.name }),
      ...(variant.role !== undefined && { role: variant.role }),
      ...(variant.temperament && { temperament: variant.temperament }),
      ...(variant.mood && { mood: variant.mood }),
    };
  });
  if (result.length > 0 && result.every((variant) => variant.weight === 0)) {
    rules.error(["persona", "variants"], "frontmatter.variant-weights", "every variant has weight 0: none can be drawn", {});
  }
  return result;
}

export function buildMeta(header: ParsedHeader, where: Where): { meta?: ScriptMeta; problems: Problem[] } {
  const rules = new Rules(where);
  const fields = card(header, rules);
  const baseFacts = facts(header.persona.facts, ["persona", "facts"], fields, {}, rules);
  const meta: ScriptMeta = {
    id: header.id,
    title: header.title,
    lang: header.lang,
    leadType: header.leadType,
    difficulty: header.difficulty,
    passMark: header.passMark,
    summary: header.summary,
    leadCard: header.leadCard,
    product: header.product,
    speakers: speakers(header, rules),
    state: header.state,
    card: fields,
    persona: {
      name: header.persona.name,
      temperament: header.persona.temperament,
      mood: header.persona.mood,
      facts: baseFacts,
      variants: variants(header, fields, baseFacts, rules),
      ...(header.persona.role !== undefined && { role: header.persona.role }),
    },
    blueprint: {
      objections: header.blueprint.objections,
      minTurns: header.blueprint.minTurns,
      minCard: header.blueprint.minCard,
      ...(header.blueprint.timeLimit !== undefined && { timeLimit: header.blueprint.timeLimit }),
    },
    ...(header.format !== undefined && { format: header.format }),
    ...(header.family !== undefined && { family: header.family }),
    ...(header.weights && { weights: header.weights }),
    ...(header.markers && { markers: header.markers }),
  };
  return rules.problems.length > 0 ? { problems: rules.problems } : { meta, problems: [] };
}
