/** The account page's form of address: how replies with gendered words (рад / рада / рады) read. */
import { Form } from "@remix-run/react";
import { Button, FormAlert } from "~/components/ui/field";
import { useT } from "~/utils/use-t";

const FORMS = ["m", "f", "n"] as const;
const LABEL = { m: "address.m", f: "address.f", n: "address.n" } as const;

export function AddressFormChoice({ current, saved, error }: { current: "m" | "f" | "n" | null; saved: boolean; error?: string | undefined }) {
  const { t } = useT();
  return (
    <section id="address" aria-labelledby="address-heading" className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="address-heading" className="mb-2 text-xl font-semibold">{t("address.title")}</h2>
      {saved ? <FormAlert tone="success">{t("address.saved")}</FormAlert> : null}
      <p id="address-help" className="mb-3 text-sm text-slate-700">{t("address.help")}</p>
      <Form method="post" key={current ?? "none"}>
        <input type="hidden" name="intent" value="address" />
        <fieldset className="mb-4" aria-describedby={error ? "address-help address-error" : "address-help"} aria-invalid={error ? true : undefined}>
          <legend className="mb-2 font-medium">{t("address.legend")}</legend>
          {FORMS.map((form) => (
            <label key={form} className="flex items-center gap-2 py-0.5">
              {/* Not chosen yet reads as neutral, which is what the engine does with it. */}
              <input type="radio" name="addressForm" value={form} defaultChecked={(current ?? "n") === form} />
              {t(LABEL[form])}
            </label>
          ))}
          {error ? <p id="address-error" className="mt-1 text-sm text-red-700">{error}</p> : null}
        </fieldset>
        <Button type="submit">{t("address.submit")}</Button>
      </Form>
    </section>
  );
}
