/**
 * The condition language of `when="…"`: names, and/or/not, brackets and comparisons with whole
 * numbers. A tokenizer and a recursive-descent parser turn the text into a small AST, which a pure
 * function evaluates against the call's state. Nothing here is ever handed to eval or Function:
 * the grammar is all a script can express.
 *
 *   expr := and ("or" and)*        and := not ("and" not)*        not := "not" not | atom
 *   atom := "(" expr ")" | name [op number]        op := >= <= > < == !=
 *   name := [a-z][a-zA-Z0-9_-]* ("." [a-zA-Z0-9_-]+)?
 */
import type { ProblemParams } from "./types";

export type CompareOp = ">=" | "<=" | ">" | "<" | "==" | "!=";

export type CondNode =
  | { k: "or" | "and"; args: CondNode[] }
  | { k: "not"; arg: CondNode }
  /** a name alone (`op` absent) is true when its value is above 0; `at` is its offset in the text */
  | { k: "ref"; name: string; at: number; op?: CompareOp; value?: number };

export interface Condition {
  text: string;
  ast: CondNode;
}

export interface ConditionError {
  /** offset in the condition text of the offending character */
  offset: number;
  code: string;
  message: string;
  params: ProblemParams;
}

type Token =
  | { t: "name"; v: string; at: number }
  | { t: "num"; v: number; at: number }
  | { t: "op"; v: CompareOp; at: number }
  | { t: "kw"; v: "and" | "or" | "not"; at: number }
  | { t: "("; at: number }
  | { t: ")"; at: number }
  | { t: "end"; at: number };

class Failure extends Error {
  constructor(readonly detail: ConditionError) {
    super(detail.message);
  }
}

function fail(offset: number, code: string, message: string, params: ProblemParams = {}): never {
  throw new Failure({ offset, code, message, params });
}

const NAME = /^[a-z][a-zA-Z0-9_-]*(\.[a-zA-Z0-9_-]+)?/;
const JS_OPERATORS: Record<string, string> = { "&&": "and", "||": "or", "!": "not" };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const char = text[i] ?? "";
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    const op = /^(>=|<=|==|!=|>|<)/.exec(rest)?.[1] as CompareOp | undefined;
    const js = /^(&&|\|\||!)/.exec(rest)?.[1];
    if (op) {
      tokens.push({ t: "op", v: op, at: i });
      i += op.length;
    } else if (js) {
      fail(i, "condition.js-operator", `"${js}" is not part of the language: write "${JS_OPERATORS[js] ?? ""}"`, {
        found: js,
        hint: JS_OPERATORS[js] ?? "",
      });
    } else if (char === "=") {
      fail(i, "condition.single-equals", `a single "=" does not compare: write "==" (or ">=", "<=")`, { found: "=" });
    } else if (char === "(" || char === ")") {
      tokens.push({ t: char, at: i });
      i += 1;
    } else if (/[0-9]/.test(char)) {
      const digits = /^[0-9]+/.exec(rest)?.[0] ?? "";
      tokens.push({ t: "num", v: Number(digits), at: i });
      i += digits.length;
    } else if (/[a-z]/.test(char)) {
      const name = NAME.exec(rest)?.[0] ?? char;
      if (name === "and" || name === "or" || name === "not") tokens.push({ t: "kw", v: name, at: i });
      else tokens.push({ t: "name", v: name, at: i });
      i += name.length;
    } else if (/[A-Z]/.test(char)) {
      fail(i, "condition.name-case", `names start with a lower-case letter: "${/^[A-Za-z0-9_.-]+/.exec(rest)?.[0] ?? char}"`, {
        found: /^[A-Za-z0-9_.-]+/.exec(rest)?.[0] ?? char,
      });
    } else {
      fail(i, "condition.unexpected", `unexpected "${char}"`, { found: char });
    }
  }
  tokens.push({ t: "end", at: text.length });
  return tokens;
}

function describe(token: Token): string {
  switch (token.t) {
    case "end":
      return "the end";
    case "(":
    case ")":
      return `"${token.t}"`;
    default:
      return `"${String(token.v)}"`;
  }
}

