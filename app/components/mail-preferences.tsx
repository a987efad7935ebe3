/** The account page's e-mail choices: one checkbox per kind a person may turn off (keyed by them, so a save starts it afresh). */
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { OPTIONAL_MAIL_KINDS, type MailKind } from "~/mail/kinds";
import { Button } from "~/components/ui/field";
import { useT } from "~/utils/use-t";

export function MailPreferences({
  enabled,
  lastResult,
}: {
  enabled: Record<MailKind, boolean>;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useT();
  const [form, fields] = useForm<{ intent: "mail"; mail: string[] }>({ id: "mail-form", lastResult });
  return (
    <section
      id="mail"
      aria-labelledby="mail-heading"
      className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-6 md:col-span-2"
    >
      <h2 id="mail-heading" className="mb-2 text-xl font-semibold">
        {t("mailPrefs.title")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("mailPrefs.help")}</p>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="mail" />
        <fieldset className="mb-4">
          <legend className="mb-2 font-medium">{t("mailPrefs.legend")}</legend>
          {OPTIONAL_MAIL_KINDS.map((kind) => {
            const { key: _key, ...checkbox } = getInputProps(fields.mail, { type: "checkbox", value: kind });
            return (
              <label key={kind} className="flex items-center gap-2 py-0.5">
                <input {...checkbox} defaultChecked={enabled[kind]} />
                {t(`mailPrefs.kind.${kind}` as MessageKey)}
              </label>
            );
          })}
        </fieldset>
        <Button type="submit">{t("mailPrefs.submit")}</Button>
      </Form>
    </section>
  );
}
