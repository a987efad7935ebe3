import { useEffect, useRef, useState, type MutableRefObject } from "react";
import type { MountedEditor } from "./codemirror.client";

export interface ProblemMark {
  line: number;
  column: number;
  message: string;
  severity: "error" | "warning";
}

/** Moves the caret to a line and column, in CodeMirror when it is up, in the textarea otherwise. */
export type JumpTo = (line: number, column: number) => void;

interface SourceEditorProps {
  id: string;
  name: string;
  label: string;
  describedBy?: string;
  /** the server refused the text (conform's errors for it), said in the element `describedBy` names */
  invalid?: boolean;
  defaultValue: string;
  problems: ProblemMark[];
  onChange: (text: string) => void;
  onSave: () => void;
  jumpRef: MutableRefObject<JumpTo | null>;
  /** where to put the caret on load (the inbox opens the editor at the new option) */
  initialLine?: number | null;
}

function textareaJump(textarea: HTMLTextAreaElement, line: number, column: number) {
  const lines = textarea.value.split("\n");
  const before = lines.slice(0, Math.max(0, line - 1)).reduce((sum, text) => sum + text.length + 1, 0);
  const offset = Math.min(textarea.value.length, before + Math.max(0, column - 1));
  textarea.focus();
  textarea.setSelectionRange(offset, offset);
}

/**
 * The text of a draft: a plain textarea that works without JavaScript, upgraded to CodeMirror
 * (highlighting, lint markers) once its chunk arrives.
 */
export function SourceEditor({
  id,
  name,
  label,
  describedBy,
  invalid = false,
  defaultValue,
  problems,
  onChange,
  onSave,
  jumpRef,
  initialLine,
}: SourceEditorProps) {
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const editorRef = useRef<MountedEditor | null>(null);
  const handlers = useRef({ onChange, onSave });
  const latestProblems = useRef(problems);
  const [enhanced, setEnhanced] = useState(false);

  // The editor, mounted once, calls the latest handlers and starts with the latest problems; the
  // refs are brought up to date after each render (writing them during render is not allowed).
  useEffect(() => {
    handlers.current = { onChange, onSave };
    latestProblems.current = problems;
  });

  useEffect(() => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    jumpRef.current = (line, column) => textareaJump(textarea, line, column);
    let cancelled = false;
    void import("./codemirror.client").then(({ mountEditor }) => {
      if (cancelled) return;
      const editor = mountEditor(textarea, {
        onChange: (text) => handlers.current.onChange(text),
        onSave: () => handlers.current.onSave(),
      });
      editorRef.current = editor;
      setEnhanced(true);
      editor.setMarkers(latestProblems.current);
      jumpRef.current = (line, column) => editor.goTo(line, column);
      if (initialLine) editor.goTo(initialLine, 1);
    });
    return () => {
      cancelled = true;
      editorRef.current?.destroy();
      editorRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- mounted once per editor instance (jumpRef is a ref, initialLine applies on load only): the parent remounts it (key) to load another text
  }, []);

  useEffect(() => {
    editorRef.current?.setMarkers(problems);
  }, [problems]);

  // A refusal (or its end) reaches CodeMirror's editable element too, the one people actually use.
  useEffect(() => {
    editorRef.current?.syncAria();
  }, [describedBy, invalid]);

  // A fixed frame the author can drag taller (resize-y); the editor scrolls inside it. The plain
  // textarea needs none: it already scrolls inside its rows and resizes itself.
  return (
    <div
      className={enhanced ? "h-[70vh] min-h-64 resize-y overflow-hidden rounded border border-slate-300 bg-white" : undefined}
      data-testid="editor-frame"
    >
      <textarea
        ref={textareaRef}
        id={id}
        name={name}
        aria-label={label}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        defaultValue={defaultValue}
        onChange={(event) => onChange(event.currentTarget.value)}
        rows={28}
        spellCheck={false}
        className="w-full rounded border border-slate-300 p-2 font-mono text-sm"
        data-testid="source-textarea"
      />
    </div>
  );
}
