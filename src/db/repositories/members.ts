import { asc } from "drizzle-orm";
import type { Database } from "../client.js";
import { members } from "../schema/index.js";

export type MemberSummary = Pick<
  typeof members.$inferSelect,
  "slug" | "name" | "country" | "language" | "timeZone" | "status" | "statusSince"
>;

export async function listMemberSummaries(db: Database): Promise<MemberSummary[]> {
  return db
    .select({
      slug: members.slug,
      name: members.name,
      country: members.country,
      language: members.language,
      timeZone: members.timeZone,
      status: members.status,
      statusSince: members.statusSince,
    })
    .from(members)
    .orderBy(asc(members.country), asc(members.name));
}

export async function countMembers(db: Database): Promise<number> {
  return db.$count(members);
}
