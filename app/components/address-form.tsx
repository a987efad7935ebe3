/** The account page's form of address (keyed by the saved choice, so a save starts it afresh): how replies with gendered words (рад / рада / рады) read. */
import { getFieldsetProps, getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/field";
import { FieldError } from "~/components/ui/field-error";
import { useT } from "~/utils/use-t";

const FORMS = ["m", "f", "n"] as const;
const LABEL = { m: "address.m", f: "address.f", n: "address.n" } as const;

export function AddressFormChoice({
  current,
  lastResult,
}: {
  current: "m" | "f" | "n" | null;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useT();
  // Not chosen yet reads as neutral, which is what the engine does with it.
  const [form, fields] = useForm<{ intent: "address"; addressForm: string }>({
    id: "address-form",
    lastResult,
    defaultValue: { addressForm: current ?? "n" },
  });
  const choice = fields.addressForm;
  return (
    <section id="address" aria-labelledby="address-heading" className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="address-heading" className="mb-2 text-xl font-semibold">
        {t("address.title")}
      </h2>
      <p id="address-help" className="mb-3 text-sm text-slate-700">
        {t("address.help")}
      </p>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="address" />
        <fieldset
          className="mb-4"
          {...getFieldsetProps(choice, { ariaDescribedBy: "address-help" })}
          aria-invalid={choice.errors ? true : undefined}
        >
          <legend className="mb-2 font-medium">{t("address.legend")}</legend>
          {FORMS.map((option) => {
            const { key: _key, ...radio } = getInputProps(choice, { type: "radio", value: option });
            return (
              <label key={option} className="flex items-center gap-2 py-0.5">
                <input {...radio} />
                {t(LABEL[option])}
              </label>
            );
          })}
          <FieldError id={choice.errorId} errors={choice.errors} />
        </fieldset>
        <Button type="submit">{t("address.submit")}</Button>
      </Form>
    </section>
  );
}
