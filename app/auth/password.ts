/** Password rules shared by the server and the forms that show them. */
export const PASSWORD_MIN_LENGTH = 10;

/** The rule for a new password and its repetition; `t` words the errors in the reader's language. */
export function newPasswordErrors(
  password: string,
  confirm: string,
  t: (key: "password.tooShort" | "password.mismatch", vars?: Record<string, number>) => string,
): { password?: string; confirm?: string } {
  if (password.length < PASSWORD_MIN_LENGTH) return { password: t("password.tooShort", { min: PASSWORD_MIN_LENGTH }) };
  if (password !== confirm) return { confirm: t("password.mismatch") };
  return {};
}
