import { getTableColumns, getTableName, type InferInsertModel } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { type DossierProblem, type Path, ProblemList } from "../../domain/dossier/problems.js";
import {
  type Dossier,
  type DossierCommitment,
  type DossierEvidence,
  type DossierMeeting,
  type DossierPlan,
  eachValid,
  type InvalidEntry,
  type Lenient,
} from "../../domain/dossier/schema.js";
import { readDossier } from "../../domain/dossier/validate.js";
import { t } from "../../messages/i18n/index.js";
import { type Actor, type AuditedWriter, writeAudited } from "../audit.js";
import type { Database, Executor } from "../client.js";
import {
  actionPlans,
  assessments,
  chatIdentities,
  circleChannels,
  circleMembers,
  circles,
  coalitionMembers,
  coalitions,
  commitmentOgpValues,
  commitmentOwners,
  commitmentPolicyAreas,
  commitmentSectors,
  commitments,
  endorsements,
  evidence,
  meetings,
  memberStatusHistory,
  members,
  milestoneStatusChanges,
  milestones,
  modificationApprovals,
  modifications,
  organizations,
  persons,
  progressUpdates,
  roleAssignments,
  statusDecisions,
  updateChallenges,
} from "../schema/index.js";
import { insertAuditedBatch, insertBatch, selectWhereIn } from "./bulk.js";

/** The tables an import writes, in an order where every foreign key points to rows already written. */
export const IMPORT_TABLES = {
  organizations,
  persons,
  members,
  roleAssignments,
  chatIdentities,
  coalitions,
  coalitionMembers,
  circles,
  circleMembers,
  circleChannels,
  actionPlans,
  endorsements,
  meetings,
  commitments,
  commitmentOwners,
  commitmentPolicyAreas,
  commitmentSectors,
  commitmentOgpValues,
  milestones,
  modifications,
  modificationApprovals,
  progressUpdates,
  milestoneStatusChanges,
  updateChallenges,
  assessments,
  evidence,
  memberStatusHistory,
  statusDecisions,
} as const;
export type ImportTables = typeof IMPORT_TABLES;
export type ImportRows = { [K in keyof ImportTables]: InferInsertModel<ImportTables[K]>[] };

/** Who imports; the audit source is always `import`. */
export type ImportActor = Pick<Actor, "personId" | "label">;

/** On success, the rows written by table name; otherwise every problem, and nothing written. */
export type DossierImportResult =
  | { ok: true; counts: Record<string, number> }
  | { ok: false; problems: DossierProblem[] };

/**
 * Validates a dossier document completely — structure, references, and natural keys already in the
 * database — and, only when there is no problem at all, writes all of it in one audited transaction.
 * An import only adds: an entry whose natural key the database already holds is a problem, never a
 * merge (that is `mergeDossier`, `import --merge`), so an invalid or conflicting document writes nothing.
 */
export async function importDossier(
  db: Database,
  document: unknown,
  actor: ImportActor,
): Promise<DossierImportResult> {
  // The import speaks to administrators in English, like the rest of the CLI.
  const reading = readDossier(document, (violation) => t("en", violation.messageKey, violation.params));
  return writeAudited(db, { ...actor, source: "import" }, async (writer): Promise<DossierImportResult> => {
    // Checked inside the write transaction (libSQL begins it immediate): no other writer can take a
    // key between this check and the writes.
    const problems = reading.readable
      ? [...reading.problems, ...(await findExistingKeys(writer.tx, reading.readable))]
      : reading.problems;
    if (!reading.dossier || problems.length > 0) return { ok: false, problems };

    return { ok: true, counts: (await insertDossierRows(writer, reading.dossier)).counts };
  });
}

/**
 * Writes a validated dossier whose keys are free in the caller's audited transaction, and counts the
 * rows by table. The import uses it, and so does accepting an application (§1), whose new member,
 * point of contact and role are written exactly as an import of them would be.
 */
