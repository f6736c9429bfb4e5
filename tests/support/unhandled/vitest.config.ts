/** The project's vitest config, run on the unhandled-rejection fixture only. */
import { defineConfig } from "vitest/config";
import projectConfig from "../../../vitest.config.js";

// Replace (not merge) `include`: merging would add the whole suite, this config's caller included.
export default defineConfig({
  ...projectConfig,
  test: { ...projectConfig.test, include: ["tests/support/unhandled/*.fixture.ts"] },
});
