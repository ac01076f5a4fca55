import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // These have their own configs and scripts: the browser test needs Chromium (`npm run test:a11y`),
    // the Worker tests a bundle built first (`npm run test:workers`).
    exclude: [...configDefaults.exclude, "test/a11y/**", "test/workers/**"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
