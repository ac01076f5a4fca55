import { DOSSIER_FORMAT, DOSSIER_VERSION, type DossierDocument } from "../../../domain/dossier/schema.js";
import {
  ASSESSMENT_KINDS,
  CHALLENGES,
  OGP_VALUES,
  POLICY_AREAS,
  ROLES,
  SECTORS,
} from "../../../domain/vocabularies.js";

import type { Facts } from "./load.js";

/** Building the import-format document from the loaded rows, in canonical form. Pure: no SQL. */

/**
 * The document's shape with its codes widened to the plain strings the database columns hold: the
 * builders below are checked field by field against the format, and the codes are the database's
 * (its CHECK constraints hold them to the vocabularies).
 */
type Stored<T> = T extends string
  ? string
  : T extends readonly (infer E)[]
    ? Stored<E>[]
    : T extends object
      ? { [K in keyof T]: Stored<T[K]> }
      : T;
type Doc = Stored<DossierDocument>;
type Item<T> = NonNullable<T> extends readonly (infer E)[] ? E : never;
type MemberDoc = Item<Doc["members"]>;
type CoalitionDoc = Item<Doc["coalitions"]>;
type CircleDoc = Item<Doc["circles"]>;
type PlanDoc = Item<MemberDoc["plans"]>;
type MeetingDoc = Item<PlanDoc["meetings"]>;
type EvidenceDoc = Item<PlanDoc["evidence"]>;
type CommitmentDoc = Item<PlanDoc["commitments"]>;
type RoleDoc = Item<Item<Doc["persons"]>["roles"]>;

/** `2026-03-31T17:00:00Z`: UTC, with milliseconds only when there are some. */
function formatInstant(instant: Date): string {
  return instant.toISOString().replace(".000Z", "Z");
}
const instantOrOmit = (instant: Date | null) => (instant === null ? undefined : formatInstant(instant));
const valueOrOmit = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
const listOrOmit = <T>(list: readonly T[]): T[] | undefined => (list.length === 0 ? undefined : [...list]);
const trueOrOmit = (flag: boolean): true | undefined => (flag ? true : undefined);

/** Drops the keys whose value is undefined, so the document has no `"key": undefined` to compare. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

type SortKey = string | number;

/**
 * Canonical order: by the given keys, then by the entry's JSON text, so that the order depends on
 * content only (never on ids or insertion order) and equal keys cannot make it ambiguous.
 */
function canonicalOrder<T>(items: readonly T[], ...keys: ((item: T) => SortKey)[]): T[] {
  const compare = (a: SortKey, b: SortKey) => (a < b ? -1 : a > b ? 1 : 0);
  return items
    .map((item) => ({ item, keys: [...keys.map((key) => key(item)), JSON.stringify(item)] }))
    .sort((a, b) => {
      for (let i = 0; i < a.keys.length; i++) {
        const order = compare(a.keys[i] as SortKey, b.keys[i] as SortKey);
        if (order !== 0) return order;
      }
      return 0;
    })
    .map(({ item }) => item);
}

/** Codes in their vocabulary's order (the order of the handbook's lists). */
const vocabularyOrder = (vocabulary: readonly string[]) => (code: string) => vocabulary.indexOf(code);
const instantOrder = (instant: string) => Date.parse(instant);

