import { createElement, isValidElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { fill, UserText } from "./user-text";

describe("fill", () => {
  it("puts elements where the placeholders are and keeps the rest of the template", () => {
    const html = renderToStaticMarkup(
      createElement(
        "p",
        null,
        fill("Review: {name} — {title} {missing}", { name: createElement(UserText, null, "\u202EИван"), title: "Cold call" }),
      ),
    );
    expect(html).toBe("<p>Review: <bdi>\u202EИван</bdi> — Cold call {missing}</p>");
  });

  it("returns plain text pieces for a template without placeholders", () => {
    const nodes = fill("No names here", {});
    expect(Array.isArray(nodes) && nodes.every((n) => n === null || isValidElement(n))).toBe(true);
  });
});
