import { isolate } from "~/components/ui/user-text";
import { getFormProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/field";
import { FieldError } from "~/components/ui/field-error";
import { useT } from "~/utils/use-t";

interface Candidate {
  id: string;
  name: string;
  email: string;
  /** the other teams they are already in */
  otherTeams: string[];
}

/**
 * Adding a manager to a team: nobody is chosen until the admin chooses, and people who are free
 * are listed apart from people already in another team (whose teams are named), so a click on
 * "Add" never moves someone in by accident.
 */
export function AddMemberForm({ candidates, lastResult }: { candidates: Candidate[]; lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useT();
  const [form, fields] = useForm<{ intent: "add"; userId: string }>({ id: "add-member-form", lastResult });
  const { key: _key, ...select } = getSelectProps(fields.userId);
  const free = candidates.filter((c) => c.otherTeams.length === 0);
  const taken = candidates.filter((c) => c.otherTeams.length > 0);
  return (
    <>
      <h3 className="mb-2 font-medium">{t("admin.team.addTitle")}</h3>
      {candidates.length === 0 ? (
        <p className="text-slate-600">{t("admin.team.noCandidates")}</p>
      ) : (
        <Form method="post" className="flex flex-wrap items-end gap-2" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="add" />
          <div className="min-w-0 max-w-full">
            <label htmlFor={select.id} className="mb-1 block text-sm font-medium text-slate-800">
              {t("admin.team.addSelect")}
            </label>
            <select {...select} required defaultValue="" className="rounded border border-slate-300 px-3 py-2">
              <option value="" disabled>
                {t("admin.team.addChoose")}
              </option>
              {free.length > 0 ? (
                <optgroup label={t("admin.team.addFree")}>
                  {free.map((u) => (
                    <option key={u.id} value={u.id}>
                      {isolate(u.name)} ({u.email})
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {taken.length > 0 ? (
                <optgroup label={t("admin.team.addTaken")}>
                  {taken.map((u) => (
                    <option key={u.id} value={u.id}>
                      {isolate(u.name)} ({u.email}) — {u.otherTeams.join(", ")}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </div>
          <Button type="submit">{t("admin.team.addSubmit")}</Button>
          <div className="w-full">
            <FieldError id={fields.userId.errorId} errors={fields.userId.errors} />
          </div>
        </Form>
      )}
    </>
  );
}
