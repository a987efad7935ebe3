/**
 * Text people typed — names, replies, comments, reasons — shown so that its direction stays its
 * own: a right-to-left override (U+202E) or a Hebrew name cannot run into the words around it and
 * make "Иван" read as something else. <bdi> for a phrase inside a sentence, dir="auto" on a block
 * of it (see the browser test tests/e2e/bidi.spec.ts).
 */
import { Fragment, type ReactNode } from "react";

export function UserText({ children }: { children: string | null | undefined }) {
  return <bdi>{children}</bdi>;
}

/**
 * The same isolation inside a plain string (a notice an action returns, an attribute): U+2068
 * FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, invisible, and an override inside ends
 * at the closing mark.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * A translated template with elements for some placeholders: `fill(template, { name:
 * <UserText>{manager}</UserText>, title })`. Placeholders not given stay as they are.
 */
export function fill(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/\{(\w+)\}/);
  return parts.map((part, index) => {
    if (index % 2 === 0) return part === "" ? null : <Fragment key={index}>{part}</Fragment>;
    return <Fragment key={index}>{part in values ? values[part] : `{${part}}`}</Fragment>;
  });
}
