import { eq, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { siteRevision } from "../schema/index.js";

/** The revision read of each database, built and prepared once: every public request and chat status asks. */
const preparedReads = new WeakMap<Database, () => Promise<number>>();

/** The revision of the published facts (it changes with every write to one, see `site_revision`), now. */
export function readSiteRevision(db: Database): Promise<number> {
  let read = preparedReads.get(db);
  if (!read) {
    const query = db
      .select({ revision: siteRevision.revision })
      .from(siteRevision)
      .where(eq(siteRevision.id, sql.placeholder("id")))
      .prepare();
    read = async () => (await query.get({ id: 1 }))?.revision ?? 0;
    preparedReads.set(db, read);
  }
  return read();
}

/**
 * The revision for the public site's response cache: asks arriving while a read is under way share
 * it, since they arrived after it began, and a write committed since is seen by the next read.
 */
export function siteRevisionReader(db: Database): () => Promise<number> {
  let reading: Promise<number> | null = null;
  return () => {
    reading ??= readSiteRevision(db).finally(() => {
      reading = null;
    });
    return reading;
  };
}
