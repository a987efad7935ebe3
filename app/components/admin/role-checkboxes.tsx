import { getFieldsetProps, getInputProps, type FieldMetadata } from "@conform-to/react";
import { ROLES, type Role } from "~/auth/permissions";
import { ROLE_LABEL } from "~/components/nav";
import { FieldError } from "~/components/ui/field-error";
import { useT } from "~/utils/use-t";

/** The roles as a labelled group of checkboxes (conform's `roles` field), with its error announced. */
export function RoleCheckboxes({
  legend,
  meta,
  checked,
}: {
  legend: string;
  meta: FieldMetadata<unknown, Record<string, unknown>>;
  checked?: readonly string[];
}) {
  const { t } = useT();
  return (
    <fieldset className="mb-4" {...getFieldsetProps(meta)} aria-invalid={meta.errors ? true : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {ROLES.map((role: Role) => {
          const { key: _key, ...checkbox } = getInputProps(meta, { type: "checkbox", value: role });
          return (
            <label key={role} className="inline-flex items-center gap-2">
              <input {...checkbox} {...(checked ? { defaultChecked: checked.includes(role) } : {})} className="h-4 w-4" />
              {t(ROLE_LABEL[role])}
            </label>
          );
        })}
      </div>
      <FieldError id={meta.errorId} errors={meta.errors} />
    </fieldset>
  );
}
