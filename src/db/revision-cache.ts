import type { Database } from "./database.js";
import { readSiteRevision } from "./repositories/site-revision.js";

/**
 * Reads of published facts kept until the facts change. Every write to a published fact bumps
 * `site_revision` in its own transaction (triggers, migrations 0006 and 0008), so a value read at
 * revision R is exact for as long as the revision reads R, in this process or any other on the same
 * database. One revision read replaces the dozen statements of a member's overview or rules facts,
 * which `status`, `due` and the App Home read again and again.
 *
 * Only for the database itself, never an open transaction: a transaction's uncommitted writes have
 * not bumped the revision yet.
 */
export interface RevisionCache<V> {
  /** The values for `keys` as of now: kept ones while the revision holds, the others loaded. */
  get(db: Database, keys: readonly string[]): Promise<Map<string, V>>;
}

/**
 * A cache of `load` per database, at most `maxEntries` keys (the least recently used go first), all
 * dropped when the revision moves.
 */
export function revisionCache<V>(
  load: (db: Database, keys: string[]) => Promise<Map<string, V>>,
  maxEntries = 500,
): RevisionCache<V> {
  const byDatabase = new WeakMap<Database, { revision: number; values: Map<string, V> }>();
  return {
    async get(db, keys) {
      // Not the web's shared read: a person's own write just committed must show in their next status.
      const revision = await readSiteRevision(db);
      let kept = byDatabase.get(db);
      if (!kept || kept.revision !== revision) {
        kept = { revision, values: new Map() };
        byDatabase.set(db, kept);
      }
      const found = new Map<string, V>();
      const missing: string[] = [];
      for (const key of keys) {
        const value = kept.values.get(key);
        if (value === undefined) missing.push(key);
        else {
          // Most recently used last, so eviction takes the oldest first.
          kept.values.delete(key);
          kept.values.set(key, value);
          found.set(key, value);
        }
      }
      if (missing.length === 0) return found;
      const loaded = await load(db, missing);
      const current = byDatabase.get(db);
      for (const [key, value] of loaded) {
        found.set(key, value);
        // Kept only if no newer revision was seen meanwhile: what was loaded may predate it.
        if (current === kept) kept.values.set(key, value);
      }
      for (const key of kept.values.keys()) {
        if (kept.values.size <= maxEntries) break;
        kept.values.delete(key);
      }
      return found;
    },
  };
}
