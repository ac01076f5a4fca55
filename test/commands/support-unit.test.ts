import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildHomeView } from "../../src/commands/index.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  auditLog,
  members,
  organizations,
  persons,
  roleAssignments,
  statusDecisions,
} from "../../src/db/schema/index.js";
import { silentLogger } from "../../src/logging/logger.js";
import { freshDatabase } from "../support/database.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "./fixtures.js";
import { commandRunner, said } from "./harness.js";

/**
 * `grant`, `override` and `register` as typed in chat: the words are parsed into the Support Unit's
 * use cases (their rules are tested in test/services/), and anyone but the Support Unit is refused.
 * Shelbyville missed its first-plan deadline (2026-02-28): inactive since 2026-03-01 (INACT-1).
 */
let handle: DatabaseHandle;
let data: Seeded;
let run: ReturnType<typeof commandRunner>;

beforeEach(async () => {
  handle = await freshDatabase();
  data = await seed(handle.db);
  await handle.db
    .update(members)
    .set({ firstPlanDue: "2026-02-28", status: "inactive", statusSince: "2026-03-01" })
    .where(eq(members.id, data.shelbyville));
  run = commandRunner(handle.db);
});
afterEach(() => handle.close());

const decisions = () => handle.db.select().from(statusDecisions);
const counts = async () => ({
  decisions: await handle.db.$count(statusDecisions),
  persons: await handle.db.$count(persons),
  roles: await handle.db.$count(roleAssignments),
  organizations: await handle.db.$count(organizations),
  audit: await handle.db.$count(auditLog),
});

describe("grant voluntary-inactivity MEMBER FROM [TO] REASON (VOL-1)", () => {
  it("takes the period and the reason, and answers with what the rules now give", async () => {
    const result = await run(
      USERS.supportUnit,
      "grant voluntary-inactivity shelbyville 2026-03-10 2026-08-31 Elections and transition",
    );
    expect(result).toMatchObject({ status: "ok" });
    expect(said(result).split("\n")).toEqual([
      "Voluntary inactivity granted to Shelbyville from 10 Mar 2026 to 31 Aug 2026 (rule VOL-1, §4.1): Elections and transition",
      "The rules now give Shelbyville: Voluntarily inactive since 10 Mar 2026.",
      "Rule VOL-1 (§4.1): voluntarily inactive from 10 Mar 2026 to 31 Aug 2026: Elections and transition",
      "Recorded as the member's status, with its status history row, by Dan Support (VOL-1).",
    ]);
    expect(await decisions()).toMatchObject([
      { startsOn: "2026-03-10", endsOn: "2026-08-31", reason: "Elections and transition" },
    ]);
  });

  it("is open-ended without TO, and says when the scheduler records a grant that starts later", async () => {
    const result = await run(
      USERS.supportUnit,
      "grant voluntary-inactivity shelbyville 2026-04-01 Elections",
    );
    expect(said(result)).toContain(
      "Voluntary inactivity granted to Shelbyville from 1 Apr 2026 until further notice (rule VOL-1, §4.1): Elections",
    );
    expect(said(result)).toContain(
      "From 1 Apr 2026, the rules give Voluntarily inactive; the scheduler records it that day.",
    );
    expect(await decisions()).toMatchObject([{ startsOn: "2026-04-01", endsOn: null, reason: "Elections" }]);
  });

  it("refuses a mistyped TO rather than reading it as the reason", async () => {
    const result = await run(
      USERS.supportUnit,
      "grant voluntary-inactivity shelbyville 2026-04-01 31/08/2026 Elections",
    );
    expect(result).toMatchObject({ status: "refused" });
    expect(said(result)).toBe(
      "Rule VOL-1 (§4.1): “31/08/2026” is not a calendar date; write dates as YYYY-MM-DD, e.g. 2026-09-30.",
    );
    expect(await decisions()).toEqual([]);
  });
});

