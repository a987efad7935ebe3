import { describe, expect, it } from "vitest";

const {
  accountSignInState,
  ADDRESS_RULE,
  clearAccountFailures,
  delayAfter,
  FIRST_DELAY_MS,
  MAX_DELAY_MS,
  recordSignInFailure,
  signInWait,
} = await import("./rate-limit.server");

const T0 = Date.UTC(2026, 10, 1, 9, 0);
let counter = 0;
const fresh = () => {
  counter += 1;
  return { email: `person-${counter}@test.callcraft`, address: `192.0.2.${counter}` };
};

describe("sign-in delays", () => {
  it("grow from 30 s, doubling, to at most 15 minutes", () => {
    expect([4, 5, 6, 7, 8].map((n) => delayAfter(n, 5))).toEqual([
      0,
      FIRST_DELAY_MS,
      2 * FIRST_DELAY_MS,
      4 * FIRST_DELAY_MS,
      8 * FIRST_DELAY_MS,
    ]);
    expect(delayAfter(12, 5)).toBe(MAX_DELAY_MS);
    expect(delayAfter(10_000, 5)).toBe(MAX_DELAY_MS);
  });

  it("let four wrong passwords go by, then make the account wait — and never lock it", () => {
    const { email, address } = fresh();
    for (let i = 0; i < 4; i += 1) recordSignInFailure(email, address, T0 + i * 1000);
    expect(signInWait(email, address, T0 + 4000)).toBeNull();
    recordSignInFailure(email, address, T0 + 4000);
    expect(signInWait(email, address, T0 + 5000)).toEqual({ ms: 29_000, scope: "account" });
    // from another address the account waits all the same: the limit is the account's
    expect(signInWait(email, "198.51.100.1", T0 + 5000)?.scope).toBe("account");
    // once the wait is over the next attempt (the right password, say) is allowed
    expect(signInWait(email, address, T0 + 4000 + FIRST_DELAY_MS)).toBeNull();
    // twenty more failures over a day: a 15-minute wait at most, then a try again
    for (let i = 0; i < 20; i += 1) recordSignInFailure(email, address, T0 + 60_000 * (i + 1));
    const last = T0 + 60_000 * 20;
    expect(signInWait(email, address, last)?.ms).toBe(MAX_DELAY_MS);
    expect(signInWait(email, address, last + MAX_DELAY_MS)).toBeNull();
    expect(accountSignInState(email, last).failures).toBe(25);
  });

  it("count an address's failures over many accounts, and forget them after an hour", () => {
    const address = "203.0.113.50";
    for (let i = 0; i < ADDRESS_RULE.free; i += 1) recordSignInFailure(`spray-${i}@test.callcraft`, address, T0 + i);
    const victim = fresh().email;
    expect(signInWait(victim, address, T0 + 100)).toEqual({ ms: FIRST_DELAY_MS - 100 + ADDRESS_RULE.free - 1, scope: "address" });
    expect(signInWait(victim, "203.0.113.51", T0 + 100)).toBeNull();
    expect(signInWait(victim, address, T0 + ADDRESS_RULE.windowMs + 1000)).toBeNull();
  });

  it("are cleared for the account by a success or an admin, which reports how many there were", () => {
    const { email, address } = fresh();
    for (let i = 0; i < 7; i += 1) recordSignInFailure(email, address, T0 + i);
    expect(clearAccountFailures(email.toUpperCase())).toBe(7);
    expect(signInWait(email, "198.51.100.99", T0 + 10)).toBeNull();
  });
});
