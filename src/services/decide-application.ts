import { type AuditedWriter, writeAudited } from "../db/audit.js";
import type { Executor } from "../db/client.js";
import { directMessageIdentity, loadRecipients } from "../db/repositories/alert-audiences.js";
import {
  type ApplicationRow,
  findApplicationByRef,
  findMemberKeys,
  listTakenMemberKeys,
  recordApplicationDecision,
} from "../db/repositories/applications.js";
import { insertDossierRows } from "../db/repositories/dossier-import.js";
import { findPersonName } from "../db/repositories/people.js";
import { findPersonByEmail, insertRoleAssignment } from "../db/repositories/person-registry.js";
import { deriveMemberKeys, memberKeyPrefixes } from "../domain/dossier/member-keys.js";
import { DOSSIER_FORMAT, DOSSIER_VERSION, type DossierDocument } from "../domain/dossier/schema.js";
import { readDossier } from "../domain/dossier/validate.js";
import { parseIsoDate } from "../domain/time/civil.js";
import type { JurisdictionType, Language } from "../domain/vocabularies.js";
import { civilDateIn } from "../messages/format.js";
import { enqueueAlerts, routedKey } from "../outbox/index.js";
import type { ServiceDeps } from "./acting.js";
import { type ApplicationDecision, applicantNotice } from "./announcements/application.js";
import { invalid, notFound } from "./errors.js";
import type { SupportUnitAuthority } from "./support-unit-authority.js";

/** The outbox kind of the direct message that tells an applicant the decision. */
export const APPLICATION_DECISION_KIND = "application.decided";

/** A rejection says why, in a few sentences. */
export const MAX_REJECTION_REASON = 1000;

export type ApplicationVerdict =
  /** `firstPlanDue`: the date the Support Unit sets for the first action plan (INACT-1, §4.1.1). */
  { outcome: "accepted"; firstPlanDue?: string | undefined } | { outcome: "rejected"; reason: string };

/** Thrown inside the transaction when another decision won the race: everything written is rolled back. */
class DecidedMeanwhile extends Error {}

/**
 * The member an application becomes (§1): its slug and code derived from the name and country and
 * free, joined today in its time zone, `active`; its point of contact (the person with that email,
 * else a new one) holding the `point_of_contact` role. Written through the dossier import's own rows,
 * so an accepted member is exactly what importing it would have made.
 */
async function admitMember(
  writer: AuditedWriter,
  application: ApplicationRow,
  joinedOn: string,
  firstPlanDue: string | null,
): Promise<{ id: string; slug: string; code: string }> {
  const { jurisdictionName: name, country } = application;
  const keys = deriveMemberKeys(
    name,
    country,
    await listTakenMemberKeys(writer.tx, memberKeyPrefixes(name, country)),
  );
  const contact = await findPersonByEmail(writer.tx, application.contactEmail);
  const document: DossierDocument = {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    persons: contact
      ? []
      : [
          {
            name: application.contactName,
            email: application.contactEmail,
            language: application.language as Language,
            timeZone: application.timeZone,
            roles: [{ role: "point_of_contact", member: keys.slug }],
          },
        ],
    members: [
      {
        slug: keys.slug,
        code: keys.code,
        name,
        country,
        jurisdictionType: application.jurisdictionType as JurisdictionType,
        language: application.language as Language,
        timeZone: application.timeZone,
        joinedOn,
        ...(firstPlanDue ? { firstPlanDue } : {}),
        ...(application.mandateEnd ? { mandateEnd: application.mandateEnd } : {}),
        status: "active",
      },
    ],
  };
  const reading = readDossier(document, (violation) => violation.messageKey);
  if (!reading.dossier)
    throw new Error(
      `application ${application.id} does not make a valid member: ${reading.problems
        .map((problem) => `${problem.path} ${problem.message}`)
        .join("; ")}`,
    );
  // The member as written (a batched transaction could not read it back before commit).
  const { rows } = await insertDossierRows(writer, reading.dossier);
  const memberId = rows.members.find((row) => row.slug === keys.slug)?.id;
  if (!memberId) throw new Error(`member ${keys.slug} was not written`);
  if (contact)
    await insertRoleAssignment(writer, {
      personId: contact.id,
      role: "point_of_contact",
      target: { scope: "member", memberId },
    });
  return { id: memberId, slug: keys.slug, code: keys.code };
}

