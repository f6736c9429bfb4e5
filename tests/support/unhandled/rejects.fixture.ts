/**
 * Not part of the suite: run by tests/reliability.test.ts with the project's vitest config to prove
 * that an unhandled rejection fails a run even when every test passes.
 */
import { expect, it } from "vitest";

it("passes, but leaves a promise rejected with nobody listening", async () => {
  void Promise.reject(new Error("unhandled-rejection-canary"));
  await new Promise((r) => setTimeout(r, 50));
  expect(true).toBe(true);
});