/** Groups rows by a key, keeping their order. */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Each kind of row grouped by its owner's id, so building the document is one pass over the rows. */
function groupFacts(facts: Facts) {
  const byCommitment = <T extends { commitmentId: string }>(rows: readonly T[]) =>
    groupBy(rows, (r) => r.commitmentId);
  const byUpdate = <T extends { updateId: string }>(rows: readonly T[]) => groupBy(rows, (r) => r.updateId);
  const byPlan = <T extends { planId: string | null }>(rows: readonly T[]) => groupBy(rows, (r) => r.planId);
  const byMember = <T extends { memberId: string | null }>(rows: readonly T[]) =>
    groupBy(rows, (r) => r.memberId);
  return {
    rolesOfPerson: groupBy(facts.roles, (r) => r.personId),
    identitiesOfPerson: groupBy(facts.chatIdentities, (c) => c.personId),
    membersOfCoalition: groupBy(facts.coalitionMembers, (m) => m.coalitionId),
    membersOfCircle: groupBy(facts.circleMembers, (m) => m.circleId),
    channelsOfCircle: groupBy(facts.circleChannels, (c) => c.circleId),
    plansOfCoalition: groupBy(facts.plans, (p) => p.coalitionId),
    plansOfMember: byMember(facts.plans),
    historyOfMember: byMember(facts.statusHistory),
    decisionsOfMember: byMember(facts.statusDecisions),
    planlessMeetingsOfMember: byMember(facts.meetings.filter((meeting) => meeting.planId === null)),
    meetingsOfPlan: byPlan(facts.meetings),
    endorsementsOfPlan: byPlan(facts.endorsements),
    assessmentsOfPlan: byPlan(facts.assessments),
    commitmentsOfPlan: byPlan(facts.commitments),
    ownersOfCommitment: byCommitment(facts.commitmentOwners),
    policyAreasOfCommitment: byCommitment(facts.policyAreas),
    sectorsOfCommitment: byCommitment(facts.sectors),
    ogpValuesOfCommitment: byCommitment(facts.ogpValues),
    milestonesOfCommitment: byCommitment(facts.milestones),
    modificationsOfCommitment: byCommitment(facts.modifications),
    updatesOfCommitment: byCommitment(facts.updates),
    approvalsOfModification: groupBy(facts.approvals, (a) => a.modificationId),
    changesOfUpdate: byUpdate(facts.milestoneChanges),
    challengesOfUpdate: byUpdate(facts.challenges),
  };
}

export class DocumentBuilder {
  private readonly emailOf: Map<string, string>;
  private readonly organizationNameOf: Map<string, string>;
  private readonly memberSlugOf: Map<string, string>;
  private readonly evidenceOf: Map<string, EvidenceDoc[]>;
  private readonly groups: ReturnType<typeof groupFacts>;

  constructor(private readonly facts: Facts) {
    this.emailOf = new Map(facts.persons.map((p) => [p.id, p.email]));
    this.organizationNameOf = new Map(facts.organizations.map((o) => [o.id, o.name]));
    this.memberSlugOf = new Map(facts.members.map((m) => [m.id, m.slug]));
    this.groups = groupFacts(facts);
    this.evidenceOf = new Map();
    for (const row of facts.evidence) {
      const subject = row.planId ?? row.commitmentId ?? row.milestoneId ?? row.meetingId ?? row.updateId;
      if (subject === null) continue;
      const item = compact({
        title: row.title,
        kind: row.kind,
        url: valueOrOmit(row.url),
        fileRef: valueOrOmit(row.fileRef),
        addedBy: this.email(row.addedBy),
        addedAt: formatInstant(row.addedAt),
      });
      const items = this.evidenceOf.get(subject);
      if (items) items.push(item);
      else this.evidenceOf.set(subject, [item]);
    }
  }

  build(): Doc {
    const { facts } = this;
    return compact({
      format: DOSSIER_FORMAT,
      version: DOSSIER_VERSION,
      organizations: listOrOmit(
        canonicalOrder(
          facts.organizations.map((o) =>
            compact({
              name: o.name,
              kind: o.kind,
              country: valueOrOmit(o.country),
              website: valueOrOmit(o.website),
            }),
          ),
          (o) => o.name,
        ),
      ),
      persons: listOrOmit(this.persons()),
      coalitions: listOrOmit(this.coalitions()),
      members: listOrOmit(
        canonicalOrder(
          facts.members.map((m) => this.member(m)),
          (m) => m.slug,
        ),
      ),
      circles: listOrOmit(this.circles()),
    });
  }

  private email(personId: string | null): string | undefined {
    return personId === null ? undefined : this.emailOf.get(personId);
  }

