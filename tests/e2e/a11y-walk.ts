/**
 * The accessibility walk: visits a page of every route a visitor can open, by following the links
 * a person would see (plus a few URLs no link leads to), and runs axe on each. One visit per route
 * file keeps it fast; a hook may put a page into more states (a call in progress) and check those.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { isPage, routeFileOf } from "./page-routes";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const BLOCKING = new Set(["serious", "critical"]);

export interface Finding {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export interface WalkReport {
  /** route file (or a state's label) → the URL checked */
  checked: Map<string, string>;
  /** serious and critical violations: each must be fixed */
  blocking: Finding[];
  /** moderate and minor ones, reported */
  minor: Finding[];
  /** pages whose document scrolls sideways at this viewport */
  overflowing: string[];
  /** pages whose <html lang> is not the language asked for */
  wrongLang: string[];
}

export function emptyReport(): WalkReport {
  return { checked: new Map(), blocking: [], minor: [], overflowing: [], wrongLang: [] };
}

/** Runs axe on the page as it stands and files what it finds under `label`. */
export async function checkPage(page: Page, label: string, lang: string, report: WalkReport): Promise<void> {
  await page.waitForLoadState("networkidle");
  // Legacy mode runs axe in the page itself: the pages have no frames, and the default mode opens
  // a second page per check to merge frame results, which doubles the cost of every check.
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ["violations"] })
    .setLegacyMode(true)
    .analyze();
  for (const violation of results.violations) {
    const finding: Finding = {
      page: `${label} ${new URL(page.url()).pathname}`,
      rule: violation.id,
      impact: violation.impact ?? "unknown",
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
    };
    (BLOCKING.has(finding.impact) ? report.blocking : report.minor).push(finding);
  }
  const layout = await page.evaluate(() => ({
    wide: document.documentElement.scrollWidth > window.innerWidth,
    lang: document.documentElement.lang,
  }));
  if (layout.wide) report.overflowing.push(label);
  if (layout.lang !== lang) report.wrongLang.push(`${label} (${layout.lang})`);
  report.checked.set(label, page.url());
}

/** Same-origin links to pages (not files, not sign-out), in document order. */
async function pageLinks(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>("a[href]:not([download])")].map((a) => a.href));
  return hrefs.filter((href) => {
    const url = new URL(href);
    const file = url.origin === origin ? routeFileOf(url.pathname) : null;
    return file !== null && isPage(file);
  });
}

export interface WalkOptions {
  start: readonly string[];
  lang: string;
  /** after a route file's page was checked: put it into further states and check those */
  act?: (file: string, page: Page, check: (label: string) => Promise<void>) => Promise<void>;
}

/** Breadth-first over links, one page per route file. */
export async function walk(page: Page, options: WalkOptions, report: WalkReport): Promise<void> {
  const queue = [...options.start];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    const file = routeFileOf(new URL(next, page.url()).pathname);
    if (!file || report.checked.has(file)) continue;
    await page.goto(next);
    const landed = routeFileOf(new URL(page.url()).pathname);
    if (landed !== file) continue; // redirected elsewhere; that page gets its own visit
    await checkPage(page, file, options.lang, report);
    queue.push(...(await pageLinks(page)));
    if (options.act) await options.act(file, page, (label) => checkPage(page, label, options.lang, report));
  }
}

/** One line per finding, for a failure message a person can act on. */
export function describe(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.impact} ${f.rule} on ${f.page}: ${f.help} — ${f.targets.join(" | ")}`).join("\n");
}
