import type { FieldMetadata } from "@conform-to/react";
import { PASSWORD_MIN_LENGTH } from "~/auth/password";
import { useT } from "~/utils/use-t";
import { Field } from "./field";

/** The new password and its repetition, with the rule shown as a hint. */
export function NewPasswordFields({
  password,
  confirm,
}: {
  password: FieldMetadata<unknown, Record<string, unknown>>;
  confirm: FieldMetadata<unknown, Record<string, unknown>>;
}) {
  const { t } = useT();
  return (
    <>
      <Field
        label={t("account.new")}
        meta={password}
        type="password"
        autoComplete="new-password"
        required
        hint={t("password.tooShort", { min: PASSWORD_MIN_LENGTH })}
      />
      <Field label={t("account.confirm")} meta={confirm} type="password" autoComplete="new-password" required />
    </>
  );
}
