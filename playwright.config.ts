import { defineConfig } from "@playwright/test";
import { OUTPUT_DIR } from "./tests/e2e/paths";

/**
 * Browser tests run the production build (built once by tests/run-all.mjs or `npm run build`),
 * one server and one database per worker; see tests/e2e/fixtures.ts.
 */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: OUTPUT_DIR,
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_REPORTER ? [[process.env.PW_REPORTER]] : [["list"]],
  use: {
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
