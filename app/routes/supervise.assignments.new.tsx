import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { requirePermission } from "~/auth/session.server";
import { Empty, KIND_LABEL } from "~/components/learning/ui";
import { ContentChoices } from "~/components/supervise/content-choices";
import { ExamRequirements } from "~/components/supervise/exam-requirements";
import { Button, Field } from "~/components/ui/field";
import type { I18nHandle, MessageKey } from "~/i18n";
import { pageMessages } from "~/i18n/catalog.server";
import { KIND_RULES, type AssignmentKind } from "~/utils/closed-sets";
import { createAssignment } from "~/models/assignments/assignment.server";
import { assignOptions, parseAssignForm, type AssignField } from "~/models/assignments/assignment-form.server";
import { blueprintFormValues } from "~/models/assignments/assignment-blueprint-form.server";
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
  const form = await request.formData();
  const parsed = parseAssignForm(form, auth.user.id);
  if ("errors" in parsed) {
    const values = {
      kind: String(form.get("kind") ?? ""),
      title: String(form.get("title") ?? ""),
      target: String(form.get("target") ?? ""),
      passMark: String(form.get("passMark") ?? ""),
      maxTries: String(form.get("maxTries") ?? ""),
      due: String(form.get("due") ?? ""),
      certificationId: String(form.get("certificationId") ?? ""),
      items: form.getAll("items").map(String),
      ...blueprintFormValues(form),
    };
    return data({ errors: parsed.errors, values }, { status: 400 });
  }
  const id = createAssignment(parsed.input);
  return redirect(`/supervise/assignments/${id}`);
}

const ERROR: Record<AssignField, MessageKey> = {
  title: "supervise.error.title",
  target: "supervise.error.target",
  items: "supervise.error.items",
  certification: "supervise.error.certification",
  passMark: "supervise.error.passMark",
  maxTries: "supervise.error.maxTries",
  due: "supervise.error.due",
  minTurns: "exam.error.minTurns",
  timeLimit: "exam.error.timeLimit",
  objections: "exam.error.objections",
};
const KINDS: AssignmentKind[] = ["training", "test", "certification"];

export default function NewAssignment() {
  const { t } = useT();
  const { teams, content, certifications, pools, preset } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values = result?.values;
  const [kind, setKind] = useState<AssignmentKind>(KINDS.find((k) => k === values?.kind) ?? "test");
  // Every field is in the page so the form works before (or without) JavaScript; once hydrated,
  // the fields that do not apply to the chosen kind are hidden, starting from what is checked.
  const [hydrated, setHydrated] = useState(false);
  const kinds = useRef<HTMLFieldSetElement>(null);
  // The scripts ticked now, so the exam requirements offer only their objections.
  const [chosen, setChosen] = useState<string[]>([]);
  const readChosen = (form: HTMLFormElement | null) => setChosen(form ? new FormData(form).getAll("items").map(String) : []);
  useEffect(() => {
    const checked = kinds.current?.querySelector<HTMLInputElement>("input[name=kind]:checked")?.value;
    setKind(KINDS.find((k) => k === checked) ?? "test");
    readChosen(kinds.current?.form ?? null);
    setHydrated(true);
  }, []);
  const hide = (applies: boolean) => hydrated && !applies;
  const err = (field: AssignField) => (result?.errors[field] ? t(ERROR[field]) : null);
  if (teams.length === 0) return <Empty>{t("supervise.new.noTeams")}</Empty>;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-2xl font-semibold">{t("supervise.new.title")}</h1>
      <Form
        method="post"
        noValidate
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-5"
        onChange={(event) => readChosen(event.currentTarget)}
      >
        <fieldset className="mb-4" ref={kinds}>
          <legend className="mb-1 text-sm font-medium">{t("supervise.new.kind")}</legend>
          {KINDS.map((k) => (
            <label key={k} className="flex items-start gap-2 py-1">
              <input
                type="radio"
                name="kind"
                value={k}
                defaultChecked={k === (values?.kind || "test")}
                onChange={() => setKind(k)}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{t(KIND_LABEL[k])}</span> —{" "}
                <span className="text-sm text-slate-600">{t(`supervise.new.kindHelp.${k}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Field label={t("supervise.new.name")} name="title" defaultValue={values?.title} error={err("title")} maxLength={120} />
        <div className="mb-4">
          <label htmlFor="target" className="mb-1 block text-sm font-medium">
            {t("supervise.new.target")}
          </label>
          <select
            id="target"
            name="target"
            defaultValue={values?.target ?? (preset.user ? `user:${preset.user}` : preset.team ? `team:${preset.team}` : "")}
            aria-invalid={err("target") ? true : undefined}
            aria-describedby={err("target") ? "target-error" : undefined}
            className="w-full rounded border border-slate-300 px-3 py-2"
          >
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
          {err("target") ? (
            <p id="target-error" className="mt-1 text-sm text-red-700">
              {err("target")}
            </p>
          ) : null}
        </div>
        <div className="mb-4" hidden={hide(kind === "certification")}>
          <label htmlFor="certificationId" className="mb-1 block text-sm font-medium">
            {t("supervise.new.certification")}
          </label>
          {certifications.length === 0 ? (
            <p className="text-sm text-slate-700">{t("supervise.new.noCertifications")}</p>
          ) : (
            <select
              id="certificationId"
              name="certificationId"
              defaultValue={values?.certificationId}
              aria-describedby={err("certification") ? "cert-error" : undefined}
              className="w-full rounded border border-slate-300 px-3 py-2"
            >
              <option value="">—</option>
              {certifications.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          )}
          {err("certification") ? (
            <p id="cert-error" className="mt-1 text-sm text-red-700">
              {err("certification")}
            </p>
          ) : null}
        </div>
        <fieldset className="mb-4" aria-describedby={err("items") ? "items-error" : "items-help"} hidden={hide(kind !== "certification")}>
          <legend className="mb-1 text-sm font-medium">{t("supervise.new.items")}</legend>
          <p id="items-help" className="mb-1 text-xs text-slate-600">
            {t("supervise.new.itemsHelp")}
          </p>
          <ContentChoices items={content} checked={values?.items ?? []} hidden={(c) => hide(KIND_RULES[kind].items.includes(c.kind))} />
          {err("items") ? (
            <p id="items-error" className="mt-1 text-sm text-red-700">
              {err("items")}
            </p>
          ) : null}
        </fieldset>
        <div hidden={hide(kind === "test")}>
          <Field
            label={t("supervise.new.passMark")}
            name="passMark"
            inputMode="numeric"
            defaultValue={values?.passMark}
            hint={t("supervise.new.passMarkHelp")}
            error={err("passMark")}
          />
        </div>
        <div hidden={hide(kind === "test")}>
          <ExamRequirements
            pools={pools}
            titles={Object.fromEntries(content.map((c) => [c.id, c.title]))}
            chosen={hydrated ? chosen : null}
            values={values}
            errors={{ minTurns: err("minTurns"), timeLimit: err("timeLimit"), objections: err("objections") }}
          />
        </div>
        <div hidden={hide(kind !== "training")}>
          <Field
            label={t("supervise.new.maxTries")}
            name="maxTries"
            inputMode="numeric"
            defaultValue={values?.maxTries}
            hint={t("supervise.new.maxTriesHelp")}
            error={err("maxTries")}
          />
        </div>
        <Field label={t("supervise.new.due")} name="due" type="date" defaultValue={values?.due} error={err("due")} />
        <Button type="submit">{t("supervise.new.submit")}</Button>
      </Form>
    </div>
  );
}
