/**
 * Issue 11: an argument that follows the pain the lead revealed. In `cold-pain-argument-*` the
 * persona variant drawn by the seed decides what hurts (downtime, energy bills or paper logs); the
 * argument tied to that pain is offered at the presentation only once the lead has said it.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { attemptRow, optionFor, startCall, turnCount } from "./rehearsal-helpers";

const ARGUMENTS = ["present-downtime", "present-energy", "present-errors"] as const;

interface Moment {
  step: string;
  interrupted: boolean;
  variant: string | null;
}

function moment(attemptId: string): Moment {
  const snapshot = attemptRow(attemptId).snapshot as {
    variant?: string | null;
    machine: { value: string; context: { objection: string | null; reaction: string | null } };
  };
  const { value, context } = snapshot.machine;
  return { step: value, interrupted: context.objection !== null || context.reaction !== null, variant: snapshot.variant ?? null };
}

/** Clicks `choose(…)` at each moment until the call stands at the presentation step itself. */
async function playTo(page: Page, attemptId: string, step: string, choose: (attemptId: string) => string): Promise<Moment> {
  for (let turn = 0; turn < 20; turn += 1) {
    const now = moment(attemptId);
    if (now.step === step && !now.interrupted) return now;
    const before = turnCount(attemptId);
    await page.locator(`button[name=optionId][value="${choose(attemptId)}"]`).click();
    await expect(page.getByTestId("manager-line")).toHaveCount(before + 1);
  }
  throw new Error(`never reached ${step}`);
}

for (const lang of ["en", "ru"] as const) {
  test(`${lang}: the argument tied to the revealed pain appears only after the lead said it`, async ({ page, loginAs }) => {
    test.setTimeout(180_000);
    await loginAs(["manager"]);
    const slug = `cold-pain-argument-${lang}`;

    // Asked about the pain: exactly the drawn variant's argument is offered.
    const asked = await startCall(page, slug, { answer: "choice", mode: "practice" });
    const there = await playTo(page, asked, "present", (id) => optionFor(id, "best").id);
    expect(there.variant).not.toBeNull();
    const expected = `present-${there.variant}`;
    expect(ARGUMENTS).toContain(expected);
    await expect(page.locator(`button[name=optionId][value="${expected}"]`)).toBeVisible();
    for (const other of ARGUMENTS.filter((id) => id !== expected)) {
      await expect(page.locator(`button[name=optionId][value="${other}"]`)).toHaveCount(0);
    }
    await expect(page.locator('button[name=optionId][value="present-generic"]')).toBeVisible();

    // Never asked (a closed guess, then straight to the pitch): no pain-specific argument at all.
    const guessed = await startCall(page, slug, { answer: "choice", mode: "practice" });
    await playTo(page, guessed, "present", (id) => {
      const { step, interrupted } = moment(id);
      if (!interrupted && step === "pain") return "pain-closed";
      if (step === "consequence") return "unclear-pivot"; // the lead's "why?" when no pain was named
      return optionFor(id, "best").id;
    });
    for (const id of ARGUMENTS) await expect(page.locator(`button[name=optionId][value="${id}"]`)).toHaveCount(0);
    await expect(page.locator('button[name=optionId][value="present-generic"]')).toBeVisible();
  });
}
