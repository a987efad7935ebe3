/**
 * The engine's card helpers for loaders and actions. Imported through a `.server` module so the
 * browser bundle never pulls in the engine's barrel (its MDX parser alone is ~200 KB gzipped).
 */
export { cardFieldsOf, isV2Definition } from "~/engine";