export async function insertDossierRows(
  writer: AuditedWriter,
  dossier: Dossier,
): Promise<{ counts: Record<string, number>; rows: ImportRows }> {
  const { rows, auditChanges } = buildImportRows(dossier);
  const counts: Record<string, number> = {};
  for (const [key, table] of Object.entries(IMPORT_TABLES) as [keyof ImportTables, SQLiteTable][]) {
    const tableRows = rows[key] as InferInsertModel<SQLiteTable>[];
    if ("id" in getTableColumns(table)) {
      await insertAuditedBatch(
        writer,
        table,
        tableRows as (InferInsertModel<SQLiteTable> & { id: string })[],
        (row) => ({
          ...row,
          ...auditChanges.get(row.id),
        }),
      );
    } else {
      // Link rows are told in their owner's audit row (see `auditChanges`).
      await insertBatch(writer.tx, table, tableRows);
    }
    counts[getTableName(table)] = tableRows.length;
  }
  return { counts, rows };
}

/** Natural keys the document declares that the database already holds. */
async function findExistingKeys(tx: Executor, dossier: Lenient<Dossier>): Promise<DossierProblem[]> {
  const declared = {
    organizations: new Map<string, Path>(),
    persons: new Map<string, Path>(),
    chatIdentities: new Map<string, Path>(),
    memberSlugs: new Map<string, Path>(),
    memberCodes: new Map<string, Path>(),
    coalitions: new Map<string, Path>(),
    circles: new Map<string, Path>(),
    circleChannels: new Map<string, Path>(),
    commitments: new Map<string, Path>(),
  };
  // The first occurrence is enough: a key repeated within the document is reported as a duplicate.
  const declare = (keys: Map<string, Path>, key: string, at: Path) => {
    if (!keys.has(key)) keys.set(key, at);
  };
  const declareCommitments = (plans: readonly (Lenient<DossierPlan> | InvalidEntry)[], ownerPath: Path) =>
    eachValid(plans, (plan, k) =>
      eachValid(plan.commitments, (c, j) =>
        declare(declared.commitments, c.code, [...ownerPath, "plans", k, "commitments", j, "code"]),
      ),
    );
  eachValid(dossier.organizations, (o, i) =>
    declare(declared.organizations, o.name, ["organizations", i, "name"]),
  );
  eachValid(dossier.persons, (p, i) => {
    declare(declared.persons, p.email, ["persons", i, "email"]);
    eachValid(p.chatIdentities, (c, j) =>
      declare(declared.chatIdentities, chatIdentityKey(c), ["persons", i, "chatIdentities", j]),
    );
  });
  eachValid(dossier.coalitions, (c, i) => {
    declare(declared.coalitions, c.slug, ["coalitions", i, "slug"]);
    declareCommitments(c.plans, ["coalitions", i]);
  });
  eachValid(dossier.circles, (c, i) => {
    declare(declared.circles, c.slug, ["circles", i, "slug"]);
    eachValid(c.channels, (channel, j) =>
      declare(declared.circleChannels, circleChannelKey(channel), ["circles", i, "channels", j]),
    );
  });
  eachValid(dossier.members, (m, i) => {
    declare(declared.memberSlugs, m.slug, ["members", i, "slug"]);
    declare(declared.memberCodes, m.code, ["members", i, "code"]);
    declareCommitments(m.plans, ["members", i]);
  });

  const problems = new ProblemList();
  // In document order, whatever order the database answers in.
  const report = (found: readonly string[], keys: Map<string, Path>, what: string) => {
    const existing = new Set(found);
    for (const [key, at] of keys) {
      if (existing.has(key))
        problems.add(
          at,
          `${what} '${key}' already exists in the database: an import only adds, it never merges`,
        );
    }
  };
  const keysOf = (keys: Map<string, Path>) => [...keys.keys()];
  report(
    (await selectWhereIn(tx, organizations, organizations.name, keysOf(declared.organizations))).map(
      (r) => r.name,
    ),
    declared.organizations,
    "organization",
  );
  report(
    (await selectWhereIn(tx, persons, persons.email, keysOf(declared.persons))).map((r) => r.email),
    declared.persons,
    "person",
  );
  const userIds = [...declared.chatIdentities.keys()].map((key) => key.slice(key.indexOf("/") + 1));
  report(
    (await selectWhereIn(tx, chatIdentities, chatIdentities.userId, userIds)).map(chatIdentityKey),
    declared.chatIdentities,
    "chat identity",
  );
  report(
    (await selectWhereIn(tx, members, members.slug, keysOf(declared.memberSlugs))).map((r) => r.slug),
    declared.memberSlugs,
    "member slug",
  );
  report(
    (await selectWhereIn(tx, members, members.code, keysOf(declared.memberCodes))).map((r) => r.code),
    declared.memberCodes,
    "member code",
  );
  report(
    (await selectWhereIn(tx, coalitions, coalitions.slug, keysOf(declared.coalitions))).map((r) => r.slug),
    declared.coalitions,
    "coalition slug",
  );
  report(
    (await selectWhereIn(tx, circles, circles.slug, keysOf(declared.circles))).map((r) => r.slug),
    declared.circles,
    "circle slug",
  );
  const channelIds = [...declared.circleChannels.keys()].map((key) => key.slice(key.indexOf("/") + 1));
  report(
    (await selectWhereIn(tx, circleChannels, circleChannels.channelId, channelIds)).map(circleChannelKey),
    declared.circleChannels,
    "circle channel",
  );
  report(
    (await selectWhereIn(tx, commitments, commitments.code, keysOf(declared.commitments))).map((r) => r.code),
    declared.commitments,
    "commitment code",
  );
  return problems.problems;
}

