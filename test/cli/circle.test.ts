import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { type DatabaseHandle, openDatabase } from "../../src/db/client.js";
import { auditLog, circleChannels, circles } from "../../src/db/schema/index.js";
import { seed } from "../commands/fixtures.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

let directory: string;
let env: Record<string, string>;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), "ogp-cli-circle-"));
  env = { DATABASE_URL: `file:${join(directory, "cli.db")}` };
  await runCli(["migrate"], capture().io, env);
  await withDb(seed);
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

async function withDb<T>(work: (db: DatabaseHandle["db"]) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ url: env.DATABASE_URL });
  try {
    return await work(handle.db);
  } finally {
    handle.close();
  }
}

const cli = async (...argv: string[]) => {
  const { io, out, err } = capture();
  const code = await runCli(argv, io, env);
  return { code, out: out.join("\n"), err: err.join("\n") };
};

describe("cli circle", () => {
  it("creates, joins, links, lists, unlinks and leaves, audited with source cli", async () => {
    const created = await cli("circle", "create", "--name", "Open Budget", "--theme", "fiscal_openness");
    expect(created).toMatchObject({ code: 0 });
    expect(created.out).toContain("Circle Open Budget created (open-budget), theme: Fiscal Openness.");
    expect((await cli("circle", "join", "open-budget", "--member", "springfield")).out).toBe(
      "Springfield joined the circle Open Budget.",
    );
    const linked = await cli(
      "circle",
      "link",
      "open-budget",
      "--platform",
      "discord",
      "--workspace",
      "900000000000000001",
      "--channel",
      "900000000000000002",
    );
    expect(linked.code).toBe(0);
    expect((await cli("circle", "list")).out).toBe(
      "Open Budget (open-budget) · Fiscal Openness · members: springfield · linked channels: 1",
    );
    const json = JSON.parse((await cli("circle", "list", "--json")).out);
    expect(json).toEqual([
      {
        slug: "open-budget",
        name: "Open Budget",
        themePolicyArea: "fiscal_openness",
        themeText: null,
        members: ["springfield"],
        channels: [
          { platform: "discord", workspaceId: "900000000000000001", channelId: "900000000000000002" },
        ],
      },
    ]);
    const unlinked = await cli(
      "circle",
      "unlink",
      "open-budget",
      "--platform",
      "discord",
      "--workspace",
      "900000000000000001",
      "--channel",
      "900000000000000002",
    );
    expect(unlinked.out).toContain("no longer linked");
    expect(await withDb((db) => db.select().from(circleChannels))).toEqual([]);
    expect((await cli("circle", "leave", "open-budget", "--member", "sprfd")).out).toBe(
      "Springfield left the circle Open Budget.",
    );
    const audit = await withDb((db) => db.select().from(auditLog).where(eq(auditLog.entity, "circles")));
    expect(audit.map((row) => [row.source, row.actorLabel])).toEqual([
      ["cli", "cli circle create"],
      ["cli", "cli circle join"],
      ["cli", "cli circle link"],
      ["cli", "cli circle unlink"],
      ["cli", "cli circle leave"],
    ]);
  });

  it("refuses an unknown circle, member or platform, with exit codes 1 and 2, writing nothing", async () => {
    const unknownCircle = await cli("circle", "join", "nowhere", "--member", "springfield");
    expect(unknownCircle.code).toBe(1);
    expect(unknownCircle.err).toContain("No circle “nowhere”");
    await cli("circle", "create", "--name", "Open Budget", "--theme", "Budgets");
    const unknownMember = await cli("circle", "join", "open-budget", "--member", "atlantis");
    expect(unknownMember.code).toBe(1);
    const badPlatform = await cli(
      "circle",
      "link",
      "open-budget",
      "--platform",
      "teams",
      "--workspace",
      "W",
      "--channel",
      "C",
    );
    expect(badPlatform.code).toBe(2);
    expect(badPlatform.err).toContain("--platform must be one of slack, discord");
    const missing = await cli("circle", "create", "--name", "Lobbying");
    expect(missing.code).toBe(2);
    expect(await withDb((db) => db.select().from(circles))).toHaveLength(1);
  });

  it("documents every verb with --help", async () => {
    for (const verb of ["create", "list", "join", "leave", "link", "unlink"]) {
      const help = await cli("circle", verb, "--help");
      expect(help.code, verb).toBe(0);
      expect(`${help.out}${help.err}`, verb).toContain(`circle ${verb}`);
      expect(`${help.out}${help.err}`, verb).toContain("Example: npm run cli -- circle");
    }
  });
});
