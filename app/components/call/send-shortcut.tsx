import type { KeyboardEvent } from "react";
import { useHydrated } from "~/utils/use-hydrated";
import { useT } from "~/utils/use-t";

export const SEND_SHORTCUT_ID = "reply-shortcut";

/** Ctrl+Enter (⌘+Enter on a Mac) sends the reply; Enter alone still starts a new line. */
export function sendOnModEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}

function onMac(): boolean {
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return /mac|iphone|ipad/i.test(data?.platform ?? navigator.platform ?? "");
}

/** Says how to send without the mouse; the reply box points at it with aria-describedby. */
export function SendShortcutHint() {
  const { t } = useT();
  // The server cannot know the keyboard: Ctrl until the browser says it is a Mac.
  const keys = useHydrated() && onMac() ? "⌘+Enter" : "Ctrl+Enter";
  return (
    <p id={SEND_SHORTCUT_ID} className="mt-1 text-xs text-slate-600" data-testid="send-shortcut">
      {t("call.sendShortcut", { keys })}
    </p>
  );
}
