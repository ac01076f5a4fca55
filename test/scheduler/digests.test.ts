import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox } from "../../src/db/schema/index.js";
import { DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { digestPeriodOf, isoWeekOf } from "../../src/scheduler/digests.js";
import { tick } from "../../src/scheduler/index.js";
import { postView } from "../support/posts.js";
import { demoWithSubscriptions, describeOutbox } from "./demo.js";

describe("digest periods", () => {
  it("names ISO weeks by the year of their Thursday", () => {
    expect(isoWeekOf("2026-11-15")).toBe("2026-W46");
    expect(isoWeekOf("2026-11-16")).toBe("2026-W47");
    expect(isoWeekOf("2026-01-01")).toBe("2026-W01");
    expect(isoWeekOf("2027-01-01")).toBe("2026-W53");
    expect(isoWeekOf("2024-12-30")).toBe("2025-W01");
  });

  it("aligns country digest periods on January (spec §7, every 6 months by default)", () => {
    expect(digestPeriodOf("2026-11-15", 6)).toEqual({ from: "2026-07-01", to: "2026-12-31" });
    expect(digestPeriodOf("2026-02-28", 6)).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(digestPeriodOf("2026-11-15", 3)).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(digestPeriodOf("2026-11-15", 12)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });
});

describe("digests over the demo", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await demoWithSubscriptions();
  });
  afterEach(() => handle.close());

  const digests = async (kind: string) =>
    (await describeOutbox(handle.db)).filter((line) => line.startsWith(`${kind} `));

  it("writes one weekly digest per member channel per ISO week", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE);
    await tick(handle.db, "2026-11-15");
    expect(await digests("digest.weekly")).toEqual([
      "digest.weekly kowhai-coast 2026-W46 → discord:G0KOWHAI:900000000000000001",
      "digest.weekly san-telmo-de-las-lomas 2026-W46 → slack:T0LOMAS:C0LOMAS",
    ]);
    await tick(handle.db, "2026-11-16");
    expect(await digests("digest.weekly")).toHaveLength(4);
    const [kowhai] = await handle.db
      .select()
      .from(alertsOutbox)
      .where(and(eq(alertsOutbox.kind, "digest.weekly"), eq(alertsOutbox.target, "900000000000000001")))
      .orderBy(alertsOutbox.createdAt, alertsOutbox.dedupeKey);
    const message = postView(kowhai?.payload);
    expect(message.title).toBe("Weekly digest · Kōwhai Coast District · 2026-W46");
    expect(message.text).toContain("Status: Inactive since 1 Oct 2026.");
    expect(message.text).toContain(
      "OVERDUE since 30 Sept 2026: The Q3 2026 progress update for commitment nzkwc0003",
    );
  });

  it("writes each country's digest once per period, comparing its members side by side", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE);
    await tick(handle.db, "2026-12-31");
    expect(await digests("digest.country")).toEqual([
      "digest.country MX 2026-07-01 → slack:T0LOMAS:C0MXNATIONAL",
    ]);
    const [row] = await handle.db.select().from(alertsOutbox).where(eq(alertsOutbox.kind, "digest.country"));
    // In the language most of Mexico's members use.
    expect(row?.payload).toMatchObject({ language: "es" });
    expect(postView(row?.payload)).toMatchObject({
      title: "Miembros de OGP Local en MX · del 1 jul 2026 al 31 dic 2026",
      fields: [
        { label: "San Telmo de las Lomas", value: expect.stringMatching(/^Activo desde el 15 oct 2024/) },
        {
          label: "Santa Clara de los Pinos",
          value: expect.stringMatching(/^En periodo de prueba desde el 1 oct 2026 · 4 vencido/),
        },
        { label: "Villa Encinar", value: expect.stringMatching(/^Activo/) },
      ],
    });
    await tick(handle.db, "2027-01-02");
    expect(await digests("digest.country")).toEqual([
      "digest.country MX 2026-07-01 → slack:T0LOMAS:C0MXNATIONAL",
      "digest.country MX 2027-01-01 → slack:T0LOMAS:C0MXNATIONAL",
    ]);
  });

  it("takes the country digest interval from the options (COUNTRY_DIGEST_MONTHS)", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE, { countryDigestMonths: 3 });
    expect(await digests("digest.country")).toEqual([
      "digest.country MX 2026-10-01 → slack:T0LOMAS:C0MXNATIONAL",
    ]);
  });
});
