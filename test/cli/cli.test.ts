import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { commands } from "../../src/cli/registry.js";
import { openDatabase } from "../../src/db/client.js";
import { linkCodes, persons } from "../../src/db/schema/index.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

describe("cli", () => {
  let directory: string;
  let env: Record<string, string>;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), "ogp-cli-"));
    env = { DATABASE_URL: `file:${join(directory, "cli.db")}` };
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it("lists every command with --help", async () => {
    const { io, out } = capture();
    expect(await runCli(["--help"], io, env)).toBe(0);
    for (const name of ["migrate", "link-code create"]) expect(out.join("\n")).toContain(name);
  });

  it("answers --help for every registered command with its usage, and lists it in the overview", async () => {
    const overview = capture();
    await runCli(["--help"], overview.io, env);
    for (const command of commands) {
      const { io, out } = capture();
      expect(await runCli([...command.name.split(" "), "--help"], io, env)).toBe(0);
      expect(out.join("\n")).toContain(`Usage: ogp-local ${command.usage}`);
      expect(overview.out.join("\n")).toContain(command.name);
    }
    expect(commands.map((command) => command.name)).toEqual(
      expect.arrayContaining([
        "import",
        "export",
        "schema",
        "rules evaluate",
        "scheduler tick",
        "discord register",
      ]),
    );
  });

  it("prints a command's own help", async () => {
    const { io, out } = capture();
    expect(await runCli(["link-code", "create", "--help"], io, env)).toBe(0);
    expect(out.join("\n")).toContain("Usage: ogp-local link-code create --person EMAIL");
  });

  it("rejects an unknown command and an unknown option with exit code 2", async () => {
    const unknown = capture();
    expect(await runCli(["frobnicate"], unknown.io, env)).toBe(2);
    expect(unknown.err.join("\n")).toContain("Unknown command 'frobnicate'");
    const badOption = capture();
    expect(await runCli(["migrate", "--force"], badOption.io, env)).toBe(2);
    expect(badOption.err.join("\n")).toContain("--force");
  });

  it("migrates a new database file", async () => {
    const { io, out } = capture();
    expect(await runCli(["migrate"], io, env)).toBe(0);
    expect(out.join("\n")).toContain("up to date");
    const handle = await openDatabase({ url: env.DATABASE_URL });
    expect(await handle.db.$count(persons)).toBe(0);
    handle.close();
  });

  it("creates a link code for a known person and prints only the code on stdout", async () => {
    await runCli(["migrate"], capture().io, env);
    const handle = await openDatabase({ url: env.DATABASE_URL });
    await handle.db.insert(persons).values({ name: "Ana", email: "ana@example.org" });
    handle.close();

    const { io, out, err } = capture();
    expect(await runCli(["link-code", "create", "--person", "ana@example.org"], io, env)).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(err.join("\n")).toContain(`/ogp link ${out[0]}`);

    const after = await openDatabase({ url: env.DATABASE_URL });
    expect(await after.db.$count(linkCodes)).toBe(1);
    after.close();
  });

  it("fails clearly for an unknown person and writes nothing", async () => {
    const { io, err } = capture();
    expect(await runCli(["link-code", "create", "--person", "nobody@example.org"], io, env)).toBe(1);
    expect(err.join("\n")).toContain("No person has the email nobody@example.org");
    const handle = await openDatabase({ url: env.DATABASE_URL });
    expect(await handle.db.$count(linkCodes)).toBe(0);
    handle.close();
  });

  it("requires --person", async () => {
    const { io, err } = capture();
    expect(await runCli(["link-code", "create"], io, env)).toBe(2);
    expect(err.join("\n")).toContain("--person EMAIL is required");
  });
});
