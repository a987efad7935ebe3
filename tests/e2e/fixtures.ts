/**
 * Playwright fixtures: every worker runs its own server on its own copy of the template database;
 * `loginAs` creates a user through the same factories as the seed and signs in by adding a
 * session cookie made directly, so tests spend no time on the sign-in form unless they test it.
 */
import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import type { Role } from "../../app/auth/permissions";
import { PORT_BASE, TEMPLATE_DB, TMP_DIR } from "./paths";
import { startServer, type RunningServer } from "./server";

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
}

type WorkerFixtures = { server: RunningServer; dbFile: string };
type TestFixtures = {
  createUser: (spec?: { roles?: Role[]; name?: string; locale?: "ru" | "en" | null; password?: string | null }) => Promise<TestUser>;
  loginAs: (roles: Role[] | TestUser, options?: { locale?: "ru" | "en"; name?: string }) => Promise<TestUser>;
  signInContext: (context: BrowserContext, user: TestUser) => Promise<void>;
  /** A page of its own browser context (a second person, or no JavaScript) with `user` signed in; closed after the test. */
  pageOf: (user: TestUser, options?: BrowserContextOptions) => Promise<Page>;
};

let counter = 0;

export const test = base.extend<TestFixtures, WorkerFixtures>({
  dbFile: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its destructured first argument: a worker fixture that needs none must destructure nothing
    async ({}, use, workerInfo) => {
      const file = path.join(TMP_DIR, `worker-${workerInfo.workerIndex}.db`);
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
      fs.copyFileSync(TEMPLATE_DB, file);
      process.env.DATABASE_URL = file;
      await use(file);
    },
    { scope: "worker" },
  ],
  server: [
    async ({ dbFile }, use, workerInfo) => {
      const server = await startServer(PORT_BASE + workerInfo.parallelIndex, dbFile);
      await use(server);
      await server.stop();
    },
    { scope: "worker", timeout: 150_000 },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.baseURL);
  },
  createUser: async ({ server: _server }, use) => {
    const { ensureUser, DEMO_PASSWORD } = await import("../../db/factories");
    await use(async (spec = {}) => {
      counter += 1;
      const email = `u${process.pid}-${counter}-${Date.now()}@test.callcraft`;
      const name = spec.name ?? `Test User ${counter}`;
      const password = spec.password === null ? "" : (spec.password ?? DEMO_PASSWORD);
      const id = await ensureUser({
        email,
        name,
        roles: spec.roles ?? ["manager"],
        password: spec.password === null ? null : password,
        locale: spec.locale ?? "en",
      });
      return { id, email, name, password };
    });
  },
  signInContext: async ({ server }, use) => {
    const { createSessionCookie } = await import("../../app/auth/session.server");
    await use(async (context, user) => {
      const serialized = await createSessionCookie(user.id);
      const [pair = ""] = serialized.split(";");
      const [name = "", value = ""] = pair.split("=");
      await context.addCookies([{ name, value, url: server.baseURL, httpOnly: true, sameSite: "Lax", secure: true }]);
    });
  },
  pageOf: async ({ browser, baseURL, signInContext }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (user, options = {}) => {
      const context = await browser.newContext({ baseURL, ...options });
      opened.push(context);
      await signInContext(context, user);
      return context.newPage();
    });
    for (const context of opened) await context.close();
  },
  loginAs: async ({ context, createUser, signInContext }, use) => {
    await use(async (who, options = {}) => {
      const user = Array.isArray(who) ? await createUser({ roles: who, locale: options.locale ?? "en", name: options.name }) : who;
      await signInContext(context, user);
      return user;
    });
  },
});

export { expect } from "@playwright/test";