/** A channel belongs to one circle at most (handbook §2.4): its key across circles. */
const circleChannelKey = (channel: { platform: string; workspaceId: string; channelId: string }) =>
  `${channel.platform} ${channel.workspaceId}/${channel.channelId}`;

/** Chat identities are unique by platform, workspace and user (Discord ones have no workspace). */
const chatIdentityKey = (identity: { platform: string; workspaceId?: string | undefined; userId: string }) =>
  `${identity.platform} ${identity.workspaceId ?? ""}/${identity.userId}`;

/**
 * Every row of the document with ids from `newId` (given the document entry the row comes from, so a
 * merge can tell where each row stands in the file), and the extra audit content of rows owning link rows.
 */
export function buildImportRows(
  dossier: Dossier,
  newId: (entry: object) => string = () => crypto.randomUUID(),
): {
  rows: ImportRows;
  auditChanges: Map<string, Record<string, unknown>>;
} {
  const rows = Object.fromEntries(
    Object.keys(IMPORT_TABLES).map((key) => [key, []]),
  ) as unknown as ImportRows;
  const auditChanges = new Map<string, Record<string, unknown>>();
  const at = (instant: string) => new Date(instant);

  const organizationIds = new Map<string, string>();
  const personIds = new Map<string, string>();
  const memberIds = new Map<string, string>();
  // Validation guarantees every reference resolves; a miss here is a bug, not a document problem.
  const idOf = (ids: Map<string, string>, key: string): string => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`import: unresolved reference '${key}' after validation`);
    return id;
  };
  const optionalIdOf = (ids: Map<string, string>, key: string | undefined) =>
    key === undefined ? undefined : idOf(ids, key);

  for (const organization of dossier.organizations) {
    const id = newId(organization);
    organizationIds.set(organization.name, id);
    rows.organizations.push({ id, ...organization });
  }
  for (const person of dossier.persons) {
    const id = newId(person);
    personIds.set(person.email, id);
    const { roles, chatIdentities: identities, organization, ...fields } = person;
    rows.persons.push({ id, ...fields, organizationId: optionalIdOf(organizationIds, organization) });
  }
  for (const member of dossier.members) {
    const id = newId(member);
    memberIds.set(member.slug, id);
    const { statusHistory, statusDecisions: decisions, plans, meetings: memberMeetings, ...fields } = member;
    rows.members.push({ id, ...fields });
  }
  for (const person of dossier.persons) {
    const personId = idOf(personIds, person.email);
    for (const role of person.roles) {
      rows.roleAssignments.push({
        id: newId(role),
        personId,
        role: role.role,
        scope: "member" in role ? "member" : "country" in role ? "country" : "global",
        memberId: "member" in role ? idOf(memberIds, role.member) : undefined,
        country: "country" in role ? role.country : undefined,
        canPostUpdates: "canPostUpdates" in role ? (role.canPostUpdates ?? false) : false,
      });
    }
    for (const identity of person.chatIdentities) {
      rows.chatIdentities.push({
        id: newId(identity),
        personId,
        ...identity,
        workspaceId: identity.workspaceId ?? "",
      });
    }
  }

  const addEvidence = (
    items: readonly DossierEvidence[],
    subject: Partial<Record<"planId" | "commitmentId" | "milestoneId" | "meetingId" | "updateId", string>>,
  ) => {
    for (const item of items) {
      const { addedBy, addedAt, ...fields } = item;
      rows.evidence.push({
        id: newId(item),
        ...fields,
        ...subject,
        addedBy: optionalIdOf(personIds, addedBy),
        addedAt: at(addedAt),
      });
    }
  };

  const addMeeting = (meeting: DossierMeeting, memberId: string, planId: string | undefined) => {
    const id = newId(meeting);
    const { member, recordedBy, evidence: items, ...fields } = meeting;
    rows.meetings.push({ id, ...fields, memberId, planId, recordedBy: optionalIdOf(personIds, recordedBy) });
    addEvidence(items, { meetingId: id });
  };

  const addCommitment = (commitment: DossierCommitment, planId: string): string => {
    const id = newId(commitment);
    const {
      owners,
      policyAreas,
      sectors,
      ogpValues,
      milestones: milestoneList,
      modifications: modificationList,
      updates,
      evidence: items,
      ...fields
    } = commitment;
    rows.commitments.push({ id, planId, ...fields });
    auditChanges.set(id, { owners, policyAreas, sectors, ogpValues });
    for (const owner of owners)
      rows.commitmentOwners.push({ commitmentId: id, memberId: idOf(memberIds, owner) });
    for (const code of policyAreas) rows.commitmentPolicyAreas.push({ commitmentId: id, code });
    for (const code of sectors) rows.commitmentSectors.push({ commitmentId: id, code });
    for (const code of ogpValues) rows.commitmentOgpValues.push({ commitmentId: id, code });

    const milestoneIds = new Map<string, string>();
    for (const entry of milestoneList) {
      const { evidence: milestoneEvidence, ...milestone } = entry;
      const milestoneId = newId(entry);
      milestoneIds.set(String(milestone.position), milestoneId);
      rows.milestones.push({ id: milestoneId, commitmentId: id, ...milestone });
      addEvidence(milestoneEvidence, { milestoneId });
    }
    for (const entry of modificationList) {
      const { approvals, proposedBy, decidedAt, supportUnitNotifiedAt, ...fields } = entry;
      const modificationId = newId(entry);
      rows.modifications.push({
        id: modificationId,
        commitmentId: id,
        ...fields,
        proposedBy: optionalIdOf(personIds, proposedBy),
        decidedAt: decidedAt === undefined ? undefined : at(decidedAt),
        supportUnitNotifiedAt: supportUnitNotifiedAt === undefined ? undefined : at(supportUnitNotifiedAt),
      });
      for (const approvalEntry of approvals) {
        const { person, organization, at: approvedAt, ...approval } = approvalEntry;
        rows.modificationApprovals.push({
          id: newId(approvalEntry),
          modificationId,
          ...approval,
          personId: idOf(personIds, person),
          organizationId: optionalIdOf(organizationIds, organization),
          at: at(approvedAt),
        });
      }
    }
    for (const update of updates) {
      const updateId = newId(update);
      const {
        author,
        milestone,
        postedAt,
        milestoneChanges,
        challenges,
        evidence: updateEvidence,
        ...fields
      } = update;
      rows.progressUpdates.push({
        id: updateId,
        commitmentId: id,
        ...fields,
        milestoneId: optionalIdOf(milestoneIds, milestone === undefined ? undefined : String(milestone)),
        authorId: optionalIdOf(personIds, author),
        postedAt: at(postedAt),
      });
      auditChanges.set(updateId, { milestoneChanges, challenges });
      for (const change of milestoneChanges) {
        rows.milestoneStatusChanges.push({
          updateId,
          milestoneId: idOf(milestoneIds, String(change.milestone)),
          fromStatus: change.from,
          toStatus: change.to,
        });
      }
      for (const challenge of challenges) rows.updateChallenges.push({ updateId, ...challenge });
      addEvidence(updateEvidence, { updateId });
    }
    addEvidence(items, { commitmentId: id });
    return id;
  };

  const addPlan = (
    plan: DossierPlan,
    owner: { memberId: string } | { coalitionId: string },
    meetingMemberId: (meeting: DossierMeeting) => string,
  ) => {
    const id = newId(plan);
    const {
      monitoringBody,
      endorsements: endorsementList,
      meetings: meetingList,
      assessments: assessmentList,
      evidence: items,
      commitments: commitmentList,
      ...fields
    } = plan;
    rows.actionPlans.push({
      id,
      ...owner,
      ...fields,
      monitoringBodyId: optionalIdOf(organizationIds, monitoringBody),
    });
    for (const endorsement of endorsementList) {
      rows.endorsements.push({
        id: newId(endorsement),
        planId: id,
        organizationId: idOf(organizationIds, endorsement.organization),
        personId: optionalIdOf(personIds, endorsement.person),
        endorsedAt: at(endorsement.endorsedAt),
        source: endorsement.source,
        withdrawnAt: endorsement.withdrawnAt === undefined ? undefined : at(endorsement.withdrawnAt),
      });
    }
    for (const meeting of meetingList) addMeeting(meeting, meetingMemberId(meeting), id);
    const commitmentIds = new Map<string, string>();
    for (const commitment of commitmentList)
      commitmentIds.set(commitment.code, addCommitment(commitment, id));
    for (const entry of assessmentList) {
      const { commitment, ...assessment } = entry;
      rows.assessments.push({
        id: newId(entry),
        planId: id,
        commitmentId: optionalIdOf(commitmentIds, commitment),
        ...assessment,
      });
    }
    addEvidence(items, { planId: id });
  };

  for (const coalition of dossier.coalitions) {
    const id = newId(coalition);
    const { members: memberSlugs, plans, ...fields } = coalition;
    rows.coalitions.push({ id, ...fields });
    auditChanges.set(id, { members: memberSlugs });
    for (const slug of memberSlugs)
      rows.coalitionMembers.push({ coalitionId: id, memberId: idOf(memberIds, slug) });
    for (const plan of plans) {
      // Validation requires the holding member on every meeting of a coalition plan.
      addPlan(plan, { coalitionId: id }, (meeting) => idOf(memberIds, meeting.member ?? ""));
    }
  }
  for (const circle of dossier.circles) {
    const id = newId(circle);
    const { members: memberSlugs, channels, ...fields } = circle;
    rows.circles.push({ id, ...fields });
    auditChanges.set(id, { members: memberSlugs, channels });
    for (const slug of memberSlugs)
      rows.circleMembers.push({ circleId: id, memberId: idOf(memberIds, slug) });
    for (const channel of channels) rows.circleChannels.push({ circleId: id, ...channel });
  }
  for (const member of dossier.members) {
    const memberId = idOf(memberIds, member.slug);
    for (const plan of member.plans) addPlan(plan, { memberId }, () => memberId);
    for (const meeting of member.meetings) addMeeting(meeting, memberId, undefined);
    for (const historyEntry of member.statusHistory) {
      const { person, ...entry } = historyEntry;
      rows.memberStatusHistory.push({
        id: newId(historyEntry),
        memberId,
        ...entry,
        actorPersonId: optionalIdOf(personIds, person),
      });
    }
    for (const entry of member.statusDecisions) {
      const { decidedBy, ...decision } = entry;
      rows.statusDecisions.push({
        id: newId(entry),
        memberId,
        ...decision,
        decidedBy: optionalIdOf(personIds, decidedBy),
      });
    }
  }
  return { rows, auditChanges };
}
