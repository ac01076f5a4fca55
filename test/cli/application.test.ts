import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { openDatabase } from "../../src/db/client.js";
import { alertsOutbox, applications, auditLog, channelSubscriptions } from "../../src/db/schema/index.js";
import { decideApplication } from "../../src/services/decide-application.js";
import { supportUnitAtCli } from "../../src/services/support-unit-authority.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

/** An application as an administrator writes it in a file: APPLY-1 and APPLY-2 met on its date. */
const canoas = {
  jurisdictionName: "Canoas",
  country: "BR",
  jurisdictionType: "municipality",
  timeZone: "America/Sao_Paulo",
  submittedOn: "2026-03-10",
  mandateEnd: "2028-12-31",
  letter: {
    url: "https://canoas.example/carta.pdf",
    pages: 2,
    language: "en",
    signedByHeadOfGovernment: true,
    nonGovernmentSignatories: [{ name: "Maria Silva", organization: "Cidade Aberta" }],
  },
  pointOfContact: { name: "Lúcia Prefeitura", email: "lucia@canoas.example" },
};
const rosario = {
  ...canoas,
  jurisdictionName: "Rosario",
  country: "AR",
  timeZone: "America/Argentina/Buenos_Aires",
  language: "es",
  pointOfContact: { name: "Pablo Gómez", email: "pablo@rosario.example" },
};

