#!/usr/bin/env node
/**
 * Moves app/models/ into folders by domain (and its pure code out of models), then rewrites every
 * import of a moved file. Re-runnable: a file already at its new place is left alone, imports that
 * already resolve are left alone, and imports added since (at the old paths) are rewritten. Run it
 * again after merging a branch that still used the old paths:
 *
 *   node tests/tools/move-models.mjs            # move and rewrite (git mv, so history follows)
 *   node tests/tools/move-models.mjs --check    # say what would change; exit 1 if anything would
 *   node tests/tools/move-models.mjs --force-old # a file at both places: the old one wins (a merge
 *                                                # kept an edited copy at the old path)
 *
 * What it rewrites: module specifiers (`from "…"`, `import("…")`, `import "…"`, `vi.mock("…")`,
 * `require("…")`), relative or through the `~/` alias (tsconfig paths: ~/* → app/*), in app/, db/,
 * tests/ and the top-level config files; then plain mentions of a moved path (`app/models/x.server.ts`
 * in a comment, a doc or a string such as `path.join(APP, "models/x.server.ts")`) in those files and
 * in Markdown; and, in a moved file, any other relative path that named an existing file or folder
 * from its old folder (`path.resolve(__dirname, "../../scripts-content")`). No dependencies: node and git only.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** old path → new path, from the repository root. Tests move with their module. */
