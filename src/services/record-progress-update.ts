import { writeAudited } from "../db/audit.js";
import type { Executor } from "../db/client.js";
import { type CommitmentInContext, findCommitmentById } from "../db/repositories/commitments.js";
import { findMembersByIds } from "../db/repositories/member-lookup.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import {
  recordProgressUpdate as insertProgressUpdate,
  reviseProgressUpdate as insertRevision,
  loadProgressUpdate,
  type ProgressUpdateContent,
  type ProgressUpdateDetails,
} from "../db/repositories/progress-updates.js";
import { listMemberUpdateChannels } from "../db/repositories/subscriptions.js";
import type { Language } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { progressUpdateBlocks, shortRef } from "./announcements/progress-update.js";
import { enqueueChannelPost } from "./channel-posts.js";
import { label, notFound, refuse } from "./errors.js";
import { canPostUpdatesFor } from "./permissions.js";

/** Commitments take updates while they run, and a last one when they complete. */
export const UPDATABLE_STATUSES = ["active", "completed"] as const;

/** The members carrying a commitment, as its posts name them, and the language their channels read. */
export interface CommitmentOwners {
  names: string[];
  language: Language;
}

export async function ownersOf(deps: Pick<ServiceDeps, "db">, commitment: CommitmentInContext) {
  const members = await findMembersByIds(deps.db, commitment.memberIds);
  return {
    names: members.map((member) => member.name),
    language: (members[0]?.language ?? "en") as Language,
  } satisfies CommitmentOwners;
}

/** §1: the PoC, or an official the PoC allowed, of a member carrying the commitment, while it takes updates. */
export function authorizeProgressUpdate(
  person: PersonWithRoles,
  commitment: CommitmentInContext,
  owners: CommitmentOwners,
): void {
  if (!canPostUpdatesFor(person, commitment.memberIds))
    throw refuse("cmd.update.not_allowed", { member: owners.names.join(", ") });
  if (!(UPDATABLE_STATUSES as readonly string[]).includes(commitment.commitment.status))
    throw refuse("cmd.update.not_updatable", {
      code: commitment.commitment.code,
      status: label(`cmd.commitment_status.${commitment.commitment.status}`),
    });
}

/** An update its author may correct: only the author does. */
export async function editableUpdate(
  deps: Pick<ServiceDeps, "db">,
  person: PersonWithRoles,
  updateId: string,
): Promise<{ details: ProgressUpdateDetails; commitment: CommitmentInContext }> {
  const details = await loadProgressUpdate(deps.db, updateId);
  if (!details) throw notFound("cmd.update.update_not_found", { ref: shortRef(updateId) });
  if (details.update.authorId !== person.id) throw refuse("cmd.update.not_author");
  const commitment = await findCommitmentById(deps.db, details.update.commitmentId);
  if (!commitment) throw notFound("cmd.update.update_not_found", { ref: shortRef(updateId) });
  return { details, commitment };
}

export interface PublishedUpdate {
  details: ProgressUpdateDetails;
  /** How many channels the update was queued for. */
  shared: number;
}

/**
 * Stores a quarterly progress update (§3.5, Annex 4) and, in the same transaction, queues it for the
 * channels that follow its members: it is public. The caller read and checked the content.
 */
export async function recordProgressUpdate(
  deps: ServiceDeps,
  acting: Acting,
  commitment: CommitmentInContext,
  content: ProgressUpdateContent,
): Promise<PublishedUpdate> {
  const owners = await ownersOf(deps, commitment);
  authorizeProgressUpdate(acting.person, commitment, owners);
  return writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      const details = await insertProgressUpdate(writer, {
        commitmentId: commitment.commitment.id,
        authorId: acting.person.id,
        source: acting.source,
        ...content,
      });
      return { details, shared: await shareUpdate(deps, acting, writer.tx, details, commitment, owners) };
    },
    deps.now,
  );
}

/** Its author corrects an update: the previous version goes to the revision history and the audit log. */
export async function reviseProgressUpdate(
  deps: ServiceDeps,
  acting: Acting,
  current: ProgressUpdateDetails,
  commitment: CommitmentInContext,
  content: ProgressUpdateContent,
): Promise<PublishedUpdate> {
  if (current.update.authorId !== acting.person.id) throw refuse("cmd.update.not_author");
  const owners = await ownersOf(deps, commitment);
  return writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      const details = await insertRevision(writer, current, content, acting.person.id);
      return { details, shared: await shareUpdate(deps, acting, writer.tx, details, commitment, owners) };
    },
    deps.now,
  );
}

/** Queues the update (or its correction) for the channels following its members; returns how many. */
async function shareUpdate(
  deps: ServiceDeps,
  acting: Acting,
  tx: Executor,
  details: ProgressUpdateDetails,
  commitment: CommitmentInContext,
  owners: CommitmentOwners,
): Promise<number> {
  const channels = await listMemberUpdateChannels(tx, commitment.memberIds);
  await enqueueChannelPost(
    tx,
    {
      key: `update:${details.update.id}:r${details.update.revision}`,
      kind: "update.posted",
      subject: { kind: "progress_update", id: details.update.id },
      language: owners.language,
      memberId: commitment.memberIds[0] ?? null,
      channels,
      summary: t(owners.language, "cmd.update.post.summary", {
        code: commitment.commitment.code,
        members: owners.names.join(", "),
      }),
      blocks: progressUpdateBlocks(details, commitment, owners.names, acting.person.name, owners.language),
    },
    deps.now,
  );
  return channels.length;
}