describe("cli application add|list (§1)", () => {
  let directory: string;
  let env: Record<string, string>;
  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), "ogp-cli-applications-"));
    env = { DATABASE_URL: `file:${join(directory, "cli.db")}` };
    await runCli(["migrate"], capture().io, env);
    const handle = await openDatabase({ url: env.DATABASE_URL });
    await handle.db.insert(channelSubscriptions).values({
      platform: "slack",
      workspaceId: "T0",
      channelId: "C0SUPPORT",
      kind: "support_unit_alerts",
      subjectKey: "",
    });
    handle.close();
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const file = (name: string, content: unknown) => {
    const path = join(directory, name);
    writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
    return path;
  };
  const stored = async () => {
    const handle = await openDatabase({ url: env.DATABASE_URL });
    try {
      return {
        applications: await handle.db.select().from(applications),
        audit: await handle.db.select().from(auditLog),
        outbox: await handle.db.select().from(alertsOutbox),
      };
    } finally {
      handle.close();
    }
  };

  it("adds every application of a file, pending and audited, and asks the Support Unit to decide each", async () => {
    const { io, out } = capture();
    expect(await runCli(["application", "add", file("two.json", [canoas, rosario])], io, env)).toBe(0);
    const { applications: rows, audit, outbox } = await stored();
    expect(rows.map((row) => [row.jurisdictionName, row.outcome, row.appliedBy, row.language])).toEqual([
      ["Canoas", "pending", null, "en"],
      ["Rosario", "pending", null, "es"],
    ]);
    expect(out.join("\n")).toContain("Added 2 application(s)");
    expect(out.join("\n")).toContain(`${rows[0]!.id.slice(0, 8)}  Canoas (BR)`);
    expect(audit.map((row) => [row.entity, row.source, row.actorLabel])).toEqual([
      ["applications", "cli", expect.stringContaining("cli application add")],
      ["applications", "cli", expect.stringContaining("cli application add")],
    ]);
    expect(outbox.map((row) => [row.kind, row.target])).toEqual([
      ["application.review", "C0SUPPORT"],
      ["application.review", "C0SUPPORT"],
    ]);

    const listed = capture();
    expect(await runCli(["application", "list", "--pending"], listed.io, env)).toBe(0);
    expect(listed.out).toEqual([
      `${rows[0]!.id.slice(0, 8)}  pending  Canoas (BR)  submitted on 10 Mar 2026  Lúcia Prefeitura <lucia@canoas.example>`,
      `${rows[1]!.id.slice(0, 8)}  pending  Rosario (AR)  submitted on 10 Mar 2026  Pablo Gómez <pablo@rosario.example>`,
    ]);
  });

  it("writes nothing when one application breaks APPLY-1 or APPLY-2, naming each with its path and rule", async () => {
    const short = {
      ...rosario,
      mandateEnd: "2027-01-31",
      letter: { ...rosario.letter, pages: 5, signedByHeadOfGovernment: false },
    };
    const { io, err } = capture();
    expect(await runCli(["application", "add", file("mixed.json", [canoas, short])], io, env)).toBe(1);
    expect(err).toEqual([
      expect.stringContaining("mixed.json: 3 problem(s); nothing was written."),
      "  $[1].mandateEnd  [APPLY-1] Rule APPLY-1 (§1.1): at least 16 months must remain in the mandate, until 9 Jul 2027; it ends on 31 Jan 2027.",
      "  $[1].letter.pages  [APPLY-2] Rule APPLY-2 (§1.2): the letter of support has 1 to 3 pages, not 5.",
      "  $[1].letter.signedByHeadOfGovernment  [APPLY-2] Rule APPLY-2 (§1.2): the letter of support is signed by the head of government or a delegated senior official.",
    ]);
    expect(await stored()).toEqual({ applications: [], audit: [], outbox: [] });
  });

  it("names every field the format refuses, by its path, before anything is checked against the rules", async () => {
    const broken = {
      ...canoas,
      country: "Brazil",
      letter: { ...canoas.letter, url: "ftp://canoas.example/carta.pdf", signed: true },
      pointOfContact: { name: "Lúcia" },
    };
    const { io, err } = capture();
    expect(await runCli(["application", "add", file("broken.json", broken)], io, env)).toBe(1);
    const said = err.join("\n");
    expect(said).toContain("$.country  expected an ISO 3166-1 alpha-2 country code");
    expect(said).toContain("$.letter.url  expected an http(s) URL");
    expect(said).toContain("$.letter.signed  unknown field");
    expect(said).toContain("$.pointOfContact.email  required");
    expect((await stored()).applications).toEqual([]);

    const unreadable = capture();
    expect(await runCli(["application", "add", file("bad.json", "{ nope")], unreadable.io, env)).toBe(1);
    expect(unreadable.err.join("\n")).toMatch(
      /Cannot add the applications of .*bad\.json: it is not valid JSON/,
    );
  });

  it("refuses a jurisdiction that has an application pending, and answers in JSON when asked", async () => {
    await runCli(["application", "add", file("one.json", canoas)], capture().io, env);
    const { io, out } = capture();
    expect(
      await runCli(["application", "add", file("again.json", [rosario, canoas]), "--json"], io, env),
    ).toBe(1);
    const [pending] = (await stored()).applications;
    expect(JSON.parse(out.join("\n"))).toEqual({
      ok: false,
      problems: [
        {
          path: "$[1].jurisdictionName",
          message: `Canoas (BR) has an application waiting for the Support Unit already: reference ${pending!.id.slice(0, 8)}, submitted on 10 Mar 2026.`,
        },
      ],
    });
    expect((await stored()).applications).toHaveLength(1);
  });

  it("lists decided applications with who decided, when and what came of it", async () => {
    await runCli(["application", "add", file("two.json", [canoas, rosario])], capture().io, env);
    const handle = await openDatabase({ url: env.DATABASE_URL });
    try {
      const [first, second] = await handle.db.select().from(applications);
      const operator = await supportUnitAtCli(handle.db, "test");
      const now = new Date("2026-03-12T15:00:00Z");
      await decideApplication({ db: handle.db, now }, operator, first!.id, { outcome: "accepted" });
      await decideApplication({ db: handle.db, now }, operator, second!.id, {
        outcome: "rejected",
        reason: "The letter is unsigned.",
      });
    } finally {
      handle.close();
    }
    const { io, out, err } = capture();
    expect(await runCli(["application", "list", "--lang", "fr"], io, env)).toBe(0);
    expect(out[0]).toMatch(
      /acceptée {2}Canoas \(BR\) .* par un opérateur \(ligne de commande\), 12 mars 2026, 12:00 UTC−3 : membre canoas$/,
    );
    expect(out[1]).toMatch(/refusée {2}Rosario \(AR\) .* : The letter is unsigned\.$/);
    const pending = capture();
    expect(await runCli(["application", "list", "--pending"], pending.io, env)).toBe(0);
    expect(pending.err).toEqual(["No application is waiting for a decision."]);
    expect(err).toEqual([]);
  });
});