const MOVES = {
  // rehearsal: attempts, their turns and results, the scorer the app injects
  "app/models/attempt.server.ts": "app/models/rehearsal/attempt.server.ts",
  "app/models/attempt-queries.server.ts": "app/models/rehearsal/attempt-queries.server.ts",
  "app/models/result.server.ts": "app/models/rehearsal/result.server.ts",
  "app/models/result-exam.server.ts": "app/models/rehearsal/result-exam.server.ts",
  "app/models/scorer.server.ts": "app/models/rehearsal/scorer.server.ts",
  "app/models/warm-up.server.ts": "app/models/rehearsal/warm-up.server.ts",
  "app/models/card-fields.server.ts": "app/models/rehearsal/card-fields.server.ts",
  // learning: what a manager reads, takes and picks from
  "app/models/lesson.server.ts": "app/models/learning/lesson.server.ts",
  "app/models/quiz.server.ts": "app/models/learning/quiz.server.ts",
  "app/models/catalogue.server.ts": "app/models/learning/catalogue.server.ts",
  // assignments: giving work, its exam blueprint, its progress and its history
  "app/models/assignment.server.ts": "app/models/assignments/assignment.server.ts",
  "app/models/assignment-blueprint.server.ts": "app/models/assignments/assignment-blueprint.server.ts",
  "app/models/assignment-blueprint.server.test.ts": "app/models/assignments/assignment-blueprint.server.test.ts",
  "app/models/assignment-blueprint-form.server.ts": "app/models/assignments/assignment-blueprint-form.server.ts",
  "app/models/assignment-form.server.ts": "app/models/assignments/assignment-form.server.ts",
  "app/models/assignment-manage.server.ts": "app/models/assignments/assignment-manage.server.ts",
  "app/models/assignment-manage.server.test.ts": "app/models/assignments/assignment-manage.server.test.ts",
  "app/models/assignment-progress.server.ts": "app/models/assignments/assignment-progress.server.ts",
  "app/models/change-history.server.ts": "app/models/assignments/change-history.server.ts",
  // certification
  "app/models/certificate.server.ts": "app/models/certification/certificate.server.ts",
  "app/models/certificate.server.test.ts": "app/models/certification/certificate.server.test.ts",
  "app/models/certification-manage.server.ts": "app/models/certification/certification-manage.server.ts",
  "app/models/certification-manage.server.test.ts": "app/models/certification/certification-manage.server.test.ts",
  // supervision: dashboards, people, rosters, readiness, export
  "app/models/dashboard.server.ts": "app/models/supervision/dashboard.server.ts",
  "app/models/dashboard.server.test.ts": "app/models/supervision/dashboard.server.test.ts",
  "app/models/dashboard-page.server.ts": "app/models/supervision/dashboard-page.server.ts",
  "app/models/export.server.ts": "app/models/supervision/export.server.ts",
  "app/models/people.server.ts": "app/models/supervision/people.server.ts",
  "app/models/person-work.server.ts": "app/models/supervision/person-work.server.ts",
  "app/models/readiness.server.ts": "app/models/supervision/readiness.server.ts",
  "app/models/team-roster.server.ts": "app/models/supervision/team-roster.server.ts",
  "app/models/team-roster.server.test.ts": "app/models/supervision/team-roster.server.test.ts",
  "app/models/coaching.server.test.ts": "app/models/supervision/coaching.server.test.ts",
  // review: a supervisor's review of a call, disputes, the queue, per-skill overrides
  "app/models/review.server.ts": "app/models/review/review.server.ts",
  "app/models/review-actions.server.ts": "app/models/review/review-actions.server.ts",
  "app/models/review-notify.server.ts": "app/models/review/review-notify.server.ts",
  "app/models/review-queue.server.ts": "app/models/review/review-queue.server.ts",
  "app/models/skill-review.server.ts": "app/models/review/skill-review.server.ts",
  "app/models/coaching-review-actions.server.ts": "app/models/review/coaching-review-actions.server.ts",
  // studio: working copies, versions, previews, files
  "app/models/studio.server.ts": "app/models/studio/studio.server.ts",
  "app/models/studio-check.server.ts": "app/models/studio/studio-check.server.ts",
  "app/models/studio-files.server.ts": "app/models/studio/studio-files.server.ts",
  "app/models/studio-learning-preview.server.ts": "app/models/studio/studio-learning-preview.server.ts",
  "app/models/studio-list.server.ts": "app/models/studio/studio-list.server.ts",
  "app/models/studio-preview.server.ts": "app/models/studio/studio-preview.server.ts",
  "app/models/studio-versions.server.ts": "app/models/studio/studio-versions.server.ts",
  // inbox: the content lead's held replies, rechecks and teaching
  "app/models/inbox-page.server.ts": "app/models/inbox/inbox-page.server.ts",
  "app/models/inbox-recheck.server.ts": "app/models/inbox/inbox-recheck.server.ts",
  "app/models/inbox-teach.server.ts": "app/models/inbox/inbox-teach.server.ts",
  "app/models/unmatched.server.ts": "app/models/inbox/unmatched.server.ts",
  // content: published items and versions, the library import
  "app/models/content.server.ts": "app/models/content/content.server.ts",
  "app/models/library.server.ts": "app/models/content/library.server.ts",
  "app/models/library.server.test.ts": "app/models/content/library.server.test.ts",
  // organisation: people's accounts, teams, the admin's tools, home pages
  "app/models/user.server.ts": "app/models/organisation/user.server.ts",
  "app/models/admin.server.ts": "app/models/organisation/admin.server.ts",
  "app/models/admin.server.test.ts": "app/models/organisation/admin.server.test.ts",
  "app/models/team.server.ts": "app/models/organisation/team.server.ts",
  "app/models/backup.server.ts": "app/models/organisation/backup.server.ts",
  "app/models/home.server.ts": "app/models/organisation/home.server.ts",
  // notifications (in-app, and the mail they send)
  "app/models/notification.server.ts": "app/models/notifications/notification.server.ts",
  "app/models/notification.server.test.ts": "app/models/notifications/notification.server.test.ts",

  // pure code, no database: out of models
  "app/models/studio-diff.server.ts": "app/engine/script/diff.ts",
  "app/models/studio-diagram.server.ts": "app/engine/script/diagram.ts",
  "app/models/studio-diagram.server.test.ts": "app/engine/script/diagram.test.ts",
  "app/models/studio-templates.server.ts": "app/content/templates.server.ts",
  "app/models/studio-templates.server.test.ts": "app/content/templates.server.test.ts",
  "app/models/studio-learning-templates.server.ts": "app/content/learning-templates.server.ts",
  "app/models/version-note.ts": "app/content/version-note.ts",
  "app/models/version-note.test.ts": "app/content/version-note.test.ts",
  "app/models/inbox-edit.ts": "app/content/inbox-edit.ts",
  "app/models/inbox-edit.test.ts": "app/content/inbox-edit.test.ts",
  "app/models/inbox-recheck.ts": "app/content/inbox-recheck.ts",
  "app/models/inbox-recheck.test.ts": "app/content/inbox-recheck.test.ts",

  // shared by models and pages, out of components (a model never imports a component)
  "app/components/learning/constants.ts": "app/utils/closed-sets.ts",
  "app/components/labels.ts": "app/i18n/labels.ts",
  "app/components/call/speakers.ts": "app/utils/speakers.ts",
  "app/components/call/speakers.test.ts": "app/utils/speakers.test.ts",
};

