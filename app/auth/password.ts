/** Password rules shared by the server and the forms that show them. */
import { z } from "~/utils/zod.server";

export const PASSWORD_MIN_LENGTH = 10;

type PasswordT = (key: "password.tooShort" | "password.mismatch", vars?: Record<string, number>) => string;

/** A new password and its repetition; `t` words the errors in the reader's language. */
export function newPasswordShape(t: PasswordT) {
  const tooShort = t("password.tooShort", { min: PASSWORD_MIN_LENGTH });
  return {
    password: z.string({ error: tooShort }).min(PASSWORD_MIN_LENGTH, { error: tooShort }),
    confirm: z.string().optional(),
  };
}

/** The repetition must match; said on the repetition's field. */
export function passwordsMatch(t: PasswordT) {
  return (value: { password: string; confirm?: string | undefined }, ctx: z.RefinementCtx) => {
    if (value.password !== (value.confirm ?? "")) ctx.addIssue({ code: "custom", path: ["confirm"], message: t("password.mismatch") });
  };
}
