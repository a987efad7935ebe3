import { getFieldsetProps, getFormProps, getSelectProps, useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { requirePermission } from "~/auth/session.server";
import { Empty, KIND_LABEL } from "~/components/learning/ui";
import { ContentChoices } from "~/components/supervise/content-choices";
import { ExamRequirements } from "~/components/supervise/exam-requirements";
import { Button, Field } from "~/components/ui/field";
import { FieldError } from "~/components/ui/field-error";
import type { I18nHandle } from "~/i18n";
import { pageMessages, translator } from "~/i18n/catalog.server";
import { resolveLocale } from "~/i18n/locale.server";
import { KIND_RULES, type AssignmentKind } from "~/utils/closed-sets";
import { createAssignment } from "~/models/assignments/assignment.server";
import { assignOptions, assignSchema } from "~/models/assignments/assignment-form.server";
import { checkedValues } from "~/utils/form";
import { parseForm, refuseForm } from "~/utils/form.server";
import { redirectWithToast } from "~/utils/toast.server";
import { useT } from "~/utils/use-t";

export const meta: MetaFunction = () => [{ title: "Callcraft — assign work" }];

export const handle = {
  i18n: [
    "supervise",
    "assignment.kind.training",
    "assignment.kind.test",
    "assignment.kind.certification",
    "studio.kind.script",
    "studio.kind.quiz",
    "studio.kind.lesson",
    "studio.lang.ru",
    "studio.lang.en",
    "exam",
    "objection.*",
    "skill.*",
    "leadType.*",
    "outcome.*",
  ],
} satisfies I18nHandle;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "assign:work:team");
  const url = new URL(request.url);
  return {
    i18n: await pageMessages(request, context, handle),
    ...assignOptions(auth.user.id),
    preset: { team: url.searchParams.get("team"), user: url.searchParams.get("user") },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = requirePermission(request, context, "assign:work:team");
  const submission = await parseForm(request, assignSchema(translator(await resolveLocale(request, context)), auth.user.id));
  if (submission.status !== "success") return refuseForm(submission);
  const id = createAssignment(submission.value);
  return redirectWithToast(`/supervise/assignments/${id}`, "supervise.new.created", { title: submission.value.title });
}

/** The form's fields as the page sends them (conform's metadata is typed by this). */
type AssignFields = {
  kind: string;
  title: string;
  target: string;
  certificationId: string;
  items: string[];
  passMark: string;
  minTurns: string;
  timeLimit: string;
  objection: string[];
  maxTries: string;
  due: string;
};

const KINDS: AssignmentKind[] = ["training", "test", "certification"];

