import { defineConfig } from "vitest/config";

/**
 * `npm run test:workers`: the Worker bundle (what `npm run deploy` uploads) run in workerd through
 * Miniflare, with a local D1, signed requests and loopback fakes of Slack and Discord. Its own config:
 * the bundle is built once for all files (global-setup.ts), and workerd takes longer to start.
 */
export default defineConfig({
  test: {
    include: ["test/workers/**/*.test.ts"],
    globalSetup: ["test/workers/global-setup.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
