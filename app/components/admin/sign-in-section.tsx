import { Form } from "@remix-run/react";
import { useT } from "~/utils/use-t";
import { AdminSection, secondaryButton } from "./admin-section";

/** The person's recent failed sign-ins and the wait they cause, with the admin's way to clear them. */
export function SignInSection({ failures, wait }: { failures: number; wait: string | null }) {
  const { t, plural } = useT();
  return (
    <AdminSection title={t("admin.user.signInTitle")}>
      <p className="mb-3" data-testid="sign-in-state">
        {failures === 0 ? t("admin.user.signInClean") : plural("admin.user.signInFailures", failures)}{" "}
        {wait ? t("admin.user.signInWait", { wait }) : null}
      </p>
      {failures > 0 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="unlock" />
          <p className="mb-2 text-sm text-slate-600">{t("admin.user.unlockHint")}</p>
          <button type="submit" className={secondaryButton}>
            {t("admin.user.unlock")}
          </button>
        </Form>
      ) : null}
    </AdminSection>
  );
}
