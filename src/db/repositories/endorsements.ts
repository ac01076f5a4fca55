import { and, asc, eq, isNull } from "drizzle-orm";
import type { Source } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Executor } from "../client.js";
import { endorsements, organizations, persons } from "../schema/index.js";

export type EndorsementRow = typeof endorsements.$inferSelect;

/** The organization's standing (not withdrawn) endorsement of a plan, if any (PLAN-5). */
export async function findStandingEndorsement(
  db: Executor,
  planId: string,
  organizationId: string,
): Promise<EndorsementRow | null> {
  const [row] = await db
    .select()
    .from(endorsements)
    .where(
      and(
        eq(endorsements.planId, planId),
        eq(endorsements.organizationId, organizationId),
        isNull(endorsements.withdrawnAt),
      ),
    );
  return row ?? null;
}

/** Organizations currently endorsing a plan, the list a submission shows (PLAN-5). */
export async function listStandingEndorsements(
  db: Executor,
  planId: string,
): Promise<{ organization: string; endorsedAt: Date; personName: string | null }[]> {
  return db
    .select({
      organization: organizations.name,
      endorsedAt: endorsements.endorsedAt,
      personName: persons.name,
    })
    .from(endorsements)
    .innerJoin(organizations, eq(organizations.id, endorsements.organizationId))
    .leftJoin(persons, eq(persons.id, endorsements.personId))
    .where(and(eq(endorsements.planId, planId), isNull(endorsements.withdrawnAt)))
    .orderBy(asc(endorsements.endorsedAt));
}

/**
 * Records an endorsement, or returns the standing one: checking and inserting share the transaction,
 * so a double click cannot endorse twice.
 */
export async function endorsePlan(
  writer: AuditedWriter,
  input: { planId: string; organizationId: string; personId: string; source: Source },
): Promise<{ endorsement: EndorsementRow; created: boolean }> {
  const standing = await findStandingEndorsement(writer.tx, input.planId, input.organizationId);
  if (standing) return { endorsement: standing, created: false };
  const endorsement = await writer.insert(endorsements, { ...input, endorsedAt: writer.at });
  return { endorsement, created: true };
}

export async function withdrawEndorsement(writer: AuditedWriter, endorsementId: string): Promise<void> {
  await writer.update(endorsements, endorsementId, { withdrawnAt: writer.at });
}
