/**
 * CodeMirror 6 around the studio's textarea. Loaded with import() from the editor page only, so no
 * other page pays for it; the `.client` name keeps it out of the server build. The textarea stays
 * in the form (hidden) and is kept in sync, so saving is still a plain form post.
 */
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { yamlFrontmatter } from "@codemirror/lang-yaml";
import { defaultHighlightStyle, HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { Compartment, EditorState, type Text } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from "@codemirror/view";
import { tags } from "@lezer/highlight";

export interface Marker {
  line: number;
  column: number;
  message: string;
  severity: "error" | "warning";
}

export interface MountedEditor {
  setMarkers: (markers: Marker[]) => void;
  goTo: (line: number, column: number) => void;
  /** copies the textarea's label, description and invalid state onto the editable element again */
  syncAria: () => void;
  destroy: () => void;
}

/** 1-based line:column → document offset, clamped: a problem past the end still lands somewhere. */
function offsetOf(doc: Text, line: number, column: number): number {
  const target = doc.line(Math.min(Math.max(1, line), doc.lines));
  return target.from + Math.min(Math.max(0, column - 1), target.length);
}

/**
 * Colours the default style leaves plain: MDX components are what an author scans for, so their
 * names, attributes and values stand apart from the prose around them.
 */
const mdxHighlight = HighlightStyle.define([
  { tag: tags.tagName, color: "#1d4ed8", fontWeight: "600" },
  { tag: tags.angleBracket, color: "#64748b" },
  { tag: tags.attributeName, color: "#7c3aed" },
  { tag: tags.attributeValue, color: "#047857" },
]);

/**
 * The editor keeps a fixed height and scrolls inside, so the problems, the buttons and the diagram
 * stay near however long the script is; the frame around it (source-editor.tsx) sets the height
 * and lets the author drag it taller.
 */
const frameTheme = EditorView.theme({
  "&": { height: "100%" },
  ".cm-scroller": { overflow: "auto", fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" },
});

/**
 * The editable element speaks for the hidden textarea: its label, what describes it (the shortcut,
 * a refusal) and whether the server refused it. tabindex states what contenteditable already does,
 * so checkers see the scroller's content is reachable.
 */
function ariaOf(textarea: HTMLTextAreaElement) {
  const invalid = textarea.getAttribute("aria-invalid");
  return EditorView.contentAttributes.of({
    "aria-label": textarea.getAttribute("aria-label") ?? "",
    "aria-describedby": textarea.getAttribute("aria-describedby") ?? "",
    ...(invalid ? { "aria-invalid": invalid } : {}),
    tabindex: "0",
  });
}

export function mountEditor(
  textarea: HTMLTextAreaElement,
  handlers: { onChange: (text: string) => void; onSave: () => void },
): MountedEditor {
  const aria = new Compartment();
  const view = new EditorView({
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        // Without yamlFrontmatter the header between the `---` lines parses as a setext heading.
        yamlFrontmatter({ content: markdown() }),
        syntaxHighlighting(mdxHighlight),
        syntaxHighlighting(defaultHighlightStyle),
        frameTheme,
        lintGutter(),
        EditorView.lineWrapping,
        // Tab is left to the browser so keyboard users can leave the editor.
        keymap.of([{ key: "Mod-s", preventDefault: true, run: () => (handlers.onSave(), true) }, ...defaultKeymap, ...historyKeymap]),
        aria.of(ariaOf(textarea)),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          textarea.value = update.state.doc.toString();
          handlers.onChange(textarea.value);
        }),
      ],
    }),
  });
  view.dom.classList.add("studio-cm");
  view.dom.dataset.testid = "code-editor";
  textarea.after(view.dom);
  textarea.hidden = true;
  return {
    setMarkers(markers) {
      const doc = view.state.doc;
      const diagnostics: Diagnostic[] = markers.map((marker) => {
        const from = offsetOf(doc, marker.line, marker.column);
        const lineEnd = doc.lineAt(from).to;
        return {
          from,
          to: Math.max(from + 1, lineEnd) > doc.length ? doc.length : Math.max(from + 1, lineEnd),
          severity: marker.severity,
          message: marker.message,
        };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    goTo(line, column) {
      const anchor = offsetOf(view.state.doc, line, column);
      view.dispatch({ selection: { anchor }, scrollIntoView: true });
      view.focus();
    },
    syncAria() {
      view.dispatch({ effects: aria.reconfigure(ariaOf(textarea)) });
    },
    destroy() {
      view.destroy();
      textarea.hidden = false;
    },
  };
}
