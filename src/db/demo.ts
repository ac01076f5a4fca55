import type { Logger } from "../logging/logger.js";
import type { Database } from "./database.js";
import { loadDemoDossier } from "./repositories/demo-dossier.js";
import { importDossier } from "./repositories/dossier-import.js";
import { countMembers } from "./repositories/members.js";

/** Loads the bundled demo dossier (demo/demo-dossier.json) in one transaction. */
export async function seedDemoData({ db }: { db: Database }): Promise<Record<string, number>> {
  const result = await importDossier(db, loadDemoDossier(), { personId: null, label: "demo-data" });
  if (!result.ok) {
    const problems = result.problems.map((problem) => `${problem.path}: ${problem.message}`).join("; ");
    throw new Error(`The bundled demo dossier is invalid: ${problems}`);
  }
  return result.counts;
}

/**
 * DEMO_DATA=on: an empty database gets the demo. Two instances starting at once on an empty database
 * both try; the import is one transaction, so one stores it and the other fails on its unique keys.
 */
export async function seedDemoDataIfEmpty(db: Database, logger: Logger): Promise<void> {
  if ((await countMembers(db)) > 0) return;
  try {
    logger.info("demo data loaded into an empty database", { counts: await seedDemoData({ db }) });
  } catch (error) {
    if ((await countMembers(db)) === 0) throw error;
  }
}
