import type { Database } from "../client.js";
import { members } from "../schema/index.js";

export async function countMembers(db: Database): Promise<number> {
  return db.$count(members);
}