  private organizationName(organizationId: string | null): string | undefined {
    return organizationId === null ? undefined : this.organizationNameOf.get(organizationId);
  }

  private slug(memberId: string): string {
    return this.memberSlugOf.get(memberId) ?? memberId;
  }

  private evidence(subjectId: string): EvidenceDoc[] | undefined {
    return listOrOmit(
      canonicalOrder(
        this.evidenceOf.get(subjectId) ?? [],
        (e) => instantOrder(e.addedAt),
        (e) => e.title,
      ),
    );
  }

  private persons(): Item<Doc["persons"]>[] {
    const { rolesOfPerson, identitiesOfPerson } = this.groups;
    const people = this.facts.persons.map((p) =>
      compact({
        name: p.name,
        email: p.email,
        language: p.language,
        timeZone: valueOrOmit(p.timeZone),
        organization: this.organizationName(p.organizationId),
        preferredPlatform: valueOrOmit(p.preferredPlatform),
        roles: listOrOmit(
          canonicalOrder(
            (rolesOfPerson.get(p.id) ?? []).map((r): RoleDoc => {
              if (r.scope === "global") return { role: r.role };
              if (r.scope === "country") return { role: r.role, country: r.country ?? "" };
              const member = this.slug(r.memberId ?? "");
              return r.role === "government_official"
                ? compact({ role: r.role, member, canPostUpdates: trueOrOmit(r.canPostUpdates) })
                : { role: r.role, member };
            }),
            (r) => vocabularyOrder(ROLES)(r.role),
            (r) => ("member" in r ? r.member : "country" in r ? r.country : ""),
          ),
        ),
        chatIdentities: listOrOmit(
          canonicalOrder(
            (identitiesOfPerson.get(p.id) ?? []).map((c) =>
              compact({ platform: c.platform, workspaceId: c.workspaceId || undefined, userId: c.userId }),
            ),
            (c) => c.platform,
            (c) => c.workspaceId ?? "",
            (c) => c.userId,
          ),
        ),
      }),
    );
    return canonicalOrder(people, (p) => p.email);
  }

  private circles(): CircleDoc[] {
    const { membersOfCircle, channelsOfCircle } = this.groups;
    const circleDocs = this.facts.circles.map((c) =>
      compact({
        slug: c.slug,
        name: c.name,
        themePolicyArea: valueOrOmit(c.themePolicyArea),
        themeText: valueOrOmit(c.themeText),
        members: listOrOmit(
          canonicalOrder(
            (membersOfCircle.get(c.id) ?? []).map((m) => this.slug(m.memberId)),
            (slug) => slug,
          ),
        ),
        channels: listOrOmit(
          canonicalOrder(
            (channelsOfCircle.get(c.id) ?? []).map((channel) => ({
              platform: channel.platform,
              workspaceId: channel.workspaceId,
              channelId: channel.channelId,
            })),
            (channel) => channel.platform,
            (channel) => channel.workspaceId,
            (channel) => channel.channelId,
          ),
        ),
      }),
    );
    return canonicalOrder(circleDocs, (c) => c.slug);
  }

  private coalitions(): CoalitionDoc[] {
    const { membersOfCoalition, plansOfCoalition } = this.groups;
    const coalitionDocs = this.facts.coalitions.map((c) => {
      const memberIds = (membersOfCoalition.get(c.id) ?? []).map((m) => m.memberId);
      return compact({
        slug: c.slug,
        name: c.name,
        country: c.country,
        members: canonicalOrder(
          memberIds.map((id) => this.slug(id)),
          (slug) => slug,
        ),
        plans: this.plans(plansOfCoalition.get(c.id) ?? [], true),
      });
    });
    return canonicalOrder(coalitionDocs, (c) => c.slug);
  }

