/**
 * Every name the body uses — in conditions, `sets`, `speaker`, `reveals` and placeholders — and
 * the blueprint's objection ids, checked against what the header and the body declare. Each
 * unknown name is an error at the name itself (inside the attribute value where it is written).
 */
import { QUALIFICATION_FIELDS } from "../vocabulary";
import type { PlaceholderRef } from "./placeholders";
import type { NameRef } from "./read";
import { LEAD_SPEAKER, type Position, type Problem, type ProblemParams, type ScriptDefinition } from "./types";

/** The automatic names a condition may read besides the declared flags and counters. */
export const BUILTIN_NAMES: readonly string[] = ["interest", "trust", "patience", "turn", "resumed"];
export const NAME_PREFIXES: readonly string[] = ["fact", "raised", "chose", "reaction", "variant"];

interface Known {
  flags: Set<string>;
  counters: Set<string>;
  facts: Set<string>;
  byPrefix: Record<string, Set<string>>;
  speakers: Set<string>;
}

function known(def: ScriptDefinition): Known {
  const options = [...def.steps, ...def.steps.flatMap((step) => step.reactions), ...def.objections].flatMap((owner) => owner.options);
  const facts = new Set<string>([...QUALIFICATION_FIELDS, ...Object.keys(def.meta.card)]);
  return {
    flags: new Set(def.meta.state.flags),
    counters: new Set(Object.keys(def.meta.state.counters)),
    facts,
    byPrefix: {
      fact: facts,
      raised: new Set(def.objections.map((objection) => objection.id)),
      chose: new Set(options.map((option) => option.id)),
      reaction: new Set(def.steps.flatMap((step) => step.reactions.map((reaction) => reaction.id))),
      variant: new Set(def.meta.persona.variants.map((variant) => variant.id)),
    },
    speakers: new Set([LEAD_SPEAKER, ...Object.keys(def.meta.speakers)]),
  };
}

const WHAT: Record<string, string> = {
  fact: "card field",
  raised: "<Objection>",
  chose: "<Option>",
  reaction: "<Reaction>",
  variant: "persona variant",
};

function problem(pos: Position, code: string, message: string, params: ProblemParams): Problem {
  return { ...pos, code, message, severity: "error", params };
}

function checkName(name: string, pos: Position, names: Known): Problem | undefined {
  const dot = name.indexOf(".");
  if (dot < 0) {
    if (BUILTIN_NAMES.includes(name) || names.flags.has(name) || names.counters.has(name)) return undefined;
    return problem(
      pos,
      "name.unknown",
      `unknown name "${name}": declare it under state (flags or counters), or use ${BUILTIN_NAMES.join(", ")}`,
      { name },
    );
  }
  const prefix = name.slice(0, dot);
  const id = name.slice(dot + 1);
  const ids = names.byPrefix[prefix];
  if (!ids)
    return problem(pos, "name.prefix", `"${prefix}." is not a kind of name: use ${NAME_PREFIXES.map((p) => `${p}.…`).join(", ")}`, {
      name,
      prefix,
    });
  if (ids.has(id)) return undefined;
  return problem(pos, "name.unknown-id", `"${name}": no ${WHAT[prefix] ?? prefix} has the id "${id}"`, { name, prefix, id });
}

function checkSet(ref: Extract<NameRef, { kind: "set" }>, names: Known): Problem | undefined {
  const { op, pos } = ref;
  if ("flag" in op) {
    if (names.flags.has(op.flag)) return undefined;
    if (names.counters.has(op.flag))
      return problem(pos, "sets.counter-as-flag", `"${op.flag}" is a counter: write ${op.flag}+1, ${op.flag}-1 or ${op.flag}=0`, {
        name: op.flag,
      });
    return problem(pos, "sets.unknown", `"${op.flag}" is not declared under state.flags`, { name: op.flag });
  }
  if (names.counters.has(op.counter)) return undefined;
  if (names.flags.has(op.counter))
    return problem(pos, "sets.flag-as-counter", `"${op.counter}" is a flag: write ${op.counter} or not ${op.counter}`, {
      name: op.counter,
    });
  return problem(pos, "sets.unknown-counter", `"${op.counter}" is not declared under state.counters`, { name: op.counter });
}

