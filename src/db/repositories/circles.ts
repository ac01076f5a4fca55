import { eq, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { circleMembers, circles } from "../schema/index.js";

/** A peer-learning circle (§2.4) by slug, with its members. */
export async function findCircleBySlug(
  db: Database,
  slug: string,
): Promise<{ id: string; name: string; memberIds: string[] } | null> {
  const [circle] = await db
    .select()
    .from(circles)
    .where(eq(sql`lower(${circles.slug})`, slug.trim().toLowerCase()));
  if (!circle) return null;
  const rows = await db
    .select({ memberId: circleMembers.memberId })
    .from(circleMembers)
    .where(eq(circleMembers.circleId, circle.id));
  return { id: circle.id, name: circle.name, memberIds: rows.map((row) => row.memberId) };
}
