import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { openDatabase } from "../../src/db/client.js";
import { loadDemoDossier } from "../../src/db/repositories/demo-dossier.js";
import { auditLog, members } from "../../src/db/schema/index.js";
import { DEMO_INTENDED_STATUSES, DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

describe("cli: dossier and rules commands", () => {
  let directory: string;
  let env: Record<string, string>;
  const run = async (...argv: string[]) => {
    const captured = capture();
    const code = await runCli(argv, captured.io, env);
    return { code, out: captured.out.join("\n"), err: captured.err.join("\n") };
  };
  const count = async (table: typeof members | typeof auditLog) => {
    const handle = await openDatabase({ url: env.DATABASE_URL });
    try {
      return await handle.db.$count(table);
    } finally {
      handle.close();
    }
  };

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), "ogp-cli-"));
    env = { DATABASE_URL: `file:${join(directory, "cli.db")}` };
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it("schema prints a JSON Schema generated from the import format", async () => {
    const { code, out } = await run("schema");
    expect(code).toBe(0);
    const schema = JSON.parse(out);
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["members", "persons", "organizations"]),
    );
  });

  it("import of an invalid file prints every problem with its JSON path and writes nothing", async () => {
    const dossier = loadDemoDossier() as { members: { timeZone: string; country: string }[] };
    dossier.members[0]!.timeZone = "Mars/Olympus_Mons";
    dossier.members[1]!.country = "XX";
    const file = join(directory, "bad.json");
    writeFileSync(file, JSON.stringify(dossier));
    const { code, err } = await run("import", file);
    expect(code).toBe(1);
    expect(err).toContain("nothing was written");
    expect(err).toContain("$.members[0].timeZone");
    expect(err).toContain("$.members[1].country");
    expect(await count(members)).toBe(0);
    expect(await count(auditLog)).toBe(0);
  });

  it("import of a file that is not JSON fails clearly", async () => {
    const file = join(directory, "broken.json");
    writeFileSync(file, "{ not json");
    const { code, err } = await run("import", file);
    expect(code).toBe(1);
    expect(err).toContain("not valid JSON");
  });

  it("import then export gives the demo document back", async () => {
    const source = new URL("../../demo/demo-dossier.json", import.meta.url).pathname;
    const imported = await run("import", source);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain("5 members");
    const out = join(directory, "export.json");
    expect((await run("export", "--out", out)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(JSON.parse(readFileSync(source, "utf8")));
    const unknown = await run("export", "--member", "atlantis");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("atlantis");
  });

  it("seed-demo loads once and refuses a database that already has members", async () => {
    expect((await run("seed-demo")).code).toBe(0);
    const again = await run("seed-demo");
    expect(again.code).toBe(1);
    expect(again.err).toContain("already has 5 member(s)");
  });

  it("rules evaluate prints each member's status and reasons with rule IDs", async () => {
    await run("seed-demo");
    const table = await run("rules", "evaluate", "--at", DEMO_REFERENCE_DATE);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/kowhai-coast {2}Inactive since 2026-10-01/);
    expect(table.out).toContain("INACT-4 (§4.1.4)");
    expect(table.out).toContain("5 member(s) evaluated at 2026-11-15.");

    const json = await run(
      "rules",
      "evaluate",
      "--at",
      DEMO_REFERENCE_DATE,
      "--member",
      "santa-clara-de-los-pinos",
      "--json",
    );
    const [entry] = JSON.parse(json.out);
    expect(entry).toMatchObject({
      member: { slug: "santa-clara-de-los-pinos" },
      status: DEMO_INTENDED_STATUSES["santa-clara-de-los-pinos"].status,
    });
    expect(entry.dueItems.some((item: { ruleId: string }) => item.ruleId === "DUE-PROBATION")).toBe(true);
  });

  it("rules evaluate speaks French with --lang fr and rejects a bad date", async () => {
    await run("seed-demo");
    const french = await run(
      "rules",
      "evaluate",
      "--at",
      DEMO_REFERENCE_DATE,
      "--member",
      "val-de-brume",
      "--lang",
      "fr",
    );
    expect(french.out).toContain("Inactif volontairement");
    const bad = await run("rules", "evaluate", "--at", "2026-02-30");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("not a calendar date");
  });

  it("rules timeline shows the dated transitions of a member", async () => {
    await run("seed-demo");
    const { code, out } = await run(
      "rules",
      "timeline",
      "--member",
      "santa-clara-de-los-pinos",
      "--from",
      "2025-01-01",
      "--to",
      DEMO_REFERENCE_DATE,
      "--json",
    );
    expect(code).toBe(0);
    const { timeline } = JSON.parse(out) as {
      timeline: { on: string; status: string; ruleId: string | null }[];
    };
    expect(timeline.map(({ on, status }) => [on, status])).toEqual(
      expect.arrayContaining([
        ["2026-04-01", "inactive"],
        ["2026-10-01", "probation"],
      ]),
    );
    expect((await run("rules", "timeline", "--member", "nobody")).code).toBe(1);
  });
});
