/**
 * What the fuzz test posts to: every route file that exports an action, its URL with real ids
 * from the fuzz world, and the fields its forms have — read from the pages themselves (every
 * <form>, attributed to its action) and from the route matrix, so a new field is fuzzed without
 * anyone listing it here.
 */
import fs from "node:fs";
import path from "node:path";
import { ROUTE_MATRIX } from "./route-matrix";

export interface World {
  cookies: Record<"manager" | "supervisor" | "content_lead" | "admin", string[]>;
  spare: Record<"manager" | "supervisor" | "content_lead" | "admin", string[]>;
  ids: Record<string, string>;
}

export interface Target {
  file: string;
  /** the URL's path with its parameters filled from the world */
  paths: string[];
  /** index routes need Remix's ?index to reach their own action */
  index: boolean;
  fields: Map<string, Set<string>>;
}

const ROUTES = path.resolve("app/routes");

/** `supervise.assignments.$assignmentId.edit.tsx` → `/supervise/assignments/{assignmentId}/edit` */
export function routePattern(file: string): string {
  const segments = file
    .replace(/\.tsx?$/, "")
    .split(".")
    .filter((s) => s !== "_index");
  return `/${segments.map((s) => (s.startsWith("$") ? `{${s.slice(1)}}` : s)).join("/")}`;
}

function paramValues(file: string, param: string, world: World): string[] {
  const ids = world.ids;
  const unknown = "no-such-thing";
  switch (param) {
    case "attemptId":
      return [ids.openAttempt, ids.played, ids.finished, ids.own, unknown].map(String);
    case "teamId":
      return file.startsWith("admin.") ? [String(ids.adminTeamId), unknown] : [String(ids.teamId), String(ids.adminTeamId)];
    case "userId":
      return [String(ids.victim), unknown];
    case "itemId":
      return [String(ids.scriptItem), unknown];
    case "assignmentId":
      return [String(ids.assignmentId), unknown];
    case "certificationId":
      return [String(ids.certificationId), unknown];
    case "token":
      return [String(ids.token), unknown];
    case "slug":
      if (file.startsWith("lessons.")) return ["sales-department-en", "handling-objections-ru", unknown];
      if (file.startsWith("quizzes.")) return ["call-stages-en", "objections-basics-ru", unknown];
      return ["warm-inbound-en", "objection-drill-ru", unknown];
    default:
      return [unknown];
  }
}

function expand(pattern: string, file: string, world: World): string[] {
  let paths = [pattern];
  for (const [, param = ""] of pattern.matchAll(/\{(\w+)\}/g)) {
    paths = paths.flatMap((p) => paramValues(file, param, world).map((v) => p.replace(`{${param}}`, encodeURIComponent(v))));
  }
  return paths;
}

export function actionTargets(world: World): Target[] {
  const files = fs.readdirSync(ROUTES).filter((f) => /\.tsx?$/.test(f) && !f.includes(".test."));
  const withAction = files.filter((f) =>
    /export (async )?function action\b|export const action\b/.test(fs.readFileSync(path.join(ROUTES, f), "utf8")),
  );
  return withAction.map((file) => {
    const fields = new Map<string, Set<string>>();
    const row = ROUTE_MATRIX.find((r) => r.file === file);
    for (const [name, value] of Object.entries(row?.post ?? {})) fields.set(name, new Set([value]));
    return { file, paths: expand(routePattern(file), file, world), index: file.endsWith("_index.tsx"), fields };
  });
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Adds the fields of every form in `html` (served at `pagePath`) to the target it posts to. */
export function harvestForms(html: string, pagePath: string, targets: Target[]): void {
  for (const [, attributes = "", body = ""] of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const action = /\baction="([^"]*)"/.exec(attributes)?.[1];
    const posted = decode(action ?? pagePath).split("?")[0] ?? "";
    const target = targets.find((t) => t.paths.includes(posted));
    if (!target) continue;
    for (const [tag = ""] of body.matchAll(/<(?:input|textarea|select|button)\b[^>]*>/g)) {
      const name = /\bname="([^"]+)"/.exec(tag)?.[1];
      if (!name) continue;
      const values = target.fields.get(decode(name)) ?? new Set<string>();
      const value = /\bvalue="([^"]*)"/.exec(tag)?.[1];
      if (value !== undefined) values.add(decode(value));
      target.fields.set(decode(name), values);
    }
    for (const [, select = "", options = ""] of body.matchAll(/<select\b[^>]*\bname="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
      for (const [, value = ""] of options.matchAll(/<option\b[^>]*\bvalue="([^"]*)"/g))
        target.fields.get(decode(select))?.add(decode(value));
    }
  }
}
