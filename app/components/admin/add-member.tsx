import { isolate } from "~/components/ui/user-text";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/field";
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
export function AddMemberForm({ candidates, error }: { candidates: Candidate[]; error: string | null }) {
  const { t } = useT();
  const free = candidates.filter((c) => c.otherTeams.length === 0);
  const taken = candidates.filter((c) => c.otherTeams.length > 0);
  return (
    <>
      <h3 className="mb-2 font-medium">{t("admin.team.addTitle")}</h3>
      {candidates.length === 0 ? (
        <p className="text-slate-600">{t("admin.team.noCandidates")}</p>
      ) : (
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value="add" />
          <div className="min-w-0 max-w-full">
            <label htmlFor="add-member" className="mb-1 block text-sm font-medium text-slate-800">
              {t("admin.team.addSelect")}
            </label>
            <select
              id="add-member"
              name="userId"
              required
              defaultValue=""
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "add-member-error" : undefined}
              className="rounded border border-slate-300 px-3 py-2"
            >
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
          {error ? (
            <p id="add-member-error" role="alert" className="w-full text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </Form>
      )}
    </>
  );
}
