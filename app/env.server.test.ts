import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env.server";

describe("the server's configuration", () => {
  it("runs on defaults without any variable", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: "127.0.0.1",
      TRUST_PROXY: [],
      HSTS_MAX_AGE: 31_536_000,
      DB_SYNCHRONOUS: "full",
      DB_TURN_SYNC: "inline",
    });
    expect(env.APP_ORIGIN).toBeUndefined();
    expect(env).toMatchObject({ MAIL_POLL_MS: 15_000, MAIL_RETRY_BASE_MS: 30_000, MAIL_MAX_ATTEMPTS: 8 });
    expect(env.SMTP_HOST).toBeUndefined();
  });

  // Node's own NODE_OPTIONS is not the app's configuration: the boot file reads it, before the build
  // (and so this module) is loaded, to leave an operator's heap flags alone (ADR 0010).
  it("is the only reader of process.env in the app (tests aside)", () => {
    const readers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (
          /\.(ts|tsx|mjs|js)$/.test(entry.name) &&
          !/\.test\.tsx?$/.test(entry.name) &&
          /process\.env\b/.test(fs.readFileSync(file, "utf8").replaceAll("process.env.NODE_OPTIONS", ""))
        )
          readers.push(path.relative("app", file));
      }
    };
    walk(path.resolve("app"));
    expect(readers).toEqual(["env.server.ts"]);
  });

  it("treats an empty line in .env as unset", () => {
    expect(parseEnv({ APP_ORIGIN: "", PORT: "", TRUST_PROXY: " " })).toMatchObject({ PORT: 3000, TRUST_PROXY: [] });
  });

  it("reads a trusted-proxy list of names, addresses and ranges", () => {
    expect(parseEnv({ TRUST_PROXY: "loopback" }).TRUST_PROXY).toEqual(["loopback"]);
    expect(parseEnv({ TRUST_PROXY: "10.0.0.5, 192.168.0.0/16,::1,fd00::/8" }).TRUST_PROXY).toEqual([
      "10.0.0.5",
      "192.168.0.0/16",
      "::1",
      "fd00::/8",
    ]);
    expect(parseEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toEqual([]);
  });

  it("refuses to trust every peer, and names what it cannot read", () => {
    expect(() => parseEnv({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY: must list the proxy's addresses/);
    expect(() => parseEnv({ TRUST_PROXY: "loopback,nginx.local,10.0.0.0/40" })).toThrow(/TRUST_PROXY: .*nginx\.local, 10\.0\.0\.0\/40/);
  });

  it("lists every bad variable at once, by name", () => {
    let message = "";
    try {
      parseEnv({
        PORT: "eighty",
        APP_ORIGIN: "https://callcraft.example.com/app",
        HSTS_MAX_AGE: "-1",
        DB_SYNCHRONOUS: "off",
        SMTP_PORT: "smtp",
        MAIL_MAX_ATTEMPTS: "0",
      });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    for (const name of ["PORT", "APP_ORIGIN", "HSTS_MAX_AGE", "DB_SYNCHRONOUS", "SMTP_PORT", "MAIL_MAX_ATTEMPTS"])
      expect(message).toContain(`  ${name}: `);
  });

  it("keeps APP_ORIGIN as an origin, without a trailing slash", () => {
    expect(parseEnv({ APP_ORIGIN: "https://Callcraft.Example.com/" }).APP_ORIGIN).toBe("https://callcraft.example.com");
  });

  it("lets the environment win over .env", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "callcraft-env-"));
    const file = path.join(dir, ".env");
    fs.writeFileSync(file, "CALLCRAFT_TEST_A=from-file\nCALLCRAFT_TEST_B=from-file\n");
    process.env.CALLCRAFT_TEST_A = "from-environment";
    const { readDotEnv } = await import("./env.server");
    readDotEnv(file);
    expect(process.env.CALLCRAFT_TEST_A).toBe("from-environment");
    expect(process.env.CALLCRAFT_TEST_B).toBe("from-file");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
