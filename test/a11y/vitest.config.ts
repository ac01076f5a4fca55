import { defineConfig } from "vitest/config";

// The browser test runs on its own (`npm run test:a11y`): it needs Chromium, and starting it on a
// loaded machine takes seconds, so its timeouts are far longer than the unit tests'.
export default defineConfig({
  test: {
    include: ["test/a11y/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
