import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    workerBundleDir: string;
  }
}

/** Builds the Worker exactly as `npm run deploy` would (wrangler's bundler, wrangler.toml's aliases), once. */
export default function setup(project: TestProject) {
  const outdir = mkdtempSync(join(tmpdir(), "ogp-worker-bundle-"));
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  project.provide("workerBundleDir", outdir);
  return () => rmSync(outdir, { recursive: true, force: true });
}
