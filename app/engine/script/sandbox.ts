/**
 * The sandbox: the one place that decides whether an MDX tree may run. Used by parseScript and by
 * the remark plugin in app/content that guards mdx-bundler, so both reject exactly the same files.
 * A script must never execute code, on the server or in a colleague's browser.
 */
import type { Root, Nodes } from "mdast";
import type { Program } from "estree";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx";
import { isJsx, positionOf, type JsxElement } from "./mdast";
import type { Problem, ProblemParams } from "./types";

export const SCRIPT_COMPONENTS: ReadonlySet<string> = new Set([
  "Step",
  "Lead",
  "Option",
  "Hint",
  "Note",
  "Objection",
  "Model",
  "Reveal",
  "Ask",
  "End",
  "Reaction",
  "Example",
  "Goal",
]);

/** Plain formatting elements: nothing that loads, submits, styles or scripts. */
const SAFE_ELEMENTS: ReadonlySet<string> = new Set([
  "p",
  "br",
  "hr",
  "strong",
  "em",
  "b",
  "i",
  "u",
  "s",
  "sub",
  "sup",
  "small",
  "mark",
  "abbr",
  "code",
  "pre",
  "kbd",
  "blockquote",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "caption",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "span",
  "div",
  "a",
  "img",
]);

const UNSAFE_ELEMENTS: ReadonlySet<string> = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "form",
  "meta",
  "base",
  "style",
  "link",
  "frame",
  "frameset",
  "applet",
  "svg",
  "math",
  "input",
  "button",
  "textarea",
  "select",
  "template",
]);

/** Attributes whose value the browser follows as a URL. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "cite",
  "poster",
  "background",
  "xlink:href",
  "srcset",
  "ping",
]);

/** Attributes that inject markup or styles regardless of value. */
const FORBIDDEN_ATTRIBUTES: ReadonlySet<string> = new Set(["dangerouslysetinnerhtml", "style", "srcdoc"]);

export interface SandboxOptions {
  /** component names the file may use; defaults to the script components */
  components?: ReadonlySet<string>;
}

export function checkSandbox(tree: Root, options: SandboxOptions = {}): Problem[] {
  const components = options.components ?? SCRIPT_COMPONENTS;
  const problems: Problem[] = [];
  const visit = (node: Nodes) => {
    checkNode(node, components, problems);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(tree);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function problem(node: { position?: Root["position"] }, code: string, message: string, params: ProblemParams = {}): Problem {
  return { ...positionOf(node), code, message, severity: "error", params };
}

function checkNode(node: Nodes, components: ReadonlySet<string>, out: Problem[]): void {
  switch (node.type) {
    case "mdxjsEsm":
      out.push(
        problem(node, "sandbox.esm", `${esmKind(node.value)} is not allowed: scripts cannot load or export code`, {
          kind: esmKind(node.value),
        }),
      );
      return;
    case "mdxFlowExpression":
    case "mdxTextExpression":
      if (!isLiteralExpression(node.value, node.data?.estree)) {
        out.push(
          problem(node, "sandbox.expression", `only plain literal values are allowed in { }, found {${clip(node.value)}}`, {
            found: clip(node.value),
          }),
        );
      }
      return;
    case "link":
    case "image":
    case "definition":
      checkMarkdownUrl(node, out);
      return;
    case "html":
      out.push(problem(node, "sandbox.html", "raw HTML is not allowed"));
      return;
    default:
      if (isJsx(node)) checkElement(node, components, out);
  }
}

function esmKind(value: string): string {
  return /^\s*export\b/.test(value) ? "export" : "import";
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/** A literal is a string, number, boolean or null, a template without `${}`, or a negative number. */
export function isLiteralExpression(source: string, program: Program | null | undefined): boolean {
  if (!program) return source.trim() === "";
  if (program.body.length === 0) return true; // a comment: {/* … */}
  const [statement] = program.body;
  if (program.body.length !== 1 || statement?.type !== "ExpressionStatement") return false;
  const expression = statement.expression;
  if (expression.type === "Literal") return !("regex" in expression);
  if (expression.type === "TemplateLiteral") return expression.expressions.length === 0;
  return (
    expression.type === "UnaryExpression" &&
    expression.operator === "-" &&
    expression.argument.type === "Literal" &&
    typeof expression.argument.value === "number"
  );
}

function checkElement(node: JsxElement, components: ReadonlySet<string>, out: Problem[]): void {
  const name = node.name;
  if (name !== null) {
    if (UNSAFE_ELEMENTS.has(name.toLowerCase())) {
      out.push(problem(node, "sandbox.unsafe-element", `<${name}> is not allowed in scripts`, { element: name }));
    } else if (!components.has(name) && !SAFE_ELEMENTS.has(name)) {
      out.push(
        problem(node, "sandbox.unknown-component", `unknown component <${name}>; allowed: ${[...components].join(", ")}`, {
          element: name,
          allowed: [...components].join(", "),
        }),
      );
    }
  }
  for (const attribute of node.attributes) checkAttribute(attribute, out);
}

function checkAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, out: Problem[]): void {
  if (attribute.type === "mdxJsxExpressionAttribute") {
    out.push(
      problem(attribute, "sandbox.spread", `spread attributes {${clip(attribute.value)}} are not allowed`, {
        found: clip(attribute.value),
      }),
    );
    return;
  }
  const name = attribute.name.toLowerCase();
  if (/^on/.test(name)) {
    out.push(
      problem(attribute, "sandbox.event-handler", `event attribute ${attribute.name} is not allowed`, { attribute: attribute.name }),
    );
    return;
  }
  if (FORBIDDEN_ATTRIBUTES.has(name)) {
    out.push(
      problem(attribute, "sandbox.forbidden-attribute", `attribute ${attribute.name} is not allowed`, { attribute: attribute.name }),
    );
    return;
  }
  const value = attribute.value;
  let text: string | undefined = typeof value === "string" ? value : undefined;
  if (value && typeof value === "object") {
    if (!isLiteralExpression(value.value, value.data?.estree)) {
      out.push(
        problem(attribute, "sandbox.expression", `attribute ${attribute.name} must be plain text, found {${clip(value.value)}}`, {
          attribute: attribute.name,
          found: clip(value.value),
        }),
      );
      return;
    }
    text = value.value;
  }
  if (text !== undefined && URL_ATTRIBUTES.has(name) && isDangerousUrl(text)) {
    out.push(
      problem(attribute, "sandbox.url", `unsafe URL in ${attribute.name}: ${clip(text)}`, { attribute: attribute.name, url: clip(text) }),
    );
  }
}

function checkMarkdownUrl(node: Nodes & { url: string }, out: Problem[]): void {
  if (isDangerousUrl(node.url)) {
    out.push(
      problem(node, "sandbox.url", `links may point only to http, https or mailto addresses, found ${clip(node.url)}`, {
        url: clip(node.url),
      }),
    );
  }
}

// eslint-disable-next-line no-control-regex -- control characters are what must be stripped here
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Browsers ignore control characters, whitespace and entity tricks inside a scheme, so normalise
 * before looking. Links and URL attributes alike may use http, https, mailto or a relative path
 * (README: "links to http, https or mailto addresses"); javascript:, data:, vbscript: never pass.
 */
export function isDangerousUrl(raw: string): boolean {
  const url = raw
    .replace(/^["'`]|["'`]$/g, "")
    .replace(URL_NOISE, "")
    .replace(/&colon;|&#0*58;|&#x0*3a;/gi, ":")
    .toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  if (scheme === undefined) return false;
  return !["http", "https", "mailto"].includes(scheme);
}