const args = new Set(process.argv.slice(2));
const CHECK = args.has("--check");
const FORCE_OLD = args.has("--force-old");
const ROOT = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
process.chdir(ROOT);

const SOURCE_DIRS = ["app", "db", "tests", "scripts-content"];
const CODE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const TEXT = /\.(md)$/;
const RESOLVE_SUFFIXES = ["", ".ts", ".tsx", ".js", ".jsx", ".mjs", "/index.ts", "/index.tsx", "/index.js"];
const THIS_FILE = path.relative(ROOT, new URL(import.meta.url).pathname);

const exists = (file) => fs.existsSync(file) && fs.statSync(file).isFile();
const stripExt = (p) => p.replace(/\.(ts|tsx|js|mjs)$/, "");
const posix = (p) => p.split(path.sep).join("/");
const git = (...a) => execFileSync("git", a, { encoding: "utf8" });

const newToOld = Object.fromEntries(Object.entries(MOVES).map(([from, to]) => [to, from]));
const problems = [];
const summary = { moved: 0, alreadyMoved: 0, specifiers: 0, mentions: 0, files: new Set() };

// 1. Moves (with --check, only planned: `present` is the tree as it would be after them).
const present = new Set(
  git("ls-files", "--cached", "--others", "--exclude-standard")
    .split("\n")
    .filter((file) => file && exists(file)),
);
/** where a file is read and written now → where it is after the moves */
const destination = new Map();
for (const [from, to] of Object.entries(MOVES)) {
  const hasOld = present.has(from);
  const hasNew = present.has(to);
  if (hasOld && hasNew && !FORCE_OLD) {
    problems.push(`both ${from} and ${to} exist: keep one (or pass --force-old to let the old one replace the new)`);
    continue;
  }
  if (!hasOld) {
    if (hasNew) summary.alreadyMoved += 1;
    else problems.push(`neither ${from} nor ${to} exists (removed? then drop it from MOVES)`);
    continue;
  }
  summary.moved += 1;
  present.delete(from);
  present.add(to);
  if (CHECK) {
    console.log(`would move ${from} → ${to}`);
    destination.set(from, to);
    continue;
  }
  fs.mkdirSync(path.dirname(to), { recursive: true });
  if (hasNew) git("rm", "-q", "-f", to);
  // a file git does not track yet is moved by the file system
  if (git("ls-files", "--", from).trim() !== "") git("mv", from, to);
  else fs.renameSync(from, to);
}

// 2. Import specifiers and mentions in every source file (tracked or new, not ignored).
const files = [...present]
  .filter((file) => file !== THIS_FILE && (CODE.test(file) || TEXT.test(file)))
  .filter((file) => SOURCE_DIRS.some((dir) => file.startsWith(`${dir}/`)) || !file.includes("/"));
const reverse = new Map([...destination].map(([from, to]) => [to, from]));

/** The file a path names in the tree after the moves, and the suffix the specifier left out. */
function resolveNow(base) {
  for (const suffix of RESOLVE_SUFFIXES) if (present.has(base + suffix)) return { file: base + suffix, suffix };
  return null;
}

/** The file a path named before the moves: a moved one gives its new place. */
function resolveBefore(base) {
  for (const suffix of RESOLVE_SUFFIXES) {
    const file = base + suffix;
    if (MOVES[file] && present.has(MOVES[file])) return { file: MOVES[file], suffix };
    if (present.has(file)) return { file, suffix };
  }
  return null;
}

function specifierFor(fromFile, target, suffix, alias) {
  let spec = target;
  if (suffix.startsWith("/index.")) spec = spec.replace(/\/index\.(ts|tsx|js)$/, "");
  else if (suffix !== "") spec = spec.replace(/\.(ts|tsx|js|jsx|mjs)$/, "");
  let relative = posix(path.relative(path.dirname(fromFile), spec));
  if (!relative.startsWith(".")) relative = `./${relative}`;
  // inside app/, a module outside the importer's own folder goes through the alias, as elsewhere in app/
  const viaAlias = alias || (fromFile.startsWith("app/") && relative.startsWith("../"));
  if (viaAlias && spec.startsWith("app/")) return `~/${spec.slice("app/".length)}`;
  return relative;
}

