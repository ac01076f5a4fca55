import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { findPersonByChatIdentity } from "../../src/db/repositories/people.js";
import { auditLog, persons, roleAssignments } from "../../src/db/schema/index.js";
import { describeServiceError, ServiceError } from "../../src/services/errors.js";
import { grantRole, type RoleRequest } from "../../src/services/grant-role.js";
import { type PersonRegistration, registerPerson } from "../../src/services/register-person.js";
import { supportUnitAtCli, supportUnitInChat } from "../../src/services/support-unit-authority.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "../commands/fixtures.js";
import { freshDatabase } from "../support/database.js";

/** Spec §1: the Support Unit registers people and grants the roles of the role table, in their scopes. */
let handle: DatabaseHandle;
let data: Seeded;

beforeEach(async () => {
  handle = await freshDatabase();
  data = await seed(handle.db);
});
afterEach(() => handle.close());

const authorityOf = async (userId: string = USERS.supportUnit) => {
  const person = await findPersonByChatIdentity(handle.db, { platform: "slack", workspaceId: TEAM, userId });
  return supportUnitInChat(
    { person: person!, source: "slack", label: `${person!.email} via slack` },
    "cmd.register.support_unit_only",
  );
};
const deps = () => ({ db: handle.db, now: NOW });
const register = async (registration: PersonRegistration) =>
  registerPerson(deps(), await authorityOf(), registration);
const grant = async (request: RoleRequest) => grantRole(deps(), await authorityOf(), request);

const refusalOf = async (attempt: () => Promise<unknown>, language: "en" | "fr" = "en") => {
  const caught = await attempt().then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(ServiceError);
  return describeServiceError(caught as ServiceError, language);
};
const counts = async () => ({
  persons: await handle.db.$count(persons),
  roles: await handle.db.$count(roleAssignments),
  audit: await handle.db.$count(auditLog),
});

