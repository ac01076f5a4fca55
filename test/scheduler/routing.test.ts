import { describe, expect, it } from "vitest";
import type {
  MemberAudience,
  MemberProfile,
  Recipient,
  SupportUnitSubscription,
} from "../../src/db/repositories/alert-audiences.js";
import { directMessageIdentity } from "../../src/db/repositories/alert-audiences.js";
import type { Role } from "../../src/domain/vocabularies.js";
import { type RoutableAlert, routeAlert } from "../../src/scheduler/routing.js";

const member: MemberProfile = {
  id: "m1",
  slug: "rioverde",
  name: "Rioverde",
  country: "MX",
  language: "es",
  timeZone: "America/Mexico_City",
  status: "active",
  statusSince: "2025-01-01",
};

const linkedAt = (day: number) => new Date(Date.UTC(2026, 0, day));

function person(name: string, overrides: Partial<Recipient> = {}): Recipient {
  return {
    personId: `p-${name}`,
    name,
    language: "es",
    preferredPlatform: null,
    identities: [],
    ...overrides,
  };
}

const both = person("Ana", {
  preferredPlatform: "discord",
  identities: [
    { platform: "slack", workspaceId: "T1", userId: "U_ANA", linkedAt: linkedAt(1) },
    { platform: "discord", workspaceId: "", userId: "D_ANA", linkedAt: linkedAt(2) },
  ],
});
const unlinked = person("Berta");
const monitor = person("Carla", {
  language: "en",
  identities: [{ platform: "slack", workspaceId: "T1", userId: "U_CARLA", linkedAt: linkedAt(3) }],
});

function audience(people: [Role, Recipient[]][], channels: MemberAudience["channels"] = []): MemberAudience {
  return { people: new Map(people), channels };
}

const su = (
  channelId: string,
  alertKinds: string[] = [],
  country: string | null = null,
): SupportUnitSubscription => ({
  channel: { platform: "slack", workspaceId: "TSU", channelId },
  alertKinds,
  country,
});

const alert = (kind: string, step: string, roles: Role[]): RoutableAlert => ({ kind, step, audience: roles });
const targets = (routing: ReturnType<typeof routeAlert>) =>
  routing.routes.map((route) => `${route.audience}:${route.platform}:${route.target}:${route.language}`);

describe("direct messages go to one identity (a person linked on both platforms: the preferred one only)", () => {
  it("uses the preferred platform when linked there", () => {
    expect(directMessageIdentity(both)?.userId).toBe("D_ANA");
    expect(directMessageIdentity({ ...both, preferredPlatform: "slack" })?.userId).toBe("U_ANA");
  });

  it("falls back to the identity linked first without a usable preference, and to none when unlinked", () => {
    expect(directMessageIdentity({ ...both, preferredPlatform: null })?.userId).toBe("U_ANA");
    expect(
      directMessageIdentity({
        ...both,
        identities: both.identities.slice(0, 1),
        preferredPlatform: "discord",
      })?.userId,
    ).toBe("U_ANA");
    expect(directMessageIdentity(unlinked)).toBeNull();
  });
});

describe("routing by the rule's audience (spec §6 'whom to remind')", () => {
  const memberChannel = { platform: "discord" as const, workspaceId: "G1", channelId: "C_MEMBER" };

  it("sends a PoC reminder to each PoC by DM and to the member's channels, not to the Support Unit before it is overdue", () => {
    const routing = routeAlert(
      alert("DUE-UPDATE", "d-14", ["point_of_contact"]),
      member,
      audience([["point_of_contact", [both, unlinked]]], [memberChannel]),
      [su("C_ALL")],
    );
    expect(targets(routing)).toEqual(["person:discord:D_ANA:es", "member_channel:discord:C_MEMBER:es"]);
    expect(routing.skipped).toEqual([{ personId: "p-Berta", name: "Berta", role: "point_of_contact" }]);
  });

  it("adds the Support Unit's channels for every overdue step", () => {
    const routing = routeAlert(
      alert("DUE-UPDATE", "overdue", ["point_of_contact"]),
      member,
      audience([["point_of_contact", [both]]]),
      [su("C_ALL")],
    );
    expect(targets(routing)).toEqual(["person:discord:D_ANA:es", "support_unit:slack:C_ALL:en"]);
  });

  it("sends monitoring-body deadlines to the monitoring body's people and, as the spec names it, the Support Unit", () => {
    const routing = routeAlert(
      alert("DUE-ASSESS-INITIAL", "d-14", ["monitoring_body", "support_unit"]),
      member,
      audience(
        [
          ["monitoring_body", [monitor]],
          ["point_of_contact", [both]],
        ],
        [memberChannel],
      ),
      [su("C_ALL")],
    );
    expect(targets(routing)).toEqual(["person:slack:U_CARLA:en", "support_unit:slack:C_ALL:en"]);
  });

  it("filters the Support Unit's channels by alert kind and country", () => {
    const channels = [
      su("C_ALL"),
      su("C_MX", [], "MX"),
      su("C_NZ", [], "NZ"),
      su("C_LETTERS", ["INACT-4", "PROB-1", "REVOKE-1"]),
      su("C_MX_LETTERS", ["PROB-1"], "MX"),
    ];
    const route = (kind: string) =>
      routeAlert(
        alert(kind, kind === "PROB-1" ? "letter" : "overdue", ["support_unit"]),
        member,
        audience([]),
        channels,
      ).routes.map((entry) => entry.target);
    expect(route("PROB-1")).toEqual(["C_ALL", "C_MX", "C_LETTERS", "C_MX_LETTERS"]);
    expect(route("DUE-MILESTONE")).toEqual(["C_ALL", "C_MX"]);
    expect(
      routeAlert(
        alert("PROB-1", "letter", ["support_unit"]),
        { ...member, country: "NZ" },
        audience([]),
        channels,
      ).routes.map((entry) => entry.target),
    ).toEqual(["C_ALL", "C_NZ", "C_LETTERS"]);
  });

  it("reaches civil society for DUE-MEETINGS, and a person holding two of the roles once", () => {
    const routing = routeAlert(
      alert("DUE-MEETINGS", "m6", ["point_of_contact", "civil_society"]),
      member,
      audience([
        ["point_of_contact", [both]],
        ["civil_society", [both, monitor]],
      ]),
      [],
    );
    expect(targets(routing)).toEqual(["person:discord:D_ANA:es", "person:slack:U_CARLA:en"]);
  });
});
