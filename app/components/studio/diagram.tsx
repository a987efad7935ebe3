import type { Diagram, DiagramObjection } from "~/engine/script/diagram";
import { useT } from "~/utils/use-t";

const EDGE_COLOUR: Record<string, string> = { best: "#15803d", good: "#4d7c0f", ok: "#64748b", bad: "#b91c1c" };
const OUTCOME_FILL: Record<string, string> = { won: "#dcfce7", callback: "#e0f2fe", lost: "#fee2e2", hung_up: "#fde68a" };

const OBJECTION_COLOUR = "#b45309";

function shorten(id: string): string {
  return id.length > 20 ? `${id.slice(0, 19)}…` : id;
}

/** Dashed, in the lane under the steps: an objection is not a state but an interruption of one. */
function ObjectionNode({ objection, width, height }: { objection: DiagramObjection; width: number; height: number }) {
  const { t } = useT();
  const where = objection.anywhere ? t("studio.diagram.anyObjectionStep") : objection.type;
  return (
    <g data-testid="diagram-objection" data-objection-id={objection.id} data-anywhere={objection.anywhere}>
      <title>
        {[
          t("studio.diagram.objection", { id: objection.id, type: objection.type }),
          objection.anywhere ? t("studio.diagram.anyObjectionStep") : null,
          objection.when ? t("studio.diagram.trigger", { condition: objection.when }) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </title>
      <rect
        x={objection.x}
        y={objection.y}
        width={width}
        height={height}
        rx={6}
        fill="#fffbeb"
        stroke={OBJECTION_COLOUR}
        strokeWidth={1.2}
        strokeDasharray="5 3"
      />
      <text x={objection.x + width / 2} y={objection.y + 16} textAnchor="middle" fill="#0f172a">
        ⚡ {shorten(objection.id)}
      </text>
      <text x={objection.x + width / 2} y={objection.y + 31} textAnchor="middle" fill="#78350f" className="text-[10px]">
        {where}
      </text>
    </g>
  );
}

/**
 * The machine as an SVG: laid out on the server (app/engine/script/diagram.ts), drawn here so the
 * current step of a preview can be highlighted without another round trip.
 */
export function StateDiagram({ diagram, current }: { diagram: Diagram | null; current?: string | null }) {
  const { t } = useT();
  return (
    <section aria-labelledby="diagram-heading" className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="diagram-heading" className="mb-2 font-semibold">
        {t("studio.diagram.title")}
      </h2>
      {diagram ? (
        <div className="overflow-auto">
          <svg
            role="img"
            aria-label={t("studio.diagram.label", { count: diagram.nodes.length })}
            data-testid="state-diagram"
            width={diagram.width}
            height={diagram.height}
            viewBox={`0 0 ${diagram.width} ${diagram.height}`}
            className="font-sans text-[11px]"
          >
            <defs>
              <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" fill="#64748b" />
              </marker>
            </defs>
            {diagram.edges.map((edge) => (
              <path
                key={`${edge.from}>${edge.to}>${edge.kind}`}
                d={edge.path}
                fill="none"
                stroke={edge.kind === "pass" ? "#6366f1" : EDGE_COLOUR[edge.quality]}
                strokeWidth={1.5}
                strokeDasharray={edge.kind === "pass" ? "6 3" : edge.conditions.length > 0 ? "2 2" : undefined}
                markerEnd="url(#arrow)"
                data-testid="diagram-edge"
                data-kind={edge.kind}
              >
                <title>
                  {[
                    `${edge.from} → ${edge.to}`,
                    edge.kind === "pass" ? t("studio.diagram.passes") : `${edge.quality}${edge.replies > 1 ? ` ×${edge.replies}` : ""}`,
                    edge.conditions.length > 0 ? t("studio.diagram.when", { conditions: edge.conditions.join(" | ") }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </title>
              </path>
            ))}
            {diagram.links.map((link) => (
              <path
                key={`${link.objection}>${link.step}`}
                d={link.path}
                fill="none"
                stroke={OBJECTION_COLOUR}
                strokeWidth={1}
                strokeDasharray="3 3"
                data-testid="diagram-objection-link"
              >
                <title>{t("studio.diagram.objectionAt", { objection: link.objection, step: link.step })}</title>
              </path>
            ))}
            {diagram.objections.map((objection) => (
              <ObjectionNode key={objection.id} objection={objection} width={diagram.nodeWidth} height={diagram.nodeHeight} />
            ))}
            {diagram.nodes.map((node) => {
              const isCurrent = node.id === current;
              const fill = isCurrent ? "#fef08a" : node.kind === "end" ? (OUTCOME_FILL[node.outcome ?? ""] ?? "#f1f5f9") : "#eef2ff";
              return (
                <g
                  key={node.id}
                  data-testid="diagram-node"
                  data-node-id={node.id}
                  data-kind={node.kind}
                  aria-current={isCurrent ? "step" : undefined}
                >
                  <title>
                    {[
                      node.id,
                      node.outcome,
                      node.objection ? "objection" : null,
                      node.speaker ? t("studio.diagram.speaker", { name: node.speaker }) : null,
                      node.reactions.length > 0
                        ? t("studio.diagram.reactions", {
                            list: node.reactions
                              .map((reaction) => `${reaction.id} ×${reaction.weight}${reaction.when ? ` (${reaction.when})` : ""}`)
                              .join(", "),
                          })
                        : null,
                      node.unreachable ? t("studio.diagram.unreachable") : null,
                      isCurrent ? t("studio.diagram.current") : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </title>
                  <rect
                    x={node.x}
                    y={node.y}
                    width={diagram.nodeWidth}
                    height={diagram.nodeHeight}
                    rx={node.kind === "end" ? 20 : 6}
                    fill={fill}
                    stroke={isCurrent ? "#a16207" : node.unreachable ? "#b91c1c" : "#6366f1"}
                    strokeWidth={isCurrent ? 3 : 1.2}
                    strokeDasharray={node.unreachable ? "4 3" : undefined}
                  />
                  <text
                    x={node.x + diagram.nodeWidth / 2}
                    y={node.y + diagram.nodeHeight / 2 + (node.speaker ? -2 : 4)}
                    textAnchor="middle"
                    fill="#0f172a"
                  >
                    {node.objection ? "⚡ " : ""}
                    {node.reactions.length > 0 ? "↺ " : ""}
                    {shorten(node.id)}
                  </text>
                  {node.speaker ? (
                    <text
                      x={node.x + diagram.nodeWidth / 2}
                      y={node.y + diagram.nodeHeight / 2 + 11}
                      textAnchor="middle"
                      fill="#475569"
                      className="text-[10px]"
                      data-testid="diagram-speaker"
                    >
                      {shorten(node.speaker)}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </svg>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("studio.diagram.empty")}</p>
      )}
    </section>
  );
}
