import type { Env } from "../config/env.js";
import type { Logger } from "../logging/logger.js";
import { type DatabaseHandle, migrateDatabase, openDatabase } from "./client.js";
import { loadDemoDossier } from "./repositories/demo-dossier.js";
import { importDossier } from "./repositories/dossier-import.js";
import { countMembers } from "./repositories/members.js";

/** Opens the configured database, applies migrations and, unless switched off, loads the demo into an empty one. */
export async function prepareDatabase(env: Env, logger: Logger): Promise<DatabaseHandle> {
  const handle = await openDatabase({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
  await migrateDatabase(handle.db);
  if (env.DEMO_DATA === "on" && (await countMembers(handle.db)) === 0) {
    const result = await seedDemoData(handle);
    logger.info("demo data loaded into an empty database", { counts: result });
  }
  return handle;
}

export async function seedDemoData({ db }: Pick<DatabaseHandle, "db">): Promise<Record<string, number>> {
  const result = await importDossier(db, loadDemoDossier(), { personId: null, label: "demo-data" });
  if (!result.ok) {
    const problems = result.problems.map((problem) => `${problem.path}: ${problem.message}`).join("; ");
    throw new Error(`The bundled demo dossier is invalid: ${problems}`);
  }
  return result.counts;
}
