/**
 * One group of held replies and what a content lead can do with it: pick the wordings, then add
 * them to an option (of the version they were said in) as example phrasings, make them a new
 * option where they were said, or dismiss them. One form, three submit buttons: works without
 * JavaScript, every control labelled.
 */
import { getFormProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useId } from "react";
import { OPTION_QUALITIES } from "~/engine/vocabulary";
import type { GroupView, Place } from "~/models/inbox/inbox-page.server";
import type { TeachChoices } from "~/models/inbox/inbox-teach.server";
import { useT } from "~/utils/use-t";
import { FieldError } from "~/components/ui/field-error";
import { fill } from "~/components/ui/user-text";

const BUTTON = "rounded px-3 py-1.5 text-sm font-medium";
const SELECT = "block w-full max-w-full rounded border border-slate-300 px-2 py-1.5 text-sm";

export function usePlaceLabel() {
  const { t } = useT();
  return (place: Place) => t(`studio.inbox.at.${place.kind}`, { id: place.id, step: place.stepId ?? "" });
}

type GroupForm = { intent?: string; itemId?: string; ids?: string; text?: string[]; target?: string; quality?: string; to?: string };
type Meta = FieldMetadata<unknown, GroupForm, string[]>;

/** conform's name and error wiring for a control whose id and look stay the page's own */
const wired = (meta: Meta) => ({
  name: meta.name,
  "aria-invalid": meta.errors ? true : undefined,
  "aria-describedby": meta.errors ? meta.errorId : undefined,
});

const short = (text: string) => (text.length > 160 ? `${text.slice(0, 158)}…` : text);

export function InboxGroup({
  group,
  choices,
  lastResult,
}: {
  group: GroupView;
  choices: TeachChoices | null;
  lastResult?: SubmissionResult<string[]> | undefined;
}) {
  const { t, plural } = useT();
  const [form, fields] = useForm<GroupForm>({ id: `inbox-${group.ids.join("-")}`, lastResult });
  const placeLabel = usePlaceLabel();
  const id = useId();
  const place = placeLabel(group.place);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="reply-group" aria-labelledby={`${id}-text`}>
      <p className="text-sm text-slate-600">
        <Link to={`/studio/${group.itemId}`} className="text-brand-700 underline">
          {group.itemTitle}
        </Link>{" "}
        · {place} · <span data-testid="reply-count">{plural("studio.inbox.count", group.count)}</span>
      </p>
      <blockquote id={`${id}-text`} className="my-2 border-l-4 border-slate-300 pl-3 text-lg" dir="auto">
        {group.text}
      </blockquote>
      {group.draftedAs ? (
        <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="drafted">
          {fill(t("studio.inbox.drafted"), { option: <code>{group.draftedAs}</code> })}
        </p>
      ) : null}
      <Form method="post" className="space-y-3" {...getFormProps(form)}>
        <input type="hidden" name="itemId" value={group.itemId} />
        <input type="hidden" name="ids" value={group.ids.join(",")} />
        <fieldset
          aria-invalid={fields.text.errors ? true : undefined}
          aria-describedby={fields.text.errors ? fields.text.errorId : undefined}
        >
          <legend className="text-sm font-medium">{t("studio.inbox.wordings")}</legend>
          <ul className="mt-1 space-y-1">
            {group.wordings.map((text) => (
              <li key={text}>
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name={fields.text.name} value={text} defaultChecked className="mt-1" />
                  <span>
                    <bdi>{text}</bdi> <span className="text-slate-500">({plural("studio.inbox.said", group.counts[text] ?? 1)})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <FieldError id={fields.text.errorId} errors={fields.text.errors} />
        </fieldset>
        {choices ? (
          <TeachControls group={group} choices={choices} place={place} fields={fields} />
        ) : (
          <p className="text-sm text-slate-700">{t("studio.inbox.noVersion")}</p>
        )}
        <button type="submit" name="intent" value="dismiss" className={`${BUTTON} border border-slate-300 hover:bg-slate-100`}>
          {t("studio.inbox.dismiss")}
        </button>
      </Form>
    </li>
  );
}

function TeachControls({
  group,
  choices,
  place,
  fields,
}: {
  group: GroupView;
  choices: TeachChoices;
  place: string;
  fields: Record<"target" | "quality" | "to", Meta>;
}) {
  const { t } = useT();
  const placeLabel = usePlaceLabel();
  const id = useId();
  const isObjection = group.place.kind === "objection";
  return (
    <>
      <fieldset className="rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">{t("studio.inbox.attach.legend")}</legend>
        <label htmlFor={`${id}-target`} className="mb-1 block text-sm">
          {t("studio.inbox.attach.option")}
        </label>
        <select id={`${id}-target`} {...wired(fields.target)} defaultValue={group.defaultTarget} className={SELECT}>
          {choices.owners.map((owner) => (
            <optgroup key={`${owner.kind}:${owner.id}`} label={placeLabel(owner)}>
              {owner.options.map((option) => (
                <option key={option.id} value={`${owner.id}::${option.id}`} title={option.text}>
                  {`${t(`studio.inbox.quality.${option.quality}`)} · ${short(option.text)}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError id={fields.target.errorId} errors={fields.target.errors} />
        <button type="submit" name="intent" value="example" className={`${BUTTON} mt-2 bg-brand-600 text-white hover:bg-brand-700`}>
          {t("studio.inbox.attach.submit")}
        </button>
      </fieldset>
      <fieldset className="rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">{t("studio.inbox.new.legend", { place })}</legend>
        <div className="flex flex-wrap gap-3">
          <label className="text-sm">
            <span className="mb-1 block">{t("studio.inbox.new.quality")}</span>
            <select {...wired(fields.quality)} defaultValue="good" className={SELECT}>
              {OPTION_QUALITIES.map((quality) => (
                <option key={quality} value={quality}>
                  {t(`studio.inbox.quality.${quality}`)}
                </option>
              ))}
            </select>
            <FieldError id={fields.quality.errorId} errors={fields.quality.errors} />
          </label>
          <label className="min-w-0 text-sm">
            <span className="mb-1 block">{t("studio.inbox.new.to")}</span>
            <select {...wired(fields.to)} defaultValue={group.defaultTo} className={SELECT}>
              {isObjection ? <option value="">{t("studio.inbox.new.back")}</option> : null}
              {choices.targets.map((target) => (
                <option key={target} value={target}>
                  {target}
                </option>
              ))}
            </select>
            <FieldError id={fields.to.errorId} errors={fields.to.errors} />
          </label>
        </div>
        <button
          type="submit"
          name="intent"
          value="option"
          className={`${BUTTON} mt-2 border border-brand-600 text-brand-700 hover:bg-brand-50`}
        >
          {t("studio.inbox.new.submit")}
        </button>
      </fieldset>
    </>
  );
}