/**
 * Who hears the decision in a direct message, in their language: the person who applied from chat,
 * or, for an application added from the CLI, the point of contact when they are a linked person.
 * Read before the decision writes anything (a batched transaction reads no own writes); a point of
 * contact the acceptance creates has no chat account yet anyway.
 */
async function findApplicant(tx: Executor, application: ApplicationRow) {
  const applicantId =
    application.appliedBy ?? (await findPersonByEmail(tx, application.contactEmail))?.id ?? null;
  const recipient = applicantId ? (await loadRecipients(tx, [applicantId])).get(applicantId) : null;
  const identity = recipient ? directMessageIdentity(recipient) : null;
  return recipient && identity ? { recipient, identity } : null;
}

/** Tells the applicant, if they can be reached in chat; false when they cannot. */
async function tellApplicant(
  writer: AuditedWriter,
  decision: ApplicationDecision,
  applicant: Awaited<ReturnType<typeof findApplicant>>,
): Promise<boolean> {
  if (!applicant) return false;
  const { application } = decision;
  const { recipient, identity } = applicant;
  const alertKey = `application:${application.id}:decided`;
  const target = { platform: identity.platform, workspaceId: identity.workspaceId, target: identity.userId };
  await enqueueAlerts(
    writer.tx,
    [
      {
        dedupeKey: routedKey(alertKey, target),
        kind: APPLICATION_DECISION_KIND,
        alertKey,
        subject: { kind: "application", id: application.id },
        memberId: decision.member?.id ?? null,
        ...target,
        isDirectMessage: true,
        post: { language: recipient.language, ...applicantNotice(decision, recipient.language) },
      },
    ],
    writer.at,
  );
  return true;
}

/**
 * §1: the Support Unit accepts an application — the member, its point of contact and the role are
 * created, with the first-plan deadline the Support Unit sets (INACT-1) — or rejects it with a reason;
 * the applicant is told in the same transaction. An
 * application is decided once: a second decision, by anyone, writes nothing and answers with the
 * first (who, when).
 */
export async function decideApplication(
  deps: ServiceDeps,
  authority: SupportUnitAuthority,
  ref: string,
  verdict: ApplicationVerdict,
): Promise<ApplicationDecision> {
  const found = await findApplicationByRef(deps.db, ref);
  if (!found) throw notFound("cmd.application.not_found", { ref });
  if (found.outcome === "pending") {
    const reason = verdict.outcome === "rejected" ? verdict.reason.trim() : "";
    if (verdict.outcome === "rejected" && (reason === "" || reason.length > MAX_REJECTION_REASON))
      throw invalid("cmd.application.reason_required", { max: MAX_REJECTION_REASON });
    const joinedOn = civilDateIn(deps.now, found.timeZone);
    const firstPlanDue = verdict.outcome === "accepted" ? (verdict.firstPlanDue?.trim() ?? null) : null;
    if (firstPlanDue !== null && !(parseIsoDate(firstPlanDue) !== null && firstPlanDue > joinedOn))
      throw invalid("cmd.application.first_plan_due_invalid", { date: firstPlanDue, today: joinedOn });
    try {
      return await writeAudited(
        deps.db,
        authority.actor,
        async (writer) => {
          const applicant = await findApplicant(writer.tx, found);
          const member =
            verdict.outcome === "accepted" ? await admitMember(writer, found, joinedOn, firstPlanDue) : null;
          const decided = await recordApplicationDecision(writer, found.id, {
            outcome: verdict.outcome,
            decidedBy: authority.personId,
            ...(member ? { memberId: member.id } : { decisionReason: reason }),
          });
          if (!decided) throw new DecidedMeanwhile();
          const decision: ApplicationDecision = {
            application: decided,
            member,
            deciderName: authority.name ?? authority.actor.label,
            firstPlanDue,
            applied: true,
            applicantTold: false,
          };
          decision.applicantTold = await tellApplicant(writer, decision, applicant);
          return decision;
        },
        deps.now,
      );
    } catch (error) {
      if (!(error instanceof DecidedMeanwhile)) throw error;
    }
  }
  // Decided before (maybe a moment ago, by a twin click): the stored decision, not the one asked for.
  const earlier = (await findApplicationByRef(deps.db, found.id)) ?? found;
  return {
    application: earlier,
    member: earlier.memberId ? await findMemberKeys(deps.db, { id: earlier.memberId }) : null,
    deciderName: (await findPersonName(deps.db, earlier.decidedBy)) ?? "—",
    firstPlanDue: null,
    applied: false,
    applicantTold: false,
  };
}