/** Recursive descent over the token list; each method consumes one rule of the grammar. */
class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.index] ?? { t: "end", at: 0 };
  }

  private next(): Token {
    const token = this.peek();
    this.index += 1;
    return token;
  }

  private isKeyword(word: "and" | "or" | "not"): boolean {
    const token = this.peek();
    return token.t === "kw" && token.v === word;
  }

  whole(): CondNode {
    const node = this.expr();
    const rest = this.peek();
    if (rest.t !== "end")
      fail(rest.at, "condition.trailing", `unexpected ${describe(rest)}: join conditions with "and" or "or"`, { found: describe(rest) });
    return node;
  }

  private expr(): CondNode {
    return this.chain("or", () => this.and());
  }

  private and(): CondNode {
    return this.chain("and", () => this.not());
  }

  private chain(word: "and" | "or", item: () => CondNode): CondNode {
    const args = [item()];
    while (this.isKeyword(word)) {
      this.next();
      args.push(item());
    }
    return args.length === 1 && args[0] ? args[0] : { k: word, args };
  }

  private not(): CondNode {
    if (!this.isKeyword("not")) return this.atom();
    this.next();
    return { k: "not", arg: this.not() };
  }

  private atom(): CondNode {
    const token = this.next();
    if (token.t === "(") {
      const inner = this.expr();
      const close = this.next();
      if (close.t !== ")") fail(close.at, "condition.close-paren", `expected ")" but found ${describe(close)}`, { found: describe(close) });
      return inner;
    }
    if (token.t !== "name")
      fail(token.at, "condition.operand", `expected a name, "not" or "(" but found ${describe(token)}`, { found: describe(token) });
    const op = this.peek();
    if (op.t !== "op") return { k: "ref", name: token.v, at: token.at };
    this.next();
    const value = this.next();
    if (value.t !== "num")
      fail(value.at, "condition.number", `"${op.v}" needs a whole number on its right, found ${describe(value)}`, {
        op: op.v,
        found: describe(value),
      });
    return { k: "ref", name: token.v, at: token.at, op: op.v, value: value.v };
  }
}

export function parseCondition(text: string): { condition?: Condition; error?: ConditionError } {
  if (text.trim() === "") return { error: { offset: 0, code: "condition.empty", message: "the condition is empty", params: {} } };
  try {
    return { condition: { text, ast: new Parser(tokenize(text)).whole() } };
  } catch (error) {
    if (error instanceof Failure) return { error: error.detail };
    throw error;
  }
}

/** Every name the condition reads, with its offset in the text, for checking against declarations. */
export function conditionNames(node: CondNode): { name: string; at: number }[] {
  switch (node.k) {
    case "ref":
      return [{ name: node.name, at: node.at }];
    case "not":
      return conditionNames(node.arg);
    default:
      return node.args.flatMap(conditionNames);
  }
}

/** The value of a name in the call now: a number, booleans as 0 and 1. */
export type Lookup = (name: string) => number;

function compare(left: number, op: CompareOp, right: number): boolean {
  switch (op) {
    case ">=":
      return left >= right;
    case "<=":
      return left <= right;
    case ">":
      return left > right;
    case "<":
      return left < right;
    case "==":
      return left === right;
    case "!=":
      return left !== right;
  }
}

export function evaluate(node: CondNode, lookup: Lookup): boolean {
  switch (node.k) {
    case "or":
      return node.args.some((arg) => evaluate(arg, lookup));
    case "and":
      return node.args.every((arg) => evaluate(arg, lookup));
    case "not":
      return !evaluate(node.arg, lookup);
    case "ref": {
      const value = lookup(node.name);
      return node.op === undefined || node.value === undefined ? value > 0 : compare(value, node.op, node.value);
    }
  }
}

// ─── State changes: sets="price_named, not trial_offered, pushes+1, pushes=0" ───────────────────

export type SetOp =
  | { flag: string; value: boolean; at: number }
  | { counter: string; add: number; at: number }
  | { counter: string; set: number; at: number };

const SET_ITEM = /^(not\s+)?([a-z][a-zA-Z0-9_]*)(?:([+-])([0-9]+)|=([0-9]+))?$/;

/** A comma-separated list; a malformed item is reported at its offset in the text. */
export function parseSets(text: string): { sets: SetOp[]; errors: ConditionError[] } {
  const sets: SetOp[] = [];
  const errors: ConditionError[] = [];
  let offset = 0;
  for (const raw of text.split(",")) {
    const lead = raw.length - raw.trimStart().length;
    const item = raw.trim();
    const at = offset + lead;
    offset += raw.length + 1;
    const match = SET_ITEM.exec(item.replace(/\s*([+=-])\s*/g, "$1"));
    if (item === "") {
      errors.push({ offset: at, code: "sets.empty", message: "an empty item in sets: remove the extra comma", params: {} });
    } else if (!match || (match[1] && (match[3] || match[5] !== undefined))) {
      errors.push({
        offset: at,
        code: "sets.syntax",
        message: `"${item}" is not a change: write flag, not flag, counter+1, counter-1 or counter=0`,
        params: { item },
      });
    } else {
      const [, negated, name = "", sign, amount, assigned] = match;
      if (sign && amount !== undefined) sets.push({ counter: name, add: sign === "-" ? -Number(amount) : Number(amount), at });
      else if (assigned !== undefined) sets.push({ counter: name, set: Number(assigned), at });
      else sets.push({ flag: name, value: !negated, at });
    }
  }
  return { sets, errors };
}