/** `file` is where the importing file is after the moves. */
function rewriteSpecifier(file, spec) {
  const alias = spec.startsWith("~/");
  if (!alias && !spec.startsWith("./") && !spec.startsWith("../")) return spec;
  const before = newToOld[file] ?? file;
  const baseNow = alias ? `app/${spec.slice(2)}` : posix(path.join(path.dirname(file), spec));
  if (resolveNow(baseNow)) return spec;
  const baseBefore = alias ? baseNow : posix(path.join(path.dirname(before), spec));
  const found = resolveBefore(baseBefore);
  if (!found) {
    // a path from the repository root in a string run elsewhere (`tsx -e`): the mention pass rewrites it
    if (!alias && resolveBefore(posix(path.normalize(spec)))) return spec;
    if (/(^|\/)models\//.test(spec) || Object.keys(MOVES).some((from) => baseBefore.startsWith(stripExt(from))))
      problems.push(`${file}: cannot resolve "${spec}"`);
    return spec;
  }
  return specifierFor(file, found.file, found.suffix, alias);
}

const SPECIFIER =
  /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*|\bvi\.(?:mock|doMock|importActual)\s*(?:<[^>]*>)?\s*\(\s*)(["'])([^"'\n]+)\2/g;
const RELATIVE_PATH = /(["'`])(\.\.?\/[^"'`$\n]*)\1/g;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `models/x.server` (from app/) in any text, not when it is part of a longer name. */
const MENTIONS = Object.entries(MOVES).map(([from, to]) => ({
  pattern: new RegExp(`(?<![\\w.-])${escape(stripExt(from).replace(/^app\//, ""))}(?=(?:\\.(?:ts|tsx|js|mjs))?(?![\\w-]|\\.\\w))`, "g"),
  to: stripExt(to).replace(/^app\//, ""),
}));

for (const file of files) {
  const disk = reverse.get(file) ?? file;
  const original = fs.readFileSync(disk, "utf8");
  let text = original;
  if (CODE.test(file)) {
    text = text.replace(SPECIFIER, (whole, lead, quote, spec) => {
      const next = rewriteSpecifier(file, spec);
      if (next === spec) return whole;
      summary.specifiers += 1;
      if (CHECK) console.log(`${file}: would rewrite "${spec}" → "${next}"`);
      return `${lead}${quote}${next}${quote}`;
    });
  }
  // A moved file's other relative paths (`path.resolve(__dirname, "../../scripts-content/…")`): from its new folder.
  const before = newToOld[file];
  if (before && path.dirname(before) !== path.dirname(file)) {
    text = text.replace(RELATIVE_PATH, (whole, quote, literal) => {
      if (fs.existsSync(path.join(path.dirname(file), literal)) || resolveNow(posix(path.join(path.dirname(file), literal)))) return whole;
      const old = posix(path.join(path.dirname(before), literal));
      const target = MOVES[old] ?? old;
      if (!fs.existsSync(target) && !present.has(target)) return whole;
      let next = posix(path.relative(path.dirname(file), target)) + (literal.endsWith("/") ? "/" : "");
      if (!next.startsWith(".")) next = `./${next}`;
      summary.specifiers += 1;
      if (CHECK) console.log(`${file}: would rewrite the path "${literal}" → "${next}"`);
      return `${quote}${next}${quote}`;
    });
  }
  for (const { pattern, to } of MENTIONS) {
    text = text.replace(pattern, () => {
      summary.mentions += 1;
      if (CHECK) console.log(`${file}: would rewrite a mention → ${to}`);
      return to;
    });
  }
  if (text !== original) {
    summary.files.add(file);
    if (!CHECK) fs.writeFileSync(disk, text);
  }
}

// 3. What is still flat in app/models (a file added after this mapping was written).
const flat = [...present].filter((file) => /^app\/models\/[^/]+$/.test(file));
for (const file of flat)
  if (!MOVES[file]) problems.push(`${file} is not in MOVES: give it a domain folder in tests/tools/move-models.mjs and run again`);

console.log(
  `${CHECK ? "would move" : "moved"} ${summary.moved} file(s) (${summary.alreadyMoved} already in place); ` +
    `${summary.specifiers} import(s) and ${summary.mentions} mention(s) ${CHECK ? "to rewrite" : "rewritten"} in ${summary.files.size} file(s)`,
);
for (const problem of problems) console.error(`warning: ${problem}`);
if (CHECK && (summary.moved > 0 || summary.specifiers > 0 || summary.mentions > 0)) process.exit(1);
