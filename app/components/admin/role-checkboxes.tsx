import { useId } from "react";
import { ROLES, type Role } from "~/auth/permissions";
import { ROLE_LABEL } from "~/components/nav";
import { useT } from "~/utils/use-t";

/** The roles as a labelled group of checkboxes (`name="roles"`), with its error announced. */
export function RoleCheckboxes({ legend, checked, error }: { legend: string; checked: readonly string[]; error?: string | null }) {
  const { t } = useT();
  const errorId = `${useId()}-error`;
  return (
    <fieldset className="mb-4" aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {ROLES.map((role: Role) => (
          <label key={role} className="inline-flex items-center gap-2">
            <input type="checkbox" name="roles" value={role} defaultChecked={checked.includes(role)} className="h-4 w-4" />
            {t(ROLE_LABEL[role])}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
