import { configDefaults, defineConfig } from "vitest/config";

/** `npm run test:batched`: the suite with D1's transaction rules enforced on libSQL (see setup.ts). */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      ...configDefaults.exclude,
      "test/a11y/**",
      "test/workers/**",
      // `cli updates import` runs at the command line only (Node): it aligns milestones with the
      // changes it has just written, which only an interactive transaction can read back.
      "test/cli/updates-import.test.ts",
    ],
    setupFiles: ["test/batched/setup.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
