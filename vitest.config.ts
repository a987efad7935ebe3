import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["app/**/*.test.ts", "db/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // one migrated template database per run, copied for every test file (DATABASE_URL)
    globalSetup: ["tests/support/unit-db.global.ts"],
    setupFiles: ["tests/support/unit-db.ts"],
    testTimeout: 30_000,
  },
});
