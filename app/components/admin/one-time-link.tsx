import { useId, useState } from "react";
import { useHydrated } from "~/utils/use-hydrated";
import { useT } from "~/utils/use-t";

/**
 * A one-time link shown once to the admin, who passes it on (there is no mail server). The input
 * is read-only so it can be selected without JavaScript; the copy button appears once hydrated.
 */
export function OneTimeLink({ message, url }: { message: string; url: string }) {
  const { t } = useT();
  const id = useId();
  const hydrated = useHydrated();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-4 text-green-900">
      <p className="mb-2">{message}</p>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {t("admin.link.label")}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900"
        />
        {hydrated ? (
          <button type="button" onClick={copy} className="rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">
            {t("admin.link.copy")}
          </button>
        ) : null}
      </div>
      {copied ? <p className="mt-1 text-sm">{copied === "yes" ? t("admin.link.copied") : t("admin.link.copyFailed")}</p> : null}
    </div>
  );
}
