import { PASSWORD_MIN_LENGTH } from "~/auth/password";
import { useT } from "~/utils/use-t";
import { Field } from "./field";

/** The new password and its repetition, with the rule shown as a hint. */
export function NewPasswordFields({ errors }: { errors: { password?: string; confirm?: string } }) {
  const { t } = useT();
  return (
    <>
      <Field
        label={t("account.new")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("password.tooShort", { min: PASSWORD_MIN_LENGTH })}
        error={errors.password}
      />
      <Field label={t("account.confirm")} name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
    </>
  );
}