describe("registering a person", () => {
  it("stores the name, the email lowercased and the language, audited as the Support Unit's act", async () => {
    const person = await register({
      name: "  Ana   María Pérez ",
      email: "Ana@Rioverde.GOB.mx",
      language: "ES",
    });
    expect(person).toMatchObject({ name: "Ana María Pérez", email: "ana@rioverde.gob.mx", language: "es" });
    expect(await handle.db.select().from(auditLog)).toMatchObject([
      {
        entity: "persons",
        entityId: person.id,
        action: "insert",
        source: "slack",
        actorPersonId: data.persons.supportUnit,
      },
    ]);
    expect((await register({ name: "Tom", email: "tom@example.org" })).language).toBe("en");
  });

  it("refuses an email already registered, whatever its case, and writes nothing", async () => {
    const before = await counts();
    expect(await refusalOf(() => register({ name: "Ana again", email: "ANA@springfield.example" }))).toBe(
      "A person with the email ana@springfield.example is already registered: Ana Poc.",
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses a missing name, a malformed email and an unknown language", async () => {
    expect(await refusalOf(() => register({ name: " ", email: "x@example.org" }))).toBe(
      "The person's name is required.",
    );
    expect(await refusalOf(() => register({ name: "X", email: "not-an-email" }))).toBe(
      "“not-an-email” is not an email address.",
    );
    expect(await refusalOf(() => register({ name: "X", email: "x@example.org", language: "de" }), "fr")).toBe(
      "« de » n'est pas une langue d'OGP Local ; utilisez l'une de en, fr, es.",
    );
    expect(await handle.db.$count(persons, eq(persons.email, "x@example.org"))).toBe(0);
  });
});

describe("granting a role", () => {
  beforeEach(async () => {
    await register({ name: "Zoe New", email: "zoe@example.org" });
  });
  const rolesOfZoe = async () =>
    handle.db
      .select({
        role: roleAssignments.role,
        scope: roleAssignments.scope,
        memberId: roleAssignments.memberId,
        country: roleAssignments.country,
      })
      .from(roleAssignments)
      .innerJoin(persons, eq(persons.id, roleAssignments.personId))
      .where(eq(persons.email, "zoe@example.org"));

  it("grants member roles for a member, national coordination for a country, the Support Unit globally", async () => {
    await grant({ email: "zoe@example.org", role: "point_of_contact", scope: "sprfd" });
    await grant({ email: "ZOE@example.org", role: "national-coordinator", scope: "us" });
    await grant({ email: "zoe@example.org", role: "support_unit" });
    expect(await rolesOfZoe()).toEqual([
      { role: "point_of_contact", scope: "member", memberId: data.springfield, country: null },
      { role: "national_coordinator", scope: "country", memberId: null, country: "US" },
      { role: "support_unit", scope: "global", memberId: null, country: null },
    ]);
    expect(
      (await handle.db.select().from(auditLog).where(eq(auditLog.entity, "role_assignments"))).map(
        (entry) => entry.source,
      ),
    ).toEqual(["slack", "slack", "slack"]);
  });

  it("refuses a role the person already holds there, and writes nothing", async () => {
    await grant({ email: "zoe@example.org", role: "civil_society", scope: "springfield" });
    const before = await counts();
    expect(
      await refusalOf(() => grant({ email: "zoe@example.org", role: "civil_society", scope: "sprfd" })),
    ).toBe("Zoe New already holds the role Civil society for Springfield; nothing changed.");
    expect(await counts()).toEqual(before);
    // The same role for another member is another grant.
    await expect(
      grant({ email: "zoe@example.org", role: "civil_society", scope: "shelbyville" }),
    ).resolves.toMatchObject({ target: { scope: "member" } });
  });

  it("refuses what the role table does not allow, in the reader's language", async () => {
    const tries: [RoleRequest, string][] = [
      [
        { email: "zoe@example.org", role: "mayor", scope: "springfield" },
        "“mayor” is not a role; use one of support_unit, point_of_contact, government_official, civil_society, monitoring_body, national_coordinator.",
      ],
      [
        { email: "nobody@example.org", role: "civil_society", scope: "springfield" },
        "No person has the email nobody@example.org. Register them first: /ogp register person NAME nobody@example.org (CLI: person add).",
      ],
      [
        { email: "zoe@example.org", role: "civil_society" },
        "The role Civil society is held for a member: add the member's short name.",
      ],
      [
        { email: "zoe@example.org", role: "monitoring_body", scope: "atlantis" },
        "No member “atlantis”. Use the member's short name or code, as on the public site.",
      ],
      [
        { email: "zoe@example.org", role: "national_coordinator" },
        "The role National coordinator is held for a country: add its ISO code, e.g. MX (spec §7).",
      ],
      [
        { email: "zoe@example.org", role: "national_coordinator", scope: "XX" },
        "“XX” is not an ISO 3166-1 country code, e.g. MX or NZ.",
      ],
      [
        { email: "zoe@example.org", role: "support_unit", scope: "springfield" },
        "The role Support Unit is global: it takes no member or country (“springfield” was given).",
      ],
    ];
    const before = await counts();
    for (const [request, message] of tries) expect(await refusalOf(() => grant(request))).toBe(message);
    expect(await counts()).toEqual(before);
  });
});

describe("who registers (spec §1)", () => {
  it.each([
    ["the point of contact", USERS.poc],
    ["civil society", USERS.civilSociety],
  ])("refuses %s before anything else", async (_, userId) => {
    expect(await refusalOf(async () => authorityOf(userId))).toBe(
      "Only the Support Unit registers people and grants roles (§1).",
    );
  });

  it("lets the CLI name a Support Unit person as the decider, and refuses anyone else", async () => {
    expect(await supportUnitAtCli(handle.db, "cli decision override", "DAN@ogp.example")).toMatchObject({
      personId: data.persons.supportUnit,
      name: "Dan Support",
      actor: {
        source: "cli",
        personId: data.persons.supportUnit,
        label: "dan@ogp.example via cli decision override",
      },
    });
    expect(await supportUnitAtCli(handle.db, "cli person add")).toMatchObject({
      personId: null,
      actor: { source: "cli", personId: null, label: "cli person add" },
    });
    expect(await refusalOf(() => supportUnitAtCli(handle.db, "cli", "carla@civiclab.example"))).toBe(
      "Carla Civic (carla@civiclab.example) does not hold the Support Unit role, so the decision cannot be recorded as theirs.",
    );
  });
});
