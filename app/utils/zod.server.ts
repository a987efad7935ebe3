/**
 * zod for route modules and components. Schemas there are only ever built by actions, but a
 * client chunk that merely imports "zod" still loads it whole (esbuild's code splitting keeps a
 * bare import of the shared chunk the engine's front-matter schema puts it in: ~100 KB gzipped on
 * every form page). Importing it from a `.server` module lets the Remix compiler leave it out of
 * the browser build; types (`z.input<…>`) are unaffected.
 */
export { z } from "zod";
