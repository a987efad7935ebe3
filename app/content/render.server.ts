/**
 * Compiled MDX becomes HTML on the server only (ADR 0002): the browser receives markup built from
 * whitelisted components, never code to evaluate. Results are cached by content hash.
 */
import { LRUCache } from "lru-cache";
import { getMDXComponent } from "mdx-bundler/client/index.js";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";

export type MdxComponents = Record<string, ComponentType<Record<string, unknown>>>;

const cache = new LRUCache<string, string>({ max: 500 });

export function renderMdxToHtml(code: string, components: MdxComponents, cacheKey?: string): string {
  if (cacheKey) {
    const hit = cache.get(cacheKey);
    if (hit !== undefined) return hit;
  }
  const Component = getMDXComponent(code);
  const html = renderToStaticMarkup(createElement(Component, { components }));
  if (cacheKey) cache.set(cacheKey, html);
  return html;
}