describe("grant extension MEMBER UNTIL REASON (INACT-1)", () => {
  it("extends the deadline, lifts the inactivity it caused and names the new DUE-PLAN-NEW date", async () => {
    const result = await run(
      USERS.supportUnit,
      "grant extension shelbyville 2026-06-30 New council sworn in late",
    );
    expect(said(result).split("\n")).toEqual([
      "The first-plan deadline of Shelbyville is extended to 30 Jun 2026 (rule INACT-1, §4.1.1): New council sworn in late",
      "The rules now give Shelbyville: Active since 10 Mar 2026.",
      expect.stringContaining("30 Jun 2026: "),
      "Recorded as the member's status, with its status history row, by Dan Support (INACT-1).",
    ]);
    expect(await decisions()).toMatchObject([{ kind: "first_plan_extension", endsOn: "2026-06-30" }]);
  });
});

describe("override MEMBER STATUS REASON (§4.2)", () => {
  it("takes the status as people type it, and says a draft letter follows a move to probation", async () => {
    const result = await run(
      USERS.supportUnit,
      "override shelbyville Probation No co-creation meeting since June",
    );
    expect(said(result).split("\n")).toEqual([
      "The status of Shelbyville is set to On probation from 10 Mar 2026 by the Support Unit (§4.2): No co-creation meeting since June",
      "The rules now give Shelbyville: On probation since 10 Mar 2026.",
      "Support Unit decision (§4.2): status set to probation on 10 Mar 2026: No co-creation meeting since June",
      "Recorded as the member's status, with its status history row, by Dan Support (OVERRIDE). The scheduler's next run posts the draft letter to the Support Unit's channel.",
    ]);
    await run(USERS.supportUnit, "override shelbyville voluntarily-inactive Asked to pause");
    expect((await decisions()).map((row) => row.status)).toEqual(["probation", "voluntarily_inactive"]);
  });
});

describe("register person NAME EMAIL [LANGUAGE] and register role EMAIL ROLE [MEMBER|COUNTRY] (§1)", () => {
  it("takes a name of several words, quoted or not, then grants a role", async () => {
    const person = await run(USERS.supportUnit, 'register person "Ana María Pérez" ana.perez@example.org es');
    expect(said(person)).toBe(
      "Ana María Pérez (ana.perez@example.org) is registered (language: Spanish). Next: give them a role with /ogp register role ana.perez@example.org ROLE [MEMBER|COUNTRY], and a link code for their chat account (`link-code create --person ana.perez@example.org`).",
    );
    const role = await run(
      USERS.supportUnit,
      "register role ana.perez@example.org monitoring_body shelbyville",
    );
    expect(said(role)).toBe("Ana María Pérez now holds the role Monitoring body for Shelbyville.");
    const [stored] = await handle.db.select().from(persons).where(eq(persons.email, "ana.perez@example.org"));
    expect(stored).toMatchObject({ name: "Ana María Pérez", language: "es" });
    expect(await handle.db.$count(roleAssignments, eq(roleAssignments.personId, stored!.id))).toBe(1);
  });
});

