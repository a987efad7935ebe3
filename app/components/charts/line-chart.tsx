/**
 * A dependency-free SVG line chart for scores 0–100. The picture is decorative for screen readers
 * (role="img" with a summary); the numbers are always available in a table beside it.
 */
export interface Series {
  name: string;
  color: string;
  points: { x: number; y: number }[];
}

const PALETTE = ["#1f5fbf", "#d97706", "#059669", "#dc2626", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f", "#475569", "#9333ea"];
export const seriesColor = (index: number) => PALETTE[index % PALETTE.length] ?? "#1f5fbf";

export function LineChart({ series, count, label, height = 220 }: { series: Series[]; count: number; label: string; height?: number }) {
  const width = 640;
  const pad = { left: 32, right: 12, top: 10, bottom: 24 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (count <= 1 ? innerW / 2 : (i / (count - 1)) * innerW);
  const y = (v: number) => pad.top + innerH - (Math.max(0, Math.min(100, v)) / 100) * innerH;
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="w-full">
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
            <text x={pad.left - 6} y={y(tick) + 4} fontSize="10" textAnchor="end" fill="#64748b">
              {tick}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <g key={s.name}>
            <polyline fill="none" stroke={s.color} strokeWidth="2" points={s.points.map((p) => `${x(p.x)},${y(p.y)}`).join(" ")} />
            {s.points.map((p) => (
              <circle key={p.x} cx={x(p.x)} cy={y(p.y)} r="3" fill={s.color} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-3 text-xs">
        {series.map((s) => (
          <span key={s.name} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-2 w-4 rounded" style={{ background: s.color }} />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** One series drawn small, for a grid of skills; `label` says in words what the line shows. */
export function Sparkline({ values, label, color = "#1f5fbf" }: { values: readonly number[]; label: string; color?: string }) {
  const width = 160;
  const height = 40;
  const pad = 3;
  const x = (i: number) => pad + (values.length <= 1 ? (width - 2 * pad) / 2 : (i / (values.length - 1)) * (width - 2 * pad));
  const y = (v: number) => pad + (height - 2 * pad) - (Math.max(0, Math.min(100, v)) / 100) * (height - 2 * pad);
  const last = values.length - 1;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="h-auto w-full">
      <line x1={pad} x2={width - pad} y1={y(50)} y2={y(50)} stroke="#e2e8f0" strokeDasharray="3 3" />
      <polyline fill="none" stroke={color} strokeWidth="2" points={values.map((v, i) => `${x(i)},${y(v)}`).join(" ")} />
      {last >= 0 ? <circle cx={x(last)} cy={y(values[last] ?? 0)} r="3" fill={color} /> : null}
    </svg>
  );
}
