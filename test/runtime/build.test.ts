import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;

describe("the production build", () => {
  let directory: string | undefined;
  afterEach(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it("bundles the server without TypeScript at run time, and the bundle serves /healthz", async () => {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root });
    const bundle = readFileSync(join(root, "dist/node.js"), "utf8");
    expect(bundle).not.toMatch(/from ["']tsx/);
    directory = mkdtempSync(join(tmpdir(), "ogp-bundle-"));
    const child = spawn(process.execPath, ["dist/node.js"], {
      cwd: root,
      env: {
        ...process.env,
        PORT: "0",
        LOG_LEVEL: "info",
        DATABASE_URL: `file:${join(directory, "ogp.db")}`,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("the bundle did not start")), 20_000);
        child.stdout!.on("data", (chunk: Buffer) => {
          for (const line of chunk.toString().split("\n").filter(Boolean)) {
            const entry = JSON.parse(line) as { message: string; port?: number };
            if (entry.message === "listening") {
              clearTimeout(timer);
              resolve(entry.port!);
            }
          }
        });
      });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain("Kōwhai Coast District");
    } finally {
      child.kill("SIGTERM");
    }
  }, 40_000);
});
