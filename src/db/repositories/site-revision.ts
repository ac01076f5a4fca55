import { eq } from "drizzle-orm";
import type { Database } from "../client.js";
import { siteRevision } from "../schema/index.js";

/** The revision of the published facts: it changes with every write to one (see `site_revision`). */
export async function readSiteRevision(db: Database): Promise<number> {
  const [row] = await db
    .select({ revision: siteRevision.revision })
    .from(siteRevision)
    .where(eq(siteRevision.id, 1));
  return row?.revision ?? 0;
}