  private member(m: Facts["members"][number]): MemberDoc {
    const { groups } = this;
    return compact({
      slug: m.slug,
      code: m.code,
      name: m.name,
      country: m.country,
      jurisdictionType: m.jurisdictionType,
      language: m.language,
      timeZone: m.timeZone,
      joinedOn: m.joinedOn,
      mandateEnd: valueOrOmit(m.mandateEnd),
      firstPlanDue: valueOrOmit(m.firstPlanDue),
      leadAgency: valueOrOmit(m.leadAgency),
      website: valueOrOmit(m.website),
      status: m.status,
      statusSince: valueOrOmit(m.statusSince),
      statusHistory: listOrOmit(
        canonicalOrder(
          (groups.historyOfMember.get(m.id) ?? []).map((h) =>
            compact({
              status: h.status,
              effectiveOn: h.effectiveOn,
              ruleId: valueOrOmit(h.ruleId),
              reason: h.reason,
              actor: h.actor,
              person: this.email(h.actorPersonId),
            }),
          ),
          (h) => h.effectiveOn,
        ),
      ),
      statusDecisions: listOrOmit(
        canonicalOrder(
          (groups.decisionsOfMember.get(m.id) ?? []).map((d) =>
            compact({
              kind: d.kind,
              startsOn: d.startsOn,
              endsOn: valueOrOmit(d.endsOn),
              status: valueOrOmit(d.status),
              reason: d.reason,
              decidedBy: this.email(d.decidedBy),
              decidedOn: d.decidedOn,
            }),
          ),
          (d) => d.startsOn,
          (d) => d.kind,
        ),
      ),
      plans: this.plans(groups.plansOfMember.get(m.id) ?? [], false),
      meetings: this.meetings(groups.planlessMeetingsOfMember.get(m.id) ?? []),
    });
  }

  private meetings(
    rows: readonly Facts["meetings"][number][],
    namingMember = false,
  ): MeetingDoc[] | undefined {
    return listOrOmit(
      canonicalOrder(
        rows.map((meeting) =>
          compact({
            heldOn: meeting.heldOn,
            phase: meeting.phase,
            title: meeting.title,
            member: namingMember ? this.slug(meeting.memberId) : undefined,
            governmentParticipants: meeting.governmentParticipants,
            nonGovernmentParticipants: meeting.nonGovernmentParticipants,
            organizations: listOrOmit(meeting.organizations),
            minutesUrl: valueOrOmit(meeting.minutesUrl),
            source: meeting.source,
            recordedBy: this.email(meeting.recordedBy),
            evidence: this.evidence(meeting.id),
          }),
        ),
        (meeting) => meeting.heldOn,
        (meeting) => meeting.title,
      ),
    );
  }

