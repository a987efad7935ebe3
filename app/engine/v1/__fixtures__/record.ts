/**
 * Records replays of the round-1 engine, so the frozen runtime in app/engine/v1 can prove it still
 * plays exactly as before. First run on the round-1 engine itself (commit 38852a8), which parsed the
 * library into definitions.json; since then it reads those stored definitions and plays them on the
 * frozen runtime (`npx tsx app/engine/v1/__fixtures__/record.ts`), so a re-run must change nothing.
 *
 * Per script: several seeds, both modes and answer modes, the policies best / worst / random and
 * a free-text run mixing typed option texts, paraphrases and nonsense. Each run is played twice:
 * with the engine's test scorer (snapshot and outcome compared on replay) and with the real scorer
 * (its snapshot keeps the turn scores of the time; finishing it must give the same total).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cardFromRevealed, currentView, finishAttempt, openOptions, pickOption, startAttempt, stepAttempt } from "../index";
import type { AttemptSnapshotV1 as AttemptSnapshot, ScriptDefinitionV1 as ScriptDefinition } from "../index";
import { testScorer } from "../testScorer";
import { nextIndex } from "../rng";
import { scorer as realScorer } from "../../scoring";
import type { QualificationCard, Scorer } from "../../scoring/types";
import type { Reply } from "../simTypes";

const here = fileURLToPath(new URL(".", import.meta.url));
const STORED: Record<string, ScriptDefinition> = JSON.parse(readFileSync(join(here, "definitions.json"), "utf8"));
const FILES = [
  "cold-gatekeeper.ru.mdx",
  "cold-gatekeeper.en.mdx",
  "objection-drill.ru.mdx",
  "objection-drill.en.mdx",
  "warm-inbound.ru.mdx",
  "churned-customer.en.mdx",
  "b2c-fitness.ru.mdx",
  "qualify-lead.en.mdx",
];

/** free: a random option typed (or nonsense); free-best: the best option typed, now and then cut short */
type Policy = "best" | "worst" | "random" | "free" | "free-best";
interface Run {
  policy: Policy;
  seed: number;
  mode: "practice" | "exam";
  answerMode: "choice" | "free";
}
const RUNS: Run[] = [
  { policy: "best", seed: 3, mode: "practice", answerMode: "choice" },
  { policy: "best", seed: 41, mode: "exam", answerMode: "choice" },
  { policy: "worst", seed: 7, mode: "exam", answerMode: "choice" },
  { policy: "random", seed: 1234, mode: "exam", answerMode: "choice" },
  { policy: "random", seed: 99, mode: "practice", answerMode: "choice" },
  { policy: "free", seed: 2024, mode: "practice", answerMode: "free" },
  { policy: "free-best", seed: 5, mode: "exam", answerMode: "free" },
];
const MAX_TURNS = 40;
const NONSENSE = ["qwx zzv plk", "бананы огурцы помидоры", "the weather is lovely today"];

/** The replies of one run, chosen on the test-scorer play and then replayed with the real scorer. */
function chooseReplies(def: ScriptDefinition, run: Run): Reply[] {
  let { snapshot } = startAttempt(def, { ...run, scorer: testScorer });
  let rng = run.seed;
  const replies: Reply[] = [];
  while (snapshot.machine.status !== "done" && replies.length < MAX_TURNS) {
    const open = openOptions(def, snapshot.machine);
    let reply: Reply;
    if (run.policy === "best" || run.policy === "worst") {
      const option = pickOption(open, run.policy);
      if (!option) break;
      reply = { kind: "option", optionId: option.id };
    } else {
      const shown = currentView(def, snapshot, run.mode).options;
      const [index, next] = nextIndex(rng, shown.length);
      const [kind, after] = nextIndex(next, 6);
      rng = after;
      const option = run.policy === "free-best" ? pickOption(open, "best") : shown[index];
      if (!option) break;
      if (run.policy === "random") reply = { kind: "option", optionId: option.id };
      else if (kind === 0 && run.policy === "free") reply = { kind: "text", text: NONSENSE[replies.length % NONSENSE.length] ?? "" };
      else if (kind === 1) reply = { kind: "text", text: `${option.text.split(" ").slice(0, 8).join(" ")}` };
      else reply = { kind: "text", text: option.text };
    }
    replies.push(reply);
    snapshot = stepAttempt(def, snapshot, reply, { scorer: testScorer }).snapshot;
  }
  return replies;
}

/** Free text may match differently with the real scorer, so its call can end before the replies do. */
function play(def: ScriptDefinition, run: Run, replies: Reply[], scorer: Scorer): AttemptSnapshot {
  let { snapshot } = startAttempt(def, { ...run, scorer });
  for (const reply of replies) {
    if (snapshot.machine.status === "done") break;
    snapshot = stepAttempt(def, snapshot, reply, { scorer }).snapshot;
  }
  return snapshot;
}

/** Best: the facts revealed; worst: nothing; the others: every second revealed fact. */
function cardFor(def: ScriptDefinition, snapshot: AttemptSnapshot, policy: Policy): QualificationCard {
  if (policy === "worst") return {};
  const card = cardFromRevealed(def, snapshot);
  if (policy === "best") return card;
  return Object.fromEntries(Object.entries(card).filter((_, index) => index % 2 === 0));
}

function finished(def: ScriptDefinition, snapshot: AttemptSnapshot, card: QualificationCard, scorer: Scorer) {
  return snapshot.machine.status === "done" ? finishAttempt(def, snapshot, card, { scorer }) : null;
}

const definitions: Record<string, ScriptDefinition> = {};
const replays = [];
for (const file of FILES) {
  const definition = STORED[file];
  if (!definition) throw new Error(`${file} is not in definitions.json`);
  definitions[file] = definition;
  for (const run of RUNS) {
    const replies = chooseReplies(definition, run);
    const snapshot = play(definition, run, replies, testScorer);
    const card = cardFor(definition, snapshot, run.policy);
    const real = play(definition, run, replies, realScorer);
    const realCard = cardFor(definition, real, run.policy);
    replays.push({
      script: file,
      ...run,
      replies,
      card,
      snapshot,
      outcome: finished(definition, snapshot, card, testScorer),
      real: { card: realCard, snapshot: real, outcome: finished(definition, real, realCard, realScorer) },
    });
  }
}
writeFileSync(join(here, "definitions.json"), `${JSON.stringify(definitions)}\n`);
writeFileSync(join(here, "replays.json"), `${JSON.stringify(replays)}\n`);
console.log(`recorded ${replays.length} replays of ${FILES.length} scripts`);
