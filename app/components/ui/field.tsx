import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useId, type InputHTMLAttributes } from "react";
import { fieldLimit } from "~/utils/limits";
import { FieldError } from "./field-error";

type InputType = "email" | "password" | "text" | "number" | "date" | "search" | "url" | "tel";

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: string;
  /** conform's metadata for the field: its name, id, kept value, errors and their id */
  meta?: FieldMetadata<unknown, Record<string, unknown>>;
  type?: InputType;
  error?: string | null;
  hint?: string;
}

/**
 * A labelled input whose error (FieldError) is announced and tied to it with aria-describedby.
 * Given conform's `meta`, the name, id, kept value, aria-invalid and error id come from it.
 * Unless told otherwise it takes no more than the server accepts for its name (app/utils/limits.ts).
 */
export function Field({ label, meta, error, hint, id, className, maxLength, type = "text", ...input }: FieldProps) {
  const generated = useId();
  if (meta) {
    const hintId = meta.descriptionId;
    const { key, ...control } = getInputProps(meta, { type, ariaDescribedBy: hint ? hintId : undefined });
    return (
      <div className={className ?? "mb-4"}>
        <label htmlFor={control.id} className="mb-1 block text-sm font-medium text-slate-800">
          {label}
        </label>
        <input
          key={key}
          className={`w-full rounded border px-3 py-2 ${meta.errors ? "border-red-600" : "border-slate-300"}`}
          maxLength={maxLength ?? fieldLimit(meta.name)}
          {...control}
          {...input}
        />
        {hint ? (
          <p id={hintId} className="mt-1 text-xs text-slate-600">
            {hint}
          </p>
        ) : null}
        <FieldError id={meta.errorId} errors={meta.errors} />
      </div>
    );
  }
  const inputId = id ?? generated;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className ?? "mb-4"}>
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={inputId}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full rounded border px-3 py-2 ${error ? "border-red-600" : "border-slate-300"}`}
        maxLength={maxLength ?? (input.name ? fieldLimit(input.name) : undefined)}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} errors={error} />
    </div>
  );
}

export function Button({ className, ...props }: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      className={`rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60 ${className ?? ""}`}
      {...props}
    />
  );
}

export function FormAlert({ children, tone = "error", id }: { children: React.ReactNode; tone?: "error" | "success"; id?: string }) {
  const styles = tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-800";
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} className={`mb-4 rounded border px-3 py-2 ${styles}`}>
      {children}
    </div>
  );
}
