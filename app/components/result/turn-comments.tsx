/**
 * The supervisor's comments on the manager's result page: under the turn they are about, and the
 * ones on the whole call in their own section. Each has an anchor (`#comment-<id>`) the
 * notification and the e-mail link to; the target is highlighted when the page opens on it.
 */
import { useT } from "~/utils/use-t";

export interface ResultComment {
  id: number;
  turnSeq: number | null;
  body: string;
  author: string;
  createdAt: number;
}

function CommentItem({ comment }: { comment: ResultComment }) {
  const { date } = useT();
  return (
    <li
      id={`comment-${comment.id}`}
      className="scroll-mt-24 rounded border border-amber-200 bg-amber-50 p-2 text-sm target:ring-2 target:ring-amber-500"
      data-testid="result-comment"
    >
      <p className="text-xs text-slate-700">
        <bdi className="font-medium">{comment.author}</bdi> · {date(comment.createdAt, "datetime")}
      </p>
      <p className="mt-1 whitespace-pre-line" dir="auto">
        {comment.body}
      </p>
    </li>
  );
}

/** The comments on one turn; nothing when there are none. */
export function TurnComments({ comments }: { comments: ResultComment[] }) {
  const { t } = useT();
  if (comments.length === 0) return null;
  return (
    <ul className="mt-2 space-y-2" aria-label={t("comments.onTurn")}>
      {comments.map((c) => (
        <CommentItem key={c.id} comment={c} />
      ))}
    </ul>
  );
}

/** Comments on the call as a whole (turnSeq null). */
export function CallComments({ comments }: { comments: ResultComment[] }) {
  const { t } = useT();
  const whole = comments.filter((c) => c.turnSeq === null);
  if (whole.length === 0) return null;
  return (
    <section id="comments" aria-labelledby="comments-heading" className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="comments-heading" className="mb-3 text-lg font-semibold">
        {t("comments.whole")}
      </h2>
      <ul className="space-y-2">
        {whole.map((c) => (
          <CommentItem key={c.id} comment={c} />
        ))}
      </ul>
    </section>
  );
}
