/**
 * A field's errors, the one way every form shows them: placed right after the field, with the id
 * the field's `aria-describedby` names (conform's `errorId`), so a screen reader reads the error
 * with the field and a sighted reader sees it beside it. `lang`: the interface language, for a
 * form written in another (a quiz in English read by a Russian interface).
 */
export function FieldError({ id, errors, lang }: { id: string; errors?: readonly string[] | string | null | undefined; lang?: string }) {
  const list = (typeof errors === "string" ? [errors] : (errors ?? [])).filter(Boolean);
  if (list.length === 0) return null;
  return (
    <div id={id} lang={lang} className="mt-1 text-sm text-red-700" data-field-error="">
      {list.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
