import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Unhandled rejections anywhere fail the run (vitest's default, kept explicit).
    dangerouslyIgnoreUnhandledErrors: false,
    testTimeout: 20_000,
    pool: "forks",
    globalSetup: ["tests/support/globalSetup.ts"],
  },
});
