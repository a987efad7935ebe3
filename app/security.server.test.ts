import { describe, expect, it } from "vitest";
import { isSameOrigin, remixSite, requestSite, securityHeaders } from "./security.server";

describe("where a request was addressed to", () => {
  const headers = { host: "127.0.0.1:3000", "x-forwarded-host": "callcraft.example.com, proxy.internal" };

  it("believes X-Forwarded-Host (and the protocol Express took from X-Forwarded-Proto) only from a trusted proxy", () => {
    expect(requestSite({ protocol: "https", trustedProxy: true, headers })).toEqual({
      origin: "https://callcraft.example.com",
      host: "callcraft.example.com",
    });
    expect(requestSite({ protocol: "http", trustedProxy: false, headers })).toEqual({
      origin: "http://127.0.0.1:3000",
      host: "127.0.0.1:3000",
    });
  });

  it("never builds a URL from a Host that is not a host", () => {
    for (const host of ["a b", "evil.example/path", "x\r\nSet-Cookie: a=b", "", "[zz]:80", "ё.example"]) {
      expect(requestSite({ protocol: "http", trustedProxy: false, headers: { host } }).origin).toBe("http://localhost");
    }
  });
});

describe("the same-origin rule for forms", () => {
  const site = { origin: "https://callcraft.example.com", host: "callcraft.example.com" };

  it("accepts our own origin and APP_ORIGIN, refuses others and garbage", () => {
    expect(isSameOrigin({ origin: "https://callcraft.example.com" }, site, undefined)).toBe(true);
    expect(isSameOrigin({ origin: "http://callcraft.example.com" }, site, undefined)).toBe(false);
    expect(isSameOrigin({ origin: "https://public.example" }, site, "https://public.example")).toBe(true);
    expect(isSameOrigin({ origin: "null" }, site, undefined)).toBe(false);
    expect(isSameOrigin({ referer: "https://evil.example/x" }, site, undefined)).toBe(false);
    expect(isSameOrigin({ referer: "not a url" }, site, undefined)).toBe(false);
    expect(isSameOrigin({}, site, undefined)).toBe(true);
  });

  it("gives Remix a Host that agrees with an accepted Origin", () => {
    const direct = { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" };
    expect(remixSite({ origin: "https://public.example" }, direct, "https://public.example")).toEqual({
      origin: "https://public.example",
      host: "public.example",
    });
    expect(remixSite({ origin: "http://127.0.0.1:3000" }, direct, "https://public.example")).toEqual({
      origin: "https://public.example",
      host: "127.0.0.1:3000",
    });
    expect(remixSite({ origin: "http://[" }, direct, undefined)).toEqual(direct);
  });
});

describe("security headers", () => {
  it("send HSTS over HTTPS only, and not when it is turned off", () => {
    expect(securityHeaders("n", true, 600)["Strict-Transport-Security"]).toBe("max-age=600");
    expect(securityHeaders("n", false, 600)["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders("n", true, 0)["Strict-Transport-Security"]).toBeUndefined();
  });
});