describe("register organization KIND NAME and register person … ORGANIZATION (§2 Organization, PLAN-5)", () => {
  const personOf = async (email: string) =>
    (await handle.db.select().from(persons).where(eq(persons.email, email)))[0];
  const organizationNamed = async (name: string) =>
    (await handle.db.select().from(organizations).where(eq(organizations.name, name)))[0];

  it("registers an organization of several words, audited, then a person who speaks for it", async () => {
    const registered = await run(
      USERS.supportUnit,
      "register organization civil-society-org Kiwi Civic Trust",
    );
    expect(registered).toMatchObject({ status: "ok" });
    expect(said(registered)).toBe(
      "Kiwi Civic Trust is registered as an organization (Civil society organization). Next: register its people with /ogp register person NAME EMAIL [en|fr|es] Kiwi Civic Trust.",
    );
    const trust = await organizationNamed("Kiwi Civic Trust");
    expect(trust).toMatchObject({ kind: "civil_society_org", country: null, website: null });
    expect(await handle.db.select().from(auditLog).where(eq(auditLog.entityId, trust!.id))).toMatchObject([
      { entity: "organizations", action: "insert", source: "slack", actorPersonId: data.persons.supportUnit },
    ]);

    // The organization's name, in any case, after the language…
    const cara = await run(
      USERS.supportUnit,
      "register person Cara Civic cara@kiwi.example fr kiwi civic TRUST",
    );
    expect(said(cara).split("\n")).toEqual([
      "Cara Civic (cara@kiwi.example) is registered (language: French). Next: give them a role with /ogp register role cara@kiwi.example ROLE [MEMBER|COUNTRY], and a link code for their chat account (`link-code create --person cara@kiwi.example`).",
      "They speak for Kiwi Civic Trust (Civil society organization).",
    ]);
    expect(await personOf("cara@kiwi.example")).toMatchObject({ language: "fr", organizationId: trust!.id });
    // …or without the language (English then).
    await run(USERS.supportUnit, 'register person Tim Trust tim@kiwi.example "Kiwi Civic Trust"');
    expect(await personOf("tim@kiwi.example")).toMatchObject({ language: "en", organizationId: trust!.id });
  });

  it("keeps registering a person without an organization as before, and refuses a two-letter non-language", async () => {
    await run(USERS.supportUnit, "register person Nadia Nobody nadia@example.org");
    expect(await personOf("nadia@example.org")).toMatchObject({ language: "en", organizationId: null });
    const before = await counts();
    const result = await run(USERS.supportUnit, "register person Dora Deutsch dora@example.org de");
    expect(result).toMatchObject({ status: "invalid" });
    expect(said(result)).toBe("“de” is not a language of OGP Local; use one of en, fr, es.");
    expect(await counts()).toEqual(before);
  });

  it("refuses an unknown organization, writing nothing, and says to register it first", async () => {
    const before = await counts();
    const result = await run(
      USERS.supportUnit,
      "register person Cara Civic cara@kiwi.example en Kiwi Civic Trust",
    );
    expect(result).toMatchObject({ status: "not_found" });
    expect(said(result)).toBe(
      "No organization is named “Kiwi Civic Trust”, so nothing was registered. Register it first with /ogp register organization KIND NAME (CLI: organization add).",
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses an organization already registered, whatever its case, and an unknown kind", async () => {
    const before = await counts();
    const duplicate = await run(USERS.supportUnit, "register organization media civic lab");
    expect(duplicate).toMatchObject({ status: "refused" });
    expect(said(duplicate)).toBe(
      "An organization named Civic Lab is already registered (Civil society organization); nothing changed.",
    );
    const unknownKind = await run(USERS.supportUnit, "register organization charity Good Works");
    expect(unknownKind).toMatchObject({ status: "invalid" });
    expect(said(unknownKind)).toBe(
      "“charity” is not a kind of organization; use one of government, civil_society_org, community_group, university, private_sector, media, youth_council, monitoring_body, other.",
    );
    expect(await counts()).toEqual(before);
  });

  it("gives a person registered without an organization one, audited, and nothing else", async () => {
    await run(USERS.supportUnit, "register organization monitoring_body Wellington Watch");
    await run(USERS.supportUnit, "register person Mo Monitor mo@watch.example es");
    const mo = await personOf("mo@watch.example");
    const result = await run(
      USERS.supportUnit,
      "register person mo monitor mo@watch.example es Wellington Watch",
    );
    expect(result).toMatchObject({ status: "ok" });
    expect(said(result)).toBe(
      "Mo Monitor (mo@watch.example) now speaks for Wellington Watch (Monitoring body); nothing else about them changed.",
    );
    const watch = await organizationNamed("Wellington Watch");
    expect(await personOf("mo@watch.example")).toEqual({ ...mo, organizationId: watch!.id });
    expect(await handle.db.select().from(auditLog).where(eq(auditLog.entityId, mo!.id))).toMatchObject([
      { entity: "persons", action: "insert" },
      { entity: "persons", action: "update", changes: { organizationId: watch!.id } },
    ]);
  });

  it.each([
    [
      "register person Carla Civic carla@civiclab.example fr Civic Lab",
      "Carla Civic already speaks for Civic Lab; nothing changed.",
    ],
    [
      "register person Carla Civic carla@civiclab.example fr Springfield City Hall",
      "Carla Civic (carla@civiclab.example) already speaks for Civic Lab; an organization, once given, is not changed from chat.",
    ],
    [
      "register person Eve Impostor eve@shelbyville.example Civic Lab",
      "A person with the email eve@shelbyville.example is already registered as Eve Poc (language: English). To give them an organization, type their name and language as registered: /ogp register person Eve Poc eve@shelbyville.example en ORGANIZATION.",
    ],
    [
      "register person Eve Poc eve@shelbyville.example fr Civic Lab",
      "A person with the email eve@shelbyville.example is already registered as Eve Poc (language: English).",
    ],
    [
      "register person Eve Poc eve@shelbyville.example",
      "A person with the email eve@shelbyville.example is already registered: Eve Poc.",
    ],
  ])("refuses “%s” and writes nothing", async (text, refusal) => {
    const before = await counts();
    const result = await run(USERS.supportUnit, text);
    expect(result).toMatchObject({ status: "refused" });
    expect(said(result)).toContain(refusal);
    expect(await counts()).toEqual(before);
  });
});

describe("usage and who may", () => {
  it.each([
    ["grant", "Type /ogp grant voluntary-inactivity MEMBER FROM [TO] REASON"],
    [
      "grant sabbatical shelbyville 2026-04-01 Rest",
      "Type /ogp grant voluntary-inactivity MEMBER FROM [TO] REASON",
    ],
    ["grant extension shelbyville", "Type /ogp grant voluntary-inactivity MEMBER FROM [TO] REASON"],
    ["override shelbyville", "Type /ogp override MEMBER STATUS REASON"],
    ["register person ana@example.org", "Type /ogp register person NAME EMAIL [en|fr|es]"],
    ["register role ana@example.org", "Type /ogp register person NAME EMAIL [en|fr|es]"],
    ["register organization media", "/ogp register organization KIND NAME"],
  ])("answers “%s” with the usage", async (text, usage) => {
    const result = await run(USERS.supportUnit, text);
    expect(result).toMatchObject({ status: "invalid" });
    expect(said(result)).toContain(usage);
  });

  it.each([
    [
      "grant voluntary-inactivity shelbyville 2026-04-01 Elections",
      "Only the Support Unit grants voluntary inactivity",
    ],
    ["grant extension shelbyville 2026-06-30 Late", "Only the Support Unit grants voluntary inactivity"],
    ["override shelbyville active Fine", "Only the Support Unit overrides a member's status (§4.2)."],
    [
      "register person Mallory mallory@example.org",
      "Only the Support Unit registers people and grants roles (§1).",
    ],
    [
      "register role carla@civiclab.example support_unit",
      "Only the Support Unit registers people and grants roles (§1).",
    ],
    [
      "register organization media Daily Planet",
      "Only the Support Unit registers people and grants roles (§1).",
    ],
    [
      "register person Mallory mallory@example.org en Civic Lab",
      "Only the Support Unit registers people and grants roles (§1).",
    ],
  ])("refuses “%s” to a point of contact and writes nothing", async (text, refusal) => {
    const before = await counts();
    const result = await run(USERS.poc, text);
    expect(result).toMatchObject({ status: "refused" });
    expect(said(result)).toContain(refusal);
    expect(await counts()).toEqual(before);
  });

  it("lists the commands on the App Home for the Support Unit only", async () => {
    const home = async (userId: string) =>
      JSON.stringify(
        await buildHomeView(
          { db: handle.db, logger: silentLogger, now: () => NOW },
          { platform: "slack", workspaceId: TEAM, userId },
        ),
      );
    const forSupportUnit = await home(USERS.supportUnit);
    expect(forSupportUnit).toContain("Support Unit decisions and registrations (§1, §4):");
    expect(forSupportUnit).toContain("/ogp override MEMBER STATUS REASON — set a member's status from today");
    const forPoc = await home(USERS.poc);
    expect(forPoc).not.toContain("/ogp override");
    expect(forPoc).not.toContain("Support Unit decisions");
  });

  it("lists the commands in help for the Support Unit only", async () => {
    const usages = [
      "/ogp grant voluntary-inactivity MEMBER FROM [TO] REASON",
      "/ogp grant extension MEMBER UNTIL REASON",
      "/ogp override MEMBER STATUS REASON",
      "/ogp register person NAME EMAIL [LANGUAGE] [ORGANIZATION]",
      "/ogp register organization KIND NAME",
      "/ogp register role EMAIL ROLE [MEMBER|COUNTRY]",
    ];
    const forSupportUnit = said(await run(USERS.supportUnit, "help"));
    const forPoc = said(await run(USERS.poc, "help"));
    for (const usage of usages) {
      expect(forSupportUnit).toContain(usage);
      expect(forPoc).not.toContain(usage);
    }
  });
});
