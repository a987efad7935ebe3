import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False on the server and during hydration, true once the page runs in the browser: for what only
 * the browser can know (its keyboard, its speech, a copy button that needs JavaScript). Unlike
 * setting state in an effect, this renders the browser's answer without a second, cascading pass.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