  private plans(rows: readonly Facts["plans"][number][], ofCoalition: boolean): PlanDoc[] | undefined {
    const { groups } = this;
    const planDocs = rows.map((p) => {
      const planCommitments = groups.commitmentsOfPlan.get(p.id) ?? [];
      const codeOf = new Map(planCommitments.map((c) => [c.id, c.code]));
      return compact({
        number: p.number,
        title: p.title,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        status: p.status,
        submittedOn: valueOrOmit(p.submittedOn),
        recordedOn: p.recordedOn,
        monitoringBody: this.organizationName(p.monitoringBodyId),
        monitoringBodyContact: valueOrOmit(p.monitoringBodyContact),
        foreword: valueOrOmit(p.foreword),
        longTermVision: valueOrOmit(p.longTermVision),
        achievementsToDate: valueOrOmit(p.achievementsToDate),
        challenges: valueOrOmit(p.challenges),
        mediumTermGoals: valueOrOmit(p.mediumTermGoals),
        planContribution: valueOrOmit(p.planContribution),
        policyGoalsContribution: valueOrOmit(p.policyGoalsContribution),
        leadInstitutions: valueOrOmit(p.leadInstitutions),
        coordinationArrangements: valueOrOmit(p.coordinationArrangements),
        participationSpacesOnline: valueOrOmit(p.participationSpacesOnline),
        participationSpacesOffline: valueOrOmit(p.participationSpacesOffline),
        diversityMeasures: valueOrOmit(p.diversityMeasures),
        participatingGroups: listOrOmit(p.participatingGroups),
        participatingGroupsCount: valueOrOmit(p.participatingGroupsCount),
        coCreationMeetingsCount: valueOrOmit(p.coCreationMeetingsCount),
        continuedCollaboration: valueOrOmit(p.continuedCollaboration),
        progressDiscussionActivities: valueOrOmit(p.progressDiscussionActivities),
        publicProgressSharing: valueOrOmit(p.publicProgressSharing),
        strategyDocumentLinks: listOrOmit(p.strategyDocumentLinks),
        onlineConsultationLink: valueOrOmit(p.onlineConsultationLink),
        endorsements: listOrOmit(
          canonicalOrder(
            (groups.endorsementsOfPlan.get(p.id) ?? []).map((e) =>
              compact({
                organization: this.organizationName(e.organizationId) ?? e.organizationId,
                person: this.email(e.personId),
                endorsedAt: formatInstant(e.endorsedAt),
                source: e.source,
                withdrawnAt: instantOrOmit(e.withdrawnAt),
              }),
            ),
            (e) => instantOrder(e.endorsedAt),
            (e) => e.organization,
          ),
        ),
        meetings: this.meetings(groups.meetingsOfPlan.get(p.id) ?? [], ofCoalition),
        assessments: listOrOmit(
          canonicalOrder(
            (groups.assessmentsOfPlan.get(p.id) ?? []).map((a) =>
              compact({
                kind: a.kind,
                commitment: a.commitmentId === null ? undefined : codeOf.get(a.commitmentId),
                dueOn: valueOrOmit(a.dueOn),
                submittedOn: valueOrOmit(a.submittedOn),
                reportUrl: valueOrOmit(a.reportUrl),
              }),
            ),
            (a) => vocabularyOrder(ASSESSMENT_KINDS)(a.kind),
            (a) => a.commitment ?? "",
            (a) => a.dueOn ?? "",
          ),
        ),
        evidence: this.evidence(p.id),
        commitments: listOrOmit(
          canonicalOrder(
            planCommitments.map((c) => this.commitment(c)),
            (c) => c.number,
          ),
        ),
      });
    });
    return listOrOmit(canonicalOrder(planDocs, (p) => p.number));
  }

  private commitment(c: Facts["commitments"][number]): CommitmentDoc {
    const { groups } = this;
    const codes = (grouped: Map<string, { code: string }[]>, vocabulary: readonly string[]) =>
      canonicalOrder(
        (grouped.get(c.id) ?? []).map((r) => r.code),
        vocabularyOrder(vocabulary),
      );
    const commitmentMilestones = groups.milestonesOfCommitment.get(c.id) ?? [];
    const positionOf = new Map(commitmentMilestones.map((m) => [m.id, m.position]));
    return compact({
      code: c.code,
      number: c.number,
      title: c.title,
      shortTitle: valueOrOmit(c.shortTitle),
      startDate: c.startDate,
      endDate: c.endDate,
      leadAgency: c.leadAgency,
      nonGovernmentImplementer: valueOrOmit(c.nonGovernmentImplementer),
      otherStakeholders: listOrOmit(c.otherStakeholders),
      problem: c.problem,
      statusQuo: valueOrOmit(c.statusQuo),
      action: c.action,
      expectedResults: valueOrOmit(c.expectedResults),
      longTermObjective: valueOrOmit(c.longTermObjective),
      policyAreas: codes(groups.policyAreasOfCommitment, POLICY_AREAS),
      sectors: codes(groups.sectorsOfCommitment, SECTORS),
      ogpValues: codes(groups.ogpValuesOfCommitment, OGP_VALUES),
      budgetAmount: valueOrOmit(c.budgetAmount),
      budgetCurrency: valueOrOmit(c.budgetCurrency),
      staffCount: valueOrOmit(c.staffCount),
      resourceMonths: valueOrOmit(c.resourceMonths),
      resourcesOther: valueOrOmit(c.resourcesOther),
      resourcesSecured: c.resourcesSecured,
      additionalInformation: valueOrOmit(c.additionalInformation),
      nationalAlignment: valueOrOmit(c.nationalAlignment),
      owners: listOrOmit(
        canonicalOrder(
          (groups.ownersOfCommitment.get(c.id) ?? []).map((o) => this.slug(o.memberId)),
          (slug) => slug,
        ),
      ),
      status: c.status,
      submittedOn: valueOrOmit(c.submittedOn),
      completedOn: valueOrOmit(c.completedOn),
      milestones: listOrOmit(
        canonicalOrder(
          commitmentMilestones.map((m) =>
            compact({
              position: m.position,
              description: m.description,
              startMonth: m.startMonth,
              endMonth: m.endMonth,
              responsibleOrganization: valueOrOmit(m.responsibleOrganization),
              contact: valueOrOmit(m.contact),
              status: m.status,
              evidence: this.evidence(m.id),
            }),
          ),
          (m) => m.position,
        ),
      ),
      modifications: listOrOmit(
        canonicalOrder(
          (groups.modificationsOfCommitment.get(c.id) ?? []).map((m) => this.modification(m)),
          (m) => m.proposedOn,
          (m) => m.kind,
        ),
      ),
      updates: listOrOmit(
        canonicalOrder(
          (groups.updatesOfCommitment.get(c.id) ?? []).map((u) => this.update(u, positionOf)),
          (u) => instantOrder(u.postedAt),
        ),
      ),
      evidence: this.evidence(c.id),
    });
  }

