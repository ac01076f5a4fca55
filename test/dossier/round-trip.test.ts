import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { exportDossier, UnknownMemberError } from "../../src/db/repositories/dossier-export/index.js";
import { importDossier } from "../../src/db/repositories/dossier-import.js";
import { freshDatabase } from "../support/database.js";
import { demoDocument } from "./fixtures.js";

const actor = { personId: null, label: "test" };

async function imported(document: unknown): Promise<DatabaseHandle> {
  const handle = await freshDatabase();
  const result = await importDossier(handle.db, document, actor);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return handle;
}

describe("exportDossier", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await imported(demoDocument());
  });
  afterEach(() => handle.close());

  it("gives the demo dossier back exactly: export(import(demo)) equals demo", async () => {
    expect(await exportDossier(handle.db)).toStrictEqual(demoDocument());
  });

  it("writes one member's dossier that imports on its own and exports unchanged", async () => {
    const kowhai = await exportDossier(handle.db, { memberSlug: "kowhai-coast" });

    expect(kowhai.members?.map((m) => m.slug)).toEqual(["kowhai-coast"]);
    expect(kowhai.coalitions).toBeUndefined();
    // Its people, and the Support Unit officer named in its status history; nobody else.
    expect(kowhai.persons?.map((p) => p.email)).toEqual([
      "amara.nwosu@ogp-support.example",
      "aroha.ngata@kowhaicoast.example",
      "ben.whitaker@kowhaicoast.example",
      "helen.marsh@coastalgovernance.example",
      "mere.tipene@kowhaitrust.example",
      "sione.fifita@tuibayyouth.example",
    ]);
    expect(kowhai.organizations?.map((o) => o.name)).toEqual([
      "Coastal Governance Institute",
      "Kōwhai Coast Community Trust",
      "Kōwhai Coast District Council",
      "OGP Local Support Unit (demo)",
      "Tūī Bay Youth Council",
    ]);
    expect(kowhai.members?.[0]).toStrictEqual(demoDocument().members?.find((m) => m.slug === "kowhai-coast"));

    const alone = await imported(kowhai);
    expect(await exportDossier(alone.db)).toStrictEqual(kowhai);
    alone.close();
  });

  it("exports a coalition member with its coalition and the coalition's other members", async () => {
    const encinar = await exportDossier(handle.db, { memberSlug: "villa-encinar" });

    expect(encinar.members?.map((m) => m.slug)).toEqual(["san-telmo-de-las-lomas", "villa-encinar"]);
    expect(encinar.coalitions).toStrictEqual(demoDocument().coalitions);
    // The shared PoC holds roles on both members; roles on members outside the export are left out.
    const poc = encinar.persons?.find((p) => p.email === "diego.ramirez@santelmo.example");
    expect(poc?.roles).toEqual([
      { role: "point_of_contact", member: "san-telmo-de-las-lomas" },
      { role: "point_of_contact", member: "villa-encinar" },
    ]);
    expect(encinar.persons?.some((p) => p.email === "rosa.campos@santaclarapinos.example")).toBe(false);

    const alone = await imported(encinar);
    expect(await exportDossier(alone.db)).toStrictEqual(encinar);
    alone.close();
  });

  it("keeps a person's country and global roles when the person travels with a member", async () => {
    const brume = await exportDossier(handle.db, { memberSlug: "val-de-brume" });

    const supportUnit = brume.persons?.find((p) => p.email === "amara.nwosu@ogp-support.example");
    expect(supportUnit?.roles).toEqual([{ role: "support_unit" }]);
  });

  it("fails clearly for an unknown member", async () => {
    await expect(exportDossier(handle.db, { memberSlug: "atlantis" })).rejects.toThrow(UnknownMemberError);
    await expect(exportDossier(handle.db, { memberSlug: "atlantis" })).rejects.toThrow(
      "No member has the slug 'atlantis'",
    );
  });

  it("exports an empty database as the bare document", async () => {
    const empty = await freshDatabase();
    expect(await exportDossier(empty.db)).toStrictEqual({ format: "ogp-local-dossier", version: 1 });
    empty.close();
  });
});

describe("canonical form", () => {
  it("turns an equivalent but non-canonical document into the canonical one", async () => {
    const document = demoDocument();
    // Lists in another order.
    document.organizations?.reverse();
    document.persons?.reverse();
    document.members?.reverse();
    const plan = document.coalitions?.[0]?.plans?.[0];
    const endorsement = plan?.endorsements?.[0];
    const jorge = document.persons?.find((p) => p.email === "jorge.trevino@villaencinar.example");
    if (!plan?.commitments?.[0] || !endorsement || !jorge)
      throw new Error("the demo changed: update this test");
    plan.commitments.reverse();
    plan.commitments[0]?.policyAreas.reverse();
    // The same instant with an offset, and an email in capitals.
    expect(endorsement.endorsedAt).toBe("2024-12-10T17:30:00Z");
    endorsement.endorsedAt = "2024-12-10T11:30:00-06:00";
    endorsement.person = "Paola.Mendez@CiudadAbierta.example";
    // Empty lists and false flags written out.
    jorge.chatIdentities = [];
    jorge.roles = [{ role: "government_official", member: "villa-encinar", canPostUpdates: false }];
    expect(document).not.toStrictEqual(demoDocument());

    const handle = await imported(document);

    expect(await exportDossier(handle.db)).toStrictEqual(demoDocument());
    handle.close();
  });
});
