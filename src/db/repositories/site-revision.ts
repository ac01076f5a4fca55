import { eq, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { siteRevision } from "../schema/index.js";

/**
 * Reads the revision of the published facts (it changes with every write to one, see
 * `site_revision`). Every public request asks, so the query is built once per database, and asks
 * arriving while a read is under way share it: they arrived after it began, and a write committed
 * since is seen by the next read.
 */
export function siteRevisionReader(db: Database): () => Promise<number> {
  const query = db
    .select({ revision: siteRevision.revision })
    .from(siteRevision)
    .where(eq(siteRevision.id, sql.placeholder("id")))
    .prepare();
  let reading: Promise<number> | null = null;
  return () => {
    reading ??= query
      .get({ id: 1 })
      .then((row) => row?.revision ?? 0)
      .finally(() => {
        reading = null;
      });
    return reading;
  };
}

export async function readSiteRevision(db: Database): Promise<number> {
  return siteRevisionReader(db)();
}
