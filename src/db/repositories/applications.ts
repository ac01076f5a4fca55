import { and, asc, eq, like, or, sql } from "drizzle-orm";
import type { MemberKeys } from "../../domain/dossier/member-keys.js";
import type { ApplicationOutcome } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Executor } from "../client.js";
import { updateWhereStill } from "../fenced-change.js";
import { applications, members } from "../schema/index.js";

export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplication = Omit<typeof applications.$inferInsert, "id" | "outcome" | "createdAt">;

export const APPLICATION_REF_LENGTH = 8;
/** What people type and read: the id's first 8 characters, like a public comment's. */
export const applicationRef = (id: string): string => id.slice(0, APPLICATION_REF_LENGTH);

/** An application by its id or a prefix of it (at least 6 characters) that names only one. */
export async function findApplicationByRef(db: Executor, ref: string): Promise<ApplicationRow | null> {
  const wanted = ref.trim().toLowerCase();
  if (wanted.length < 6 || !/^[0-9a-f-]+$/.test(wanted)) return null;
  const rows = await db
    .select()
    .from(applications)
    .where(like(applications.id, `${wanted}%`))
    .limit(2);
  return rows.length === 1 ? (rows[0] ?? null) : null;
}

/** The pending applications of these jurisdictions (name compared case-insensitively, with the country). */
export async function findPendingApplications(
  db: Executor,
  jurisdictions: { name: string; country: string }[],
): Promise<ApplicationRow[]> {
  if (jurisdictions.length === 0) return [];
  return db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.outcome, "pending"),
        or(
          ...jurisdictions.map((jurisdiction) =>
            and(
              eq(sql`lower(${applications.jurisdictionName})`, jurisdiction.name.toLowerCase()),
              eq(applications.country, jurisdiction.country),
            ),
          ),
        ),
      ),
    );
}

/** Oldest first: the order the Support Unit decides them in. */
export async function listApplications(
  db: Executor,
  filter: { outcome?: ApplicationOutcome; limit?: number } = {},
): Promise<ApplicationRow[]> {
  const query = db
    .select()
    .from(applications)
    .where(filter.outcome ? eq(applications.outcome, filter.outcome) : undefined)
    .orderBy(asc(applications.createdAt), asc(applications.id));
  return filter.limit ? query.limit(filter.limit) : query;
}

export function insertApplication(
  writer: AuditedWriter,
  application: NewApplication,
): Promise<ApplicationRow> {
  return writer.insert(applications, { ...application, outcome: "pending" });
}

/**
 * Records the decision on a pending application. The condition on `pending` is in the UPDATE
 * itself, so of two decisions at once only one writes; null when it was decided already.
 */
export async function recordApplicationDecision(
  writer: AuditedWriter,
  id: string,
  decision: {
    outcome: Exclude<ApplicationOutcome, "pending">;
    /** Null for a decision taken at the command line by an operator who named no Support Unit person. */
    decidedBy: string | null;
    memberId?: string;
    decisionReason?: string;
  },
): Promise<ApplicationRow | null> {
  const changes = { ...decision, decidedAt: writer.at };
  const [decided] = await updateWhereStill(
    writer.tx,
    applications,
    and(eq(applications.id, id), eq(applications.outcome, "pending"))!,
    changes,
  );
  if (!decided) return null;
  writer.record("applications", id, "update", changes);
  return decided;
}

/**
 * The members' slugs and codes that start like the given keys, lower-cased, to choose free ones
 * (derived keys are lower-case letters, digits and hyphens: nothing LIKE would read as a wildcard).
 */
export async function listTakenMemberKeys(
  db: Executor,
  prefixes: MemberKeys,
): Promise<{ slugs: Set<string>; codes: Set<string> }> {
  const rows = await db
    .select({ slug: members.slug, code: members.code })
    .from(members)
    .where(or(like(members.slug, `${prefixes.slug}%`), like(members.code, `${prefixes.code}%`)));
  return {
    slugs: new Set(rows.map((row) => row.slug.toLowerCase())),
    codes: new Set(rows.map((row) => row.code.toLowerCase())),
  };
}

/** A member's keys, by id (an accepted application's) or by slug (the one an acceptance just wrote). */
export async function findMemberKeys(
  db: Executor,
  by: { id: string } | { slug: string },
): Promise<{ id: string; slug: string; code: string } | null> {
  const [row] = await db
    .select({ id: members.id, slug: members.slug, code: members.code })
    .from(members)
    .where("id" in by ? eq(members.id, by.id) : eq(members.slug, by.slug));
  return row ?? null;
}
