import { useEffect, useState } from "react";
import { useT } from "~/utils/use-t";

function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

interface ExamTimerProps {
  /** seconds */
  limit: number;
  startedAt: number;
  /** the server's clock when the page was made: the browser's clock may be off */
  serverNow: number;
  /** when the call ended (its last turn): the timer stops there, the card does not count */
  endedAt: number | null;
}

/**
 * The exam's time: elapsed of the limit, ticking once a second. `role="timer"` is not a live
 * region, so a screen reader reads it when asked and is not interrupted every second; a separate
 * polite status speaks twice only, when one minute is left and when the time is up.
 */
export function ExamTimer({ limit, startedAt, serverNow, endedAt }: ExamTimerProps) {
  const { t } = useT();
  const [now, setNow] = useState(endedAt ?? serverNow);
  useEffect(() => {
    if (endedAt !== null) return;
    const skew = serverNow - Date.now();
    const tick = () => setNow(Date.now() + skew);
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [serverNow, endedAt]);
  const elapsed = Math.max(0, (now - startedAt) / 1000);
  const left = limit - elapsed;
  const over = left < 0;
  const note = over ? t("exam.timer.over") : left <= 60 && endedAt === null ? t("exam.timer.minuteLeft") : "";
  return (
    <section
      aria-labelledby="exam-timer-heading"
      className={`rounded-lg border p-4 ${over ? "border-red-300 bg-red-50" : "border-purple-200 bg-purple-50"}`}
    >
      <h2 id="exam-timer-heading" className="font-semibold">
        {t("exam.timer.title")}
      </h2>
      <p
        role="timer"
        aria-labelledby="exam-timer-heading"
        className={`text-2xl font-bold tabular-nums ${over ? "text-red-800" : ""}`}
        data-testid="exam-timer"
      >
        {t("exam.timer.of", { elapsed: clock(elapsed), limit: clock(limit) })}
      </p>
      <p className="text-sm text-slate-700">{t("exam.timer.help")}</p>
      <p role="status" className="mt-1 text-sm font-medium text-red-800">
        {note}
      </p>
    </section>
  );
}
