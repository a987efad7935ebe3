/**
 * The message a successful form leaves for the page it led to (app/utils/toast.server.ts). It is
 * rendered on the server too, so it shows without JavaScript; it stays until the reader moves on
 * or closes it, and the server has already forgotten it, so a reload shows nothing.
 */
import { useLocation } from "@remix-run/react";
import { useState } from "react";
import { useT } from "~/utils/use-t";

export function Toast({ toast }: { toast: { id: string; message: string } | null }) {
  const { t } = useT();
  const location = useLocation();
  // The page the toast arrived with: after a client-side navigation away it is stale.
  const [anchor, setAnchor] = useState(() => ({ id: toast?.id ?? null, key: location.key }));
  const [closed, setClosed] = useState<string | null>(null);
  if (toast && anchor.id !== toast.id) setAnchor({ id: toast.id, key: location.key });
  const visible = toast !== null && anchor.id === toast.id && anchor.key === location.key && closed !== toast.id;
  if (!visible) return null;
  return (
    <div className="mb-4 flex items-start justify-between gap-3 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
      <p role="status" dir="auto" data-testid="toast">
        {toast.message}
      </p>
      <button type="button" className="text-sm underline" onClick={() => setClosed(toast.id)}>
        {t("toast.close")}
      </button>
    </div>
  );
}