export default function NewAssignment() {
  const { t } = useT();
  const { teams, content, certifications, pools, preset } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [form, fields] = useForm<AssignFields>({
    id: "assign-work",
    lastResult: reply?.result,
    defaultValue: { kind: "test", target: preset.user ? `user:${preset.user}` : preset.team ? `team:${preset.team}` : "" },
  });
  const sentKind = KINDS.find((k) => k === fields.kind.initialValue) ?? "test";
  const [kind, setKind] = useState<AssignmentKind>(sentKind);
  // Every field is in the page so the form works before (or without) JavaScript; once hydrated,
  // the fields that do not apply to the chosen kind are hidden, starting from what is checked.
  const [hydrated, setHydrated] = useState(false);
  const kinds = useRef<HTMLFieldSetElement>(null);
  // The scripts ticked now, so the exam requirements offer only their objections.
  const [chosen, setChosen] = useState<string[]>([]);
  const readChosen = (element: HTMLFormElement | null) => setChosen(element ? new FormData(element).getAll("items").map(String) : []);
  useEffect(() => {
    const checked = kinds.current?.querySelector<HTMLInputElement>(`input[name=${fields.kind.name}]:checked`)?.value;
    setKind(KINDS.find((k) => k === checked) ?? "test");
    readChosen(kinds.current?.form ?? null);
    setHydrated(true);
  }, [fields.kind.name]);
  const hide = (applies: boolean) => hydrated && !applies;
  if (teams.length === 0) return <Empty>{t("supervise.new.noTeams")}</Empty>;
  const { key: _targetKey, ...target } = getSelectProps(fields.target);
  const { key: _certificationKey, ...certification } = getSelectProps(fields.certificationId);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-2xl font-semibold">{t("supervise.new.title")}</h1>
      <Form
        method="post"
        {...getFormProps(form)}
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-5"
        onChange={(event) => readChosen(event.currentTarget)}
      >
        <fieldset className="mb-4" ref={kinds} {...getFieldsetProps(fields.kind)} aria-invalid={fields.kind.errors ? true : undefined}>
          <legend className="mb-1 text-sm font-medium">{t("supervise.new.kind")}</legend>
          {KINDS.map((k) => (
            <label key={k} className="flex items-start gap-2 py-1">
              <input
                type="radio"
                name={fields.kind.name}
                value={k}
                defaultChecked={k === sentKind}
                onChange={() => setKind(k)}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{t(KIND_LABEL[k])}</span> —{" "}
                <span className="text-sm text-slate-600">{t(`supervise.new.kindHelp.${k}`)}</span>
              </span>
            </label>
          ))}
          <FieldError id={fields.kind.errorId} errors={fields.kind.errors} />
        </fieldset>
        <Field label={t("supervise.new.name")} meta={fields.title} maxLength={120} />
        <div className="mb-4">
          <label htmlFor={target.id} className="mb-1 block text-sm font-medium">
            {t("supervise.new.target")}
          </label>
          <select {...target} className={`w-full rounded border px-3 py-2 ${fields.target.errors ? "border-red-600" : "border-slate-300"}`}>
            <option value="">—</option>
            {teams.map((team) => (
              <optgroup key={team.id} label={team.name}>
                <option value={`team:${team.id}`}>{t("supervise.new.targetTeam", { name: team.name })}</option>
                {team.members.map((m) => (
                  <option key={m.id} value={`user:${m.id}`}>
                    {t("supervise.new.targetPerson", { name: m.name, team: team.name })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <FieldError id={fields.target.errorId} errors={fields.target.errors} />
        </div>
        <div className="mb-4" hidden={hide(kind === "certification")}>
          <label htmlFor={certification.id} className="mb-1 block text-sm font-medium">
            {t("supervise.new.certification")}
          </label>
          {certifications.length === 0 ? (
            <p className="text-sm text-slate-700">{t("supervise.new.noCertifications")}</p>
          ) : (
            <select
              {...certification}
              className={`w-full rounded border px-3 py-2 ${fields.certificationId.errors ? "border-red-600" : "border-slate-300"}`}
            >
              <option value="">—</option>
              {certifications.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          )}
          <FieldError id={fields.certificationId.errorId} errors={fields.certificationId.errors} />
        </div>
        <fieldset
          className="mb-4"
          {...getFieldsetProps(fields.items, { ariaDescribedBy: "items-help" })}
          aria-invalid={fields.items.errors ? true : undefined}
          hidden={hide(kind !== "certification")}
        >
          <legend className="mb-1 text-sm font-medium">{t("supervise.new.items")}</legend>
          <p id="items-help" className="mb-1 text-xs text-slate-600">
            {t("supervise.new.itemsHelp")}
          </p>
          <ContentChoices
            items={content}
            checked={checkedValues(fields.items.initialValue)}
            hidden={(c) => hide(KIND_RULES[kind].items.includes(c.kind))}
          />
          <FieldError id={fields.items.errorId} errors={fields.items.errors} />
        </fieldset>
        <div hidden={hide(kind === "test")}>
          <Field label={t("supervise.new.passMark")} meta={fields.passMark} inputMode="numeric" hint={t("supervise.new.passMarkHelp")} />
        </div>
        <div hidden={hide(kind === "test")}>
          <ExamRequirements
            pools={pools}
            titles={Object.fromEntries(content.map((c) => [c.id, c.title]))}
            chosen={hydrated ? chosen : null}
            fields={{ minTurns: fields.minTurns, timeLimit: fields.timeLimit, objection: fields.objection }}
          />
        </div>
        <div hidden={hide(kind !== "training")}>
          <Field label={t("supervise.new.maxTries")} meta={fields.maxTries} inputMode="numeric" hint={t("supervise.new.maxTriesHelp")} />
        </div>
        <Field label={t("supervise.new.due")} meta={fields.due} type="date" />
        <Button type="submit">{t("supervise.new.submit")}</Button>
      </Form>
    </div>
  );
}
