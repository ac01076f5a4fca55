import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { type DatabaseHandle, openDatabase } from "../../src/db/client.js";
import {
  auditLog,
  organizations,
  persons,
  roleAssignments,
  statusDecisions,
} from "../../src/db/schema/index.js";
import { type Seeded, seed } from "../commands/fixtures.js";

/**
 * The Support Unit's batch verbs: `person add`, `role grant` and `decision …`, through the use cases
 * the chat commands run, audited with source `cli`. They act on today's date (the real clock), so
 * the dates below are counted from today.
 */
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

/** Today plus `days`, as YYYY-MM-DD: far enough from today that no member's zone reads another day. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

let directory: string;
let env: Record<string, string>;
let data: Seeded;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), "ogp-cli-su-"));
  env = { DATABASE_URL: `file:${join(directory, "cli.db")}` };
  await runCli(["migrate"], capture().io, env);
  data = await withDb(seed);
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

describe("person add and role grant", () => {
  it("registers a person, audited as the command line, then grants a role", async () => {
    const added = await cli(
      "person",
      "add",
      "--name",
      "Ana María Pérez",
      "--email",
      "Ana@Example.org",
      "--language",
      "es",
    );
    expect(added).toMatchObject({ code: 0, err: "" });
    expect(added.out).toContain("Ana María Pérez (ana@example.org) is registered (language: Spanish).");

    const granted = await cli(
      "role",
      "grant",
      "--email",
      "ana@example.org",
      "--role",
      "point_of_contact",
      "--member",
      "shelbyville",
      "--json",
    );
    expect(granted.code).toBe(0);
    expect(JSON.parse(granted.out)).toEqual({
      person: "ana@example.org",
      role: "point_of_contact",
      scope: "member",
      member: "shelbyville",
      country: null,
    });
    const audit = await withDb((db) => db.select().from(auditLog));
    expect(audit.map((entry) => [entry.entity, entry.source, entry.actorLabel])).toEqual([
      ["persons", "cli", "cli person add"],
      ["role_assignments", "cli", "cli role grant"],
    ]);
  });

  it("refuses a duplicate email with exit 1, a wrong scope flag with exit 2, and writes nothing", async () => {
    const duplicate = await cli("person", "add", "--name", "Dan Again", "--email", "dan@ogp.example");
    expect(duplicate).toMatchObject({ code: 1, out: "" });
    expect(duplicate.err).toBe("A person with the email dan@ogp.example is already registered: Dan Support.");
    const wrongFlag = await cli(
      "role",
      "grant",
      "--email",
      "dan@ogp.example",
      "--role",
      "civil_society",
      "--country",
      "US",
    );
    expect(wrongFlag.code).toBe(2);
    expect(wrongFlag.err).toContain("--country is for the national_coordinator role");
    const missing = await cli("person", "add", "--name", "Nobody");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("--email EMAIL is required.");
    expect(await withDb((db) => db.$count(auditLog))).toBe(0);
    expect(await withDb((db) => db.$count(roleAssignments))).toBe(7);
  });

  it("says refusals in the language asked for", async () => {
    const refused = await cli(
      "role",
      "grant",
      "--email",
      "dan@ogp.example",
      "--role",
      "mayor",
      "--member",
      "springfield",
      "--lang",
      "es",
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^«mayor» no es un rol; use uno de support_unit/);
  });
});

describe("organization add and person add --organization", () => {
  it("registers an organization, then a person who speaks for it, and gives one to a person without", async () => {
    const added = await cli(
      "organization",
      "add",
      "--name",
      "Kiwi Civic Trust",
      "--kind",
      "civil_society_org",
      "--country",
      "nz",
      "--website",
      "https://kiwicivic.example",
      "--json",
    );
    expect(added).toMatchObject({ code: 0, err: "" });
    expect(JSON.parse(added.out)).toMatchObject({
      name: "Kiwi Civic Trust",
      kind: "civil_society_org",
      country: "NZ",
      website: "https://kiwicivic.example",
    });
    const [trust] = await withDb((db) =>
      db.select().from(organizations).where(eq(organizations.name, "Kiwi Civic Trust")),
    );

    const cara = await cli(
      "person",
      "add",
      "--name",
      "Cara Civic",
      "--email",
      "cara@kiwicivic.example",
      "--organization",
      "kiwi civic trust",
    );
    expect(cara).toMatchObject({ code: 0, err: "" });
    expect(cara.out).toContain("They speak for Kiwi Civic Trust (Civil society organization).");

    await cli("person", "add", "--name", "Tim Late", "--email", "tim@kiwicivic.example");
    const joined = await cli(
      "person",
      "add",
      "--name",
      "Tim Late",
      "--email",
      "tim@kiwicivic.example",
      "--organization",
      "Kiwi Civic Trust",
      "--json",
    );
    expect(joined.code).toBe(0);
    expect(JSON.parse(joined.out)).toMatchObject({
      email: "tim@kiwicivic.example",
      organization: "Kiwi Civic Trust",
    });

    const people = await withDb((db) =>
      db.select().from(persons).where(eq(persons.organizationId, trust!.id)),
    );
    expect(people.map((person) => person.email).sort()).toEqual([
      "cara@kiwicivic.example",
      "tim@kiwicivic.example",
    ]);
    const audit = await withDb((db) => db.select().from(auditLog));
    expect(audit.map((entry) => [entry.entity, entry.action, entry.actorLabel])).toEqual([
      ["organizations", "insert", "cli organization add"],
      ["persons", "insert", "cli person add"],
      ["persons", "insert", "cli person add"],
      ["persons", "update", "cli person add"],
    ]);
  });

  it("refuses a duplicate name, an unknown kind or organization with exit 1, writing nothing", async () => {
    const duplicate = await cli("organization", "add", "--name", "CIVIC LAB", "--kind", "media");
    expect(duplicate).toMatchObject({ code: 1, out: "" });
    expect(duplicate.err).toBe(
      "An organization named Civic Lab is already registered (Civil society organization); nothing changed.",
    );
    const kind = await cli(
      "organization",
      "add",
      "--name",
      "Daily Planet",
      "--kind",
      "newspaper",
      "--lang",
      "fr",
    );
    expect(kind.code).toBe(1);
    expect(kind.err).toMatch(/^« newspaper » n'est pas un type d'organisation/);
    const unknown = await cli(
      "person",
      "add",
      "--name",
      "Zed",
      "--email",
      "zed@example.org",
      "--organization",
      "Nowhere Trust",
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("No organization is named “Nowhere Trust”");
    const missing = await cli("organization", "add", "--name", "No Kind");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("--kind KIND is required.");
    expect(await withDb((db) => db.$count(auditLog))).toBe(0);
    expect(await withDb((db) => db.$count(organizations))).toBe(2);
  });
});

describe("decision voluntary-inactivity, extension and override", () => {
  it("grants voluntary inactivity from a later day, and refuses an overlapping grant naming VOL-1", async () => {
    const from = inDays(40);
    const granted = await cli(
      "decision",
      "voluntary-inactivity",
      "shelbyville",
      "--from",
      from,
      "--to",
      inDays(200),
      "--reason",
      "Elections",
    );
    expect(granted).toMatchObject({ code: 0, err: "" });
    expect(granted.out).toMatch(
      /^Voluntary inactivity granted to Shelbyville from .+ \(rule VOL-1, §4\.1\): Elections$/m,
    );
    expect(granted.out).toMatch(/the rules give Voluntarily inactive; the scheduler records it that day\.$/m);
    expect(await withDb((db) => db.select().from(statusDecisions))).toMatchObject([
      { memberId: data.shelbyville, kind: "voluntary_inactivity", startsOn: from, decidedBy: null },
    ]);

    const overlapping = await cli(
      "decision",
      "voluntary-inactivity",
      "shelbyville",
      "--from",
      inDays(100),
      "--reason",
      "More",
      "--lang",
      "fr",
    );
    expect(overlapping.code).toBe(1);
    expect(overlapping.err).toMatch(
      /^Règle VOL-1 \(§4\.1\) : Shelbyville est déjà en inactivité volontaire du /,
    );
    expect(await withDb((db) => db.$count(statusDecisions))).toBe(1);
  });

  it("overrides a status as a named Support Unit person, with a JSON report", async () => {
    const result = await cli(
      "decision",
      "override",
      "springfield",
      "--status",
      "inactive",
      "--reason",
      "No meeting in a year",
      "--by",
      "dan@ogp.example",
      "--json",
    );
    expect(result).toMatchObject({ code: 0, err: "" });
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({
      decision: {
        kind: "status_override",
        member: "springfield",
        status: "inactive",
        decidedBy: data.persons.supportUnit,
      },
      after: { status: "inactive", reasons: [{ ruleId: "OVERRIDE", section: "§4.2" }] },
      recorded: { status: "inactive", ruleId: "OVERRIDE", decidedBy: data.persons.supportUnit },
    });
    const audit = await withDb((db) =>
      db.select().from(auditLog).where(eq(auditLog.entity, "status_decisions")),
    );
    expect(audit).toMatchObject([
      {
        source: "cli",
        actorPersonId: data.persons.supportUnit,
        actorLabel: "dan@ogp.example via cli decision override",
      },
    ]);
  });

  it("refuses what the rules forbid with exit 1 and the rule, and a wrong call with exit 2", async () => {
    const extension = await cli(
      "decision",
      "extension",
      "springfield",
      "--until",
      inDays(60),
      "--reason",
      "Late",
    );
    expect(extension).toMatchObject({
      code: 1,
      err: "Rule INACT-1 (§4.1.1): Springfield has no first-plan deadline to extend; only new members have one.",
    });
    const status = await cli("decision", "override", "springfield", "--status", "dormant", "--reason", "x");
    expect(status.code).toBe(1);
    expect(status.err).toContain("Rule OVERRIDE (§4.2): “dormant” is not a status");
    const notSupportUnit = await cli(
      "decision",
      "override",
      "springfield",
      "--status",
      "active",
      "--reason",
      "x",
      "--by",
      "carla@civiclab.example",
    );
    expect(notSupportUnit.code).toBe(1);
    expect(notSupportUnit.err).toContain("does not hold the Support Unit role");
    const noReason = await cli("decision", "extension", "shelbyville", "--until", inDays(60));
    expect(noReason).toMatchObject({ code: 2 });
    expect(noReason.err).toContain("--reason TEXT is required.");
    const badDate = await cli(
      "decision",
      "voluntary-inactivity",
      "shelbyville",
      "--from",
      "2026-02-30",
      "--reason",
      "x",
    );
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain("--from 2026-02-30 is not a calendar date.");
    expect(await withDb((db) => db.$count(statusDecisions))).toBe(0);
    expect(await withDb((db) => db.$count(auditLog))).toBe(0);
  });
});

describe("persons the CLI registers are found by the chat commands", () => {
  it("stores the email lowercased", async () => {
    await cli("person", "add", "--name", "Lee", "--email", "LEE@Example.org");
    expect(
      await withDb((db) => db.select({ email: persons.email }).from(persons).where(eq(persons.name, "Lee"))),
    ).toEqual([{ email: "lee@example.org" }]);
  });
});
