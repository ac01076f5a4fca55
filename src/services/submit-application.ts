import { type Actor, writeAudited } from "../db/audit.js";
import type { Executor } from "../db/client.js";
import { listSupportUnitSubscriptions, supportUnitWants } from "../db/repositories/alert-audiences.js";
import {
  type ApplicationRow,
  applicationRef,
  findPendingApplications,
  insertApplication,
} from "../db/repositories/applications.js";
import type { ApplicationSubmission } from "../domain/dossier/schema.js";
import type { MessageParams } from "../domain/message-params.js";
import { type Violation, validateApplication } from "../domain/rules/index.js";
import { SUPPORT_UNIT_LANGUAGE } from "../domain/vocabularies.js";
import { civilDateIn } from "../messages/format.js";
import { enqueueAlerts, routedKey } from "../outbox/index.js";
import type { ServiceDeps } from "./acting.js";
import { type ApplicantName, applicationReviewRequest } from "./announcements/application.js";

/** The outbox kind of a request to decide an application, which Support Unit channels may filter on. */
export const APPLICATION_REVIEW_KIND = "application.review";

/** Who submits: the audit's actor and, from chat, the linked person applying (null from the CLI). */
export interface Submitter {
  actor: Actor;
  person: { id: string; name: string } | null;
}

/** One thing wrong with one application of a submission, at a path of its fields (`letter.pages`). */
export interface ApplicationProblem {
  index: number;
  field: string;
  ruleId?: string;
  messageKey: string;
  params: MessageParams;
}

export type SubmissionResult =
  | { ok: true; applications: ApplicationRow[] }
  | { ok: false; problems: ApplicationProblem[] };

/** The field of the submission a violation is about; APPLY-2 reports both signature rules on `letter.signatories`. */
function fieldOf(violation: Violation): string {
  if (violation.messageKey === "rules.violation.apply2.head_of_government")
    return "letter.signedByHeadOfGovernment";
  if (violation.messageKey === "rules.violation.apply2.non_government")
    return "letter.nonGovernmentSignatories";
  return violation.field === "appliedOn" ? "submittedOn" : violation.field;
}

/** The day an application counts as made: as given (an import of past ones), else today where the jurisdiction is. */
const appliedOn = (entry: ApplicationSubmission, now: Date): string =>
  entry.submittedOn ?? civilDateIn(now, entry.timeZone);

/** APPLY-1 (mandate) and APPLY-2 (letter of support) on each application, by the rules engine. */
function ruleProblems(entries: readonly ApplicationSubmission[], now: Date): ApplicationProblem[] {
  return entries.flatMap((entry, index) =>
    validateApplication({
      appliedOn: appliedOn(entry, now),
      mandateEnd: entry.mandateEnd ?? null,
      letter: {
        pages: entry.letter.pages,
        language: entry.letter.language,
        signedByHeadOfGovernment: entry.letter.signedByHeadOfGovernment,
        signedByDelegatedSeniorOfficial: entry.letter.signedByDelegatedSeniorOfficial,
        nonGovernmentSignatories: entry.letter.nonGovernmentSignatories.length,
      },
    }).map((violation) => ({
      index,
      field: fieldOf(violation),
      ruleId: violation.ruleId,
      messageKey: violation.messageKey,
      params: violation.params,
    })),
  );
}

const jurisdictionKey = (name: string, country: string) => `${name.trim().toLowerCase()}|${country}`;

