import { useId, type ReactNode } from "react";

/** A titled card; the heading names the region for screen readers. */
export function AdminSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export const tableClass = "w-full border-collapse text-left text-sm";
export const thClass = "border-b border-slate-200 px-2 py-2 font-medium text-slate-700";
export const tdClass = "border-b border-slate-100 px-2 py-2 align-top";
export const secondaryButton = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100";
