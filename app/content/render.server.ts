/**
 * Compiled MDX becomes HTML on the server only (ADR 0002): the browser receives markup built from
 * whitelisted components, never code to evaluate. Results are cached by content hash.
 */
import { getMDXComponent } from "mdx-bundler/client/index.js";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";

export type MdxComponents = Record<string, ComponentType<Record<string, unknown>>>;

const cache = new Map<string, string>();
const CACHE_LIMIT = 500;

export function renderMdxToHtml(code: string, components: MdxComponents, cacheKey?: string): string {
  if (cacheKey) {
    const hit = cache.get(cacheKey);
    if (hit !== undefined) return hit;
  }
  const Component = getMDXComponent(code);
  const html = renderToStaticMarkup(createElement(Component, { components }));
  if (cacheKey) {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? "");
    cache.set(cacheKey, html);
  }
  return html;
}