/** A jurisdiction applies once at a time: a second pending application (or a double submission) is refused. */
async function duplicateProblems(
  tx: Executor,
  entries: readonly ApplicationSubmission[],
): Promise<ApplicationProblem[]> {
  const pending = new Map(
    (
      await findPendingApplications(
        tx,
        entries.map((entry) => ({ name: entry.jurisdictionName.trim(), country: entry.country })),
      )
    ).map((row) => [jurisdictionKey(row.jurisdictionName, row.country), row]),
  );
  const seen = new Map<string, number>();
  return entries.flatMap((entry, index): ApplicationProblem[] => {
    const key = jurisdictionKey(entry.jurisdictionName, entry.country);
    const earlier = pending.get(key);
    if (earlier)
      return [
        {
          index,
          field: "jurisdictionName",
          messageKey: "cmd.application.already_pending",
          params: {
            name: earlier.jurisdictionName,
            country: earlier.country,
            ref: applicationRef(earlier.id),
            on: earlier.submittedOn,
          },
        },
      ];
    const first = seen.get(key);
    if (first !== undefined)
      return [
        {
          index,
          field: "jurisdictionName",
          messageKey: "cmd.application.repeated",
          params: { name: entry.jurisdictionName.trim(), country: entry.country, first: first + 1 },
        },
      ];
    seen.set(key, index);
    return [];
  });
}

/**
 * §1: records applications to join OGP Local as pending, all or none, and in the same transaction
 * asks the Support Unit's alert channels (those taking this kind for the country) to accept or reject
 * each. Each application must meet APPLY-1 and APPLY-2; a problem with any writes nothing.
 */
export async function submitApplications(
  deps: ServiceDeps,
  submitter: Submitter,
  entries: readonly ApplicationSubmission[],
): Promise<SubmissionResult> {
  const problems = ruleProblems(entries, deps.now);
  const subscriptions = await listSupportUnitSubscriptions(deps.db);
  return writeAudited(
    deps.db,
    submitter.actor,
    async (writer): Promise<SubmissionResult> => {
      // Inside the write transaction, so no twin submission can slip in between check and write.
      problems.push(...(await duplicateProblems(writer.tx, entries)));
      if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.index - b.index) };
      const written: ApplicationRow[] = [];
      for (const entry of entries) {
        const application = await insertApplication(writer, {
          jurisdictionName: entry.jurisdictionName.trim(),
          country: entry.country,
          jurisdictionType: entry.jurisdictionType,
          language: entry.language,
          timeZone: entry.timeZone,
          submittedOn: appliedOn(entry, deps.now),
          mandateEnd: entry.mandateEnd ?? null,
          letterUrl: entry.letter.url,
          letterPages: entry.letter.pages,
          letterLanguage: entry.letter.language,
          signedByHeadOfGovernment: entry.letter.signedByHeadOfGovernment,
          signedByDelegatedSeniorOfficial: entry.letter.signedByDelegatedSeniorOfficial,
          headSignatory: entry.letter.headSignatory ?? null,
          nonGovernmentSignatories: entry.letter.nonGovernmentSignatories,
          eligibilityAnswers: entry.eligibilityAnswers,
          contactName: entry.pointOfContact.name,
          contactEmail: entry.pointOfContact.email,
          appliedBy: submitter.person?.id ?? null,
        });
        written.push(application);
        await requestReview(
          writer.tx,
          application,
          submitter.person?.name ?? null,
          subscriptions.filter((subscription) =>
            supportUnitWants(subscription, APPLICATION_REVIEW_KIND, application.country),
          ),
          deps.now,
        );
      }
      return { ok: true, applications: written };
    },
    deps.now,
  );
}

async function requestReview(
  tx: Executor,
  application: ApplicationRow,
  appliedBy: ApplicantName,
  subscriptions: Awaited<ReturnType<typeof listSupportUnitSubscriptions>>,
  now: Date,
): Promise<void> {
  const alertKey = `application:${application.id}`;
  const post = {
    language: SUPPORT_UNIT_LANGUAGE,
    ...applicationReviewRequest(application, appliedBy, SUPPORT_UNIT_LANGUAGE),
  };
  await enqueueAlerts(
    tx,
    subscriptions.map(({ channel }) => ({
      dedupeKey: routedKey(alertKey, {
        platform: channel.platform,
        workspaceId: channel.workspaceId,
        target: channel.channelId,
      }),
      kind: APPLICATION_REVIEW_KIND,
      alertKey,
      subject: { kind: "application", id: application.id },
      platform: channel.platform,
      workspaceId: channel.workspaceId,
      target: channel.channelId,
      post,
    })),
    now,
  );
}
