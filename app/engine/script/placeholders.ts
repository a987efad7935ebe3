/**
 * Placeholders in lines and options: `[[var.pain]]`, `[[fact.need]]`, `[[persona.name]]`,
 * `[[speaker.secretary.name]]`, `[[manager]]` and forms chosen by the player's form of address,
 * `[[рад|рада]]` or `[[рад|рада|рады]]`. Found and checked when the script is parsed, filled when a
 * line is said; filling is plain string substitution, never evaluation.
 */
import type { ProblemParams } from "./types";

export type FormOfAddress = "m" | "f" | "n";

export interface Player {
  /** the player's first name, from their profile; empty when unknown */
  name: string;
  form: FormOfAddress;
}

export const DEFAULT_PLAYER: Player = { name: "", form: "n" };

export type PlaceholderRef =
  | { kind: "var" | "fact"; name: string }
  | { kind: "persona"; field: "name" | "role" }
  | { kind: "speaker"; speaker: string; field: "name" | "role" }
  | { kind: "manager" }
  | { kind: "forms"; forms: string[] };

export interface FoundPlaceholder {
  ref: PlaceholderRef;
  /** offset of the `[[` in the text */
  at: number;
  raw: string;
}

export interface PlaceholderError {
  offset: number;
  code: string;
  message: string;
  params: ProblemParams;
}

const PLACEHOLDER = /\[\[([^\][]*)\]\]/g;

function read(body: string): PlaceholderRef | undefined {
  const text = body.trim();
  if (text === "manager") return { kind: "manager" };
  if (text.includes("|")) {
    const forms = text.split("|").map((form) => form.trim());
    return forms.length >= 2 && forms.length <= 3 && forms.every((form) => form !== "") ? { kind: "forms", forms } : undefined;
  }
  const parts = text.split(".");
  const [head, second, third] = parts;
  if ((head === "var" || head === "fact") && parts.length === 2 && second) return { kind: head, name: second };
  if (head === "persona" && parts.length === 2 && (second === "name" || second === "role")) return { kind: "persona", field: second };
  if (head === "speaker" && parts.length === 3 && second && (third === "name" || third === "role"))
    return { kind: "speaker", speaker: second, field: third };
  return undefined;
}

/** Every placeholder in a text, and the malformed ones as errors at their offset. */
export function findPlaceholders(text: string): { found: FoundPlaceholder[]; errors: PlaceholderError[] } {
  const found: FoundPlaceholder[] = [];
  const errors: PlaceholderError[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const at = match.index ?? 0;
    const ref = read(match[1] ?? "");
    if (ref) found.push({ ref, at, raw: match[0] });
    else
      errors.push({
        offset: at,
        code: "placeholder.unknown",
        message: `unknown placeholder ${match[0]}: use var.…, fact.…, persona.name, speaker.ID.name, manager or forms like [[рад|рада]]`,
        params: { placeholder: match[0] },
      });
  }
  const stripped = text.replace(PLACEHOLDER, (whole) => " ".repeat(whole.length));
  const open = stripped.indexOf("[[");
  if (open >= 0) errors.push({ offset: open, code: "placeholder.unclosed", message: `"[[" is not closed with "]]"`, params: {} });
  return { found, errors };
}

export interface FillContext {
  vars: Record<string, string>;
  facts: Record<string, string>;
  persona: { name: string; role?: string };
  speakers: Record<string, { name: string; role?: string }>;
  player: Player;
}

/** Two forms and no known form of address: "рад(а)" when one extends the other, else "рад/рада". */
function pickForm(forms: string[], form: FormOfAddress): string {
  const [masculine = "", feminine = "", neutral] = forms;
  if (form === "m") return masculine;
  if (form === "f") return feminine;
  if (neutral !== undefined) return neutral;
  return feminine.startsWith(masculine) ? `${masculine}(${feminine.slice(masculine.length)})` : `${masculine}/${feminine}`;
}

function value(ref: PlaceholderRef, context: FillContext): string {
  switch (ref.kind) {
    case "var":
      return context.vars[ref.name] ?? "";
    case "fact":
      return context.facts[ref.name] ?? "";
    case "persona":
      return context.persona[ref.field] ?? "";
    case "speaker":
      return context.speakers[ref.speaker]?.[ref.field] ?? "";
    case "manager":
      return context.player.name;
    case "forms":
      return pickForm(ref.forms, context.player.form);
  }
}

export function fillPlaceholders(text: string, context: FillContext): string {
  if (!text.includes("[[")) return text;
  const filled = text.replace(PLACEHOLDER, (whole, body: string) => {
    const ref = read(body);
    return ref ? value(ref, context) : whole;
  });
  // An empty [[manager]] must not leave "Hello , this is" behind.
  return filled
    .replace(/\s+([,.!?;:])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}