  private modification(m: Facts["modifications"][number]): Item<CommitmentDoc["modifications"]> {
    return compact({
      kind: m.kind,
      proposedChange: m.proposedChange,
      rationale: m.rationale,
      proposedBy: this.email(m.proposedBy),
      proposedOn: m.proposedOn,
      decision: m.decision,
      decidedAt: instantOrOmit(m.decidedAt),
      supportUnitNotifiedAt: instantOrOmit(m.supportUnitNotifiedAt),
      approvals: listOrOmit(
        canonicalOrder(
          (this.groups.approvalsOfModification.get(m.id) ?? []).map((a) =>
            compact({
              person: this.email(a.personId) ?? a.personId,
              organization: this.organizationName(a.organizationId),
              verdict: a.verdict,
              comment: valueOrOmit(a.comment),
              at: formatInstant(a.at),
              source: a.source,
            }),
          ),
          (a) => instantOrder(a.at),
          (a) => a.person,
        ),
      ),
    });
  }

  private update(
    u: Facts["updates"][number],
    positionOf: ReadonlyMap<string, number>,
  ): Item<CommitmentDoc["updates"]> {
    const { groups } = this;
    return compact({
      postedAt: formatInstant(u.postedAt),
      author: this.email(u.authorId),
      source: u.source,
      milestone: u.milestoneId === null ? undefined : positionOf.get(u.milestoneId),
      narrative: u.narrative,
      completionPct: valueOrOmit(u.completionPct),
      noProgress: trueOrOmit(u.noProgress),
      delayReasons: valueOrOmit(u.delayReasons),
      nextSteps: valueOrOmit(u.nextSteps),
      milestoneChanges: listOrOmit(
        canonicalOrder(
          (groups.changesOfUpdate.get(u.id) ?? []).map((change) => ({
            milestone: positionOf.get(change.milestoneId) ?? 0,
            from: change.fromStatus,
            to: change.toStatus,
          })),
          (change) => change.milestone,
        ),
      ),
      challenges: listOrOmit(
        canonicalOrder(
          (groups.challengesOfUpdate.get(u.id) ?? []).map((challenge) =>
            compact({ code: challenge.code, detail: valueOrOmit(challenge.detail) }),
          ),
          (challenge) => vocabularyOrder(CHALLENGES)(challenge.code),
        ),
      ),
      evidence: this.evidence(u.id),
    });
  }
}