/** A variable or fact a placeholder needs must have a value whichever persona variant is drawn. */
function checkPlaceholder(ref: PlaceholderRef, raw: string, pos: Position, def: ScriptDefinition, names: Known): Problem | undefined {
  const variants = def.meta.persona.variants;
  switch (ref.kind) {
    case "var": {
      if (variants.length === 0)
        return problem(pos, "placeholder.no-variants", `${raw}: vars come from persona.variants, and the header has none`, {
          placeholder: raw,
        });
      const missing = variants.filter((variant) => variant.vars[ref.name] === undefined).map((variant) => variant.id);
      return missing.length === 0
        ? undefined
        : problem(pos, "placeholder.var-missing", `${raw}: variant ${missing.join(", ")} has no vars.${ref.name}`, {
            placeholder: raw,
            variants: missing.join(", "),
          });
    }
    case "fact": {
      const base = def.meta.persona.facts[ref.name] !== undefined;
      const everywhere = base || (variants.length > 0 && variants.every((variant) => variant.facts[ref.name] !== undefined));
      return everywhere
        ? undefined
        : problem(pos, "placeholder.fact-missing", `${raw}: the persona has no fact ${ref.name} (in every variant)`, {
            placeholder: raw,
            fact: ref.name,
          });
    }
    case "speaker": {
      if (!names.speakers.has(ref.speaker))
        return problem(pos, "placeholder.speaker", `${raw}: no speaker "${ref.speaker}" is declared under speakers`, {
          placeholder: raw,
          speaker: ref.speaker,
        });
      const role = ref.speaker === LEAD_SPEAKER ? def.meta.persona.role : def.meta.speakers[ref.speaker]?.role;
      return ref.field === "role" && role === undefined
        ? problem(pos, "placeholder.role", `${raw}: this speaker has no role`, { placeholder: raw })
        : undefined;
    }
    case "persona":
      return ref.field === "role" &&
        def.meta.persona.role === undefined &&
        !(variants.length > 0 && variants.every((variant) => variant.role !== undefined))
        ? problem(pos, "placeholder.role", `${raw}: the persona has no role`, { placeholder: raw })
        : undefined;
    default:
      return undefined;
  }
}

function checkRef(ref: NameRef, def: ScriptDefinition, names: Known): Problem | undefined {
  switch (ref.kind) {
    case "name":
      return checkName(ref.name, ref.pos, names);
    case "set":
      return checkSet(ref, names);
    case "speaker":
      return names.speakers.has(ref.name)
        ? undefined
        : problem(ref.pos, "speaker.unknown", `speaker="${ref.name}" is not declared under speakers`, { speaker: ref.name });
    case "fact":
      return names.facts.has(ref.name)
        ? undefined
        : problem(
            ref.pos,
            "fact.unknown",
            `"${ref.name}" is neither a standard card field (${QUALIFICATION_FIELDS.join(", ")}) nor declared under card`,
            { fact: ref.name },
          );
    case "placeholder":
      return checkPlaceholder(ref.ref, ref.raw, ref.pos, def, names);
  }
}

export function checkNames(def: ScriptDefinition, refs: readonly NameRef[]): Problem[] {
  const names = known(def);
  const problems = refs.map((ref) => checkRef(ref, def, names)).filter((item) => item !== undefined);
  const raised = names.byPrefix.raised ?? new Set<string>();
  def.meta.blueprint.objections.forEach((id, index) => {
    if (raised.has(id)) return;
    const pos = def.metaLines[`blueprint.objections.${index}`] ?? def.metaLines["blueprint.objections"] ?? { line: 1, column: 1 };
    problems.push(
      problem(pos, "blueprint.unknown-objection", `blueprint objection "${id}": no <Objection> has this id`, { objection: id }),
    );
  });
  const both = [...names.flags].filter((name) => names.counters.has(name));
  for (const name of both)
    problems.push(
      problem(def.metaLines["state"] ?? { line: 1, column: 1 }, "state.duplicate", `"${name}" is both a flag and a counter`, { name }),
    );
  return problems;
}
