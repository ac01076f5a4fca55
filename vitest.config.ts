import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser test has its own config and script (`npm run test:a11y`): it needs Chromium.
    exclude: [...configDefaults.exclude, "test/a11y/**"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
