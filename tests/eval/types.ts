/**
 * The evaluation corpora's items. Every item carries the context it was written for (the script,
 * the step, objection or reaction whose options were open, the lead's line it answers), so the
 * harness can score it the way the engine would without guessing.
 */
import type { Lang, LeadType, ObjectionType, OptionQuality } from "../../app/engine/vocabulary";

export type Label = "good" | "partial" | "bad";
export type Kind = "labelled" | "paraphrase" | "offscript";
export type Part = "dev" | "test";

export interface ItemContext {
  id: string;
  /** the script's `id` from its header, e.g. `cold-gatekeeper-ru` */
  script: string;
  /** the step, objection or reaction whose options are open when the reply is given */
  owner: string;
  /** for an objection: the step it interrupted (its skill and the call so far) */
  at?: string;
  lang: Lang;
  leadType: LeadType;
  leadLine: string;
  objectionType: ObjectionType | null;
  /** zero-based manager turn */
  turnIndex: number;
  /** a later batch (2, 3…) is split on its own; absent for the first batch */
  batch?: number;
  /** the id an item was published under, when it was reworded later: it keeps that id's place in the split */
  was?: string;
}

/** A manager's reply labelled as a sales trainer would, with the reason in sales terms. */
export interface LabelledReply extends ItemContext {
  reply: string;
  label: Label;
  reason: string;
}

/** The same meaning as one option, said in a manager's own words. */
export interface Paraphrase extends ItemContext {
  option: string;
  /** the option's quality when the paraphrase was written (the harness reads the library's) */
  quality: OptionQuality;
  text: string;
}

export const OFFSCRIPT_CATEGORIES = ["small_talk", "other_step", "gibberish", "unrelated"] as const;
export type OffScriptCategory = (typeof OFFSCRIPT_CATEGORIES)[number];

/** A reply that means none of the open options and must stay unmatched. */
export interface OffScript extends ItemContext {
  text: string;
  category: OffScriptCategory;
}

export interface CorpusFile {
  kind: Kind;
  part: Part;
  lang: Lang;
  items: LabelledReply[] | Paraphrase[] | OffScript[];
}

export interface Corpus {
  labelled: LabelledReply[];
  paraphrases: Paraphrase[];
  offscript: OffScript[];
}

/** Words in a reply: whitespace-separated pieces with a letter or a digit ("what's" is one). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** "Short" as issue 15 means it: under six words. */
export const SHORT_WORDS = 6;
export const isShort = (text: string): boolean => wordCount(text) < SHORT_WORDS;
