/**
 * Random but well-formed format-2 scripts, generated from a seed, for property tests: steps going
 * forward, reactions (some passing on), conditions over flags and trust, sets, two objections, a
 * second speaker, persona variants and a blueprint.
 */
import { mixSeed, nextIndex } from "../../simulation/rng";

export class Dice {
  constructor(private state: number) {}
  int(below: number): number {
    const [value, next] = nextIndex(this.state, below);
    this.state = next;
    return value;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("empty");
    return item;
  }
}

const QUALITIES = ["best", "good", "ok", "bad"] as const;
const FLAGS = ["f1", "f2", "f3"];

/** A random but well-formed format-2 script: steps s0…sN going forward, ends, objections, speakers. */
export function randomScript(seed: number): string {
  const dice = new Dice(mixSeed("script", seed));
  const steps = 3 + dice.int(4);
  const targets = (index: number) => [...Array.from({ length: steps - index - 1 }, (_, offset) => `s${index + offset + 1}`), "won", "lost"];
  const when = () =>
    dice.int(3) === 0 ? ` when="${dice.int(2) ? "not " : ""}${dice.pick(FLAGS)}${dice.int(2) ? ` or trust >= ${dice.int(60)}` : ""}"` : "";
  const sets = () => (dice.int(2) ? ` sets="${dice.int(2) ? "not " : ""}${dice.pick(FLAGS)}, n+${1 + dice.int(3)}"` : "");
  const option = (index: number, id: string, to: boolean) =>
    `<Option id="${id}"${to ? ` to="${dice.pick(targets(index))}"` : ""} quality="${dice.pick(QUALITIES)}"${when()}${sets()}>Reply ${id}.</Option>`;
  const body: string[] = [];
  for (let index = 0; index < steps; index++) {
    const reactions = Array.from({ length: dice.int(3) }, (_, r) => {
      const pass = dice.int(3) === 0 && index + 1 < steps;
      const inner = pass
        ? ""
        : Array.from({ length: dice.int(3) }, (_, o) => option(index, `s${index}r${r}o${o}`, dice.int(2) === 0)).join("");
      return `<Reaction id="s${index}r${r}" weight="${dice.int(4)}"${when()}${sets()}${pass ? ` to="s${index + 1}"` : ""}${dice.int(2) ? ' speaker="aide"' : ""}><Lead>Reaction ${r} at ${index}.</Lead>${inner}</Reaction>`;
    });
    const options = Array.from({ length: 1 + dice.int(3) }, (_, o) => option(index, `s${index}o${o}`, true));
    body.push(
      `<Step id="s${index}"${dice.int(2) ? " objection" : ""}${dice.int(2) ? ' speaker="aide"' : ""}>\n${reactions.join("\n")}\n<Lead${when()}>Line A ${index}.</Lead><Lead>Line B ${index}.</Lead>\n<Option id="s${index}safe" to="${targets(index)[0]}" quality="good">Go on.</Option>${options.join("")}\n</Step>`,
    );
  }
  body.push(
    `<Objection id="o1" type="price" weight="${dice.int(3)}"${when()}${sets()}><Lead>Too dear.</Lead><Option quality="best">Compared with?</Option>${option(0, "o1x", true)}<Model>Ask.</Model></Objection>`,
  );
  body.push(
    `<Objection id="o2" type="time" at="s1"><Lead>Busy.</Lead><Option quality="good" sets="f1">One question?</Option><Model>Ask.</Model></Objection>`,
  );
  body.push(`<Reveal fact="need" sets="f2"><Ask>reply</Ask><Lead>It jams.</Lead></Reveal>`);
  body.push(
    `<End id="won" outcome="won"><Lead>Deal.</Lead><Goal when="f1" points="100" /></End><End id="lost" outcome="lost"><Lead>No.</Lead></End><End id="hangup" outcome="hung_up"><Lead>Bye.</Lead></End>`,
  );
  return `---
format: 2
id: random-${seed}
title: Random ${seed}
lang: en
leadType: cold
difficulty: 1
passMark: 50
product: { name: X, usp: Y }
speakers: { aide: { name: Ann } }
state: { flags: [f1, f2, f3], counters: { n: 0 } }
persona:
  name: Sam
  temperament: busy
  mood: { interest: 30, trust: 30, patience: ${2 + dice.int(3)} }
  facts: { need: { value: it jams } }
  variants: [{ id: a, weight: ${1 + dice.int(3)} }, { id: b }]
blueprint: { objections: [o1] }
---

${body.join("\n\n")}
`;
}
