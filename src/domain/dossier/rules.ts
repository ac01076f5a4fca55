import {
  type AssessmentFact,
  type CommitmentFact,
  type DecisionFact,
  type EndorsementFact,
  type MeetingFact,
  type MemberFacts,
  type MilestoneFact,
  type ModificationFact,
  type PlanFact,
  type ProgressUpdateFact,
  type Violation,
  validateCoalition,
  validateMemberFacts,
  withdrawalDay,
} from "../rules/index.js";
import { type DossierProblem, jsonPath, type Path, type PathSegment } from "./problems.js";
import type { Dossier, DossierCoalition, DossierMember, DossierPlan } from "./schema.js";

/** A violation's text (the domain names it by message key; the caller's catalogue says it). */
export type DescribeViolation = (violation: Violation) => string;

/**
 * The handbook's validation rules (spec §4) on a dossier, by the rules engine's own validators: each
 * member's facts as the engine will read them (`validateMemberFacts`: PLAN-1/2/3/5, PLAN-4 for a
 * coalition member's own commitments, COMMIT-1, MILESTONE-1, MOD-1) and each coalition plan
 * (`validateCoalition`: PLAN-4), with every violation mapped back to a path in the document.
 * The document must be structurally valid with every reference resolved: the facts are built from it.
 */
export function checkDossierRules(dossier: Dossier, describe: DescribeViolation): DossierProblem[] {
  const problems = new Map<string, DossierProblem>();
  // A coalition plan belongs to each of its members, so the same violation can come from each.
  const add = (path: Path, violation: Violation) => {
    const problem = {
      path: jsonPath(path),
      message: describe(violation),
      ruleId: violation.ruleId,
    };
    problems.set(`${problem.path} ${problem.message}`, problem);
  };
  for (const { facts, memberPath, pathOf } of memberFactsWithPaths(dossier)) {
    for (const violation of validateMemberFacts(facts)) {
      const [collection, index, ...rest] = fieldSegments(violation.field);
      const fact =
        typeof collection === "string" && typeof index === "number"
          ? factsList(facts, collection)[index]
          : undefined;
      const factPath = fact ? pathOf.get(fact.id) : undefined;
      add(factPath ? [...factPath, ...rest] : memberPath, violation);
    }
  }
  dossier.coalitions.forEach((coalition, i) => {
    coalition.plans.forEach((plan, k) => {
      for (const violation of validateCoalition(coalitionInput(dossier, coalition, plan))) {
        add(
          coalitionViolationPath(
            dossier,
            coalition,
            ["coalitions", i],
            ["coalitions", i, "plans", k],
            violation.field,
          ),
          violation,
        );
      }
    });
  });
  return [...problems.values()];
}

/** Each member's facts as the rules engine reads them (`src/domain/rules/facts.ts`), built from a dossier. */
export function dossierMemberFacts(dossier: Dossier): MemberFacts[] {
  return memberFactsWithPaths(dossier).map(({ facts }) => facts);
}

/** When an approved deletion of the commitment was decided (MOD-2), as the database loader reads it. */
function deletionDecidedAt(
  modifications: DossierPlan["commitments"][number]["modifications"],
): number | null {
  const decided = modifications
    .filter((modification) => modification.kind === "delete" && modification.decision === "approved")
    .flatMap((modification) => (modification.decidedAt ? [Date.parse(modification.decidedAt)] : []));
  return decided.length > 0 ? Math.max(...decided) : null;
}

/** `plans[0].periodEnd` → `["plans", 0, "periodEnd"]`: the validators name fields this way. */
function fieldSegments(field: string): PathSegment[] {
  return field
    .split(".")
    .flatMap((part) => part.split(/\[(\d+)\]/).filter((piece) => piece !== ""))
    .map((piece) => (/^\d+$/.test(piece) ? Number(piece) : piece));
}

function factsList(facts: MemberFacts, collection: string): readonly { id: string }[] {
  const lists: Record<string, readonly { id: string }[]> = {
    plans: facts.plans,
    commitments: facts.commitments,
    milestones: facts.milestones,
    modifications: facts.modifications,
    assessments: facts.assessments,
    meetings: facts.meetings,
  };
  return lists[collection] ?? [];
}

interface FactsWithPaths {
  facts: MemberFacts;
  memberPath: Path;
  /** Where each fact (by its id) stands in the document. */
  pathOf: ReadonlyMap<string, Path>;
}

/**
 * Builds each member's facts the way `loadMemberFacts` builds them from the database (plans of the
 * member and of its coalition, their endorsements, commitments, milestones, updates, meetings,
 * assessments, modifications, and the member's decisions). Fact ids are the entries' JSON paths.
 */
function memberFactsWithPaths(dossier: Dossier): FactsWithPaths[] {
  const nonGovernment = new Map(dossier.organizations.map((o) => [o.name, o.kind !== "government"]));
  return dossier.members.map((member, i) => {
    const memberPath: Path = ["members", i];
    const pathOf = new Map<string, Path>();
    const idOf = (path: Path) => {
      const id = jsonPath(path);
      pathOf.set(id, path);
      return id;
    };
    const coalitionIndex = dossier.coalitions.findIndex((c) => c.members.includes(member.slug));
    const coalition = dossier.coalitions[coalitionIndex];
    const ownedPlans: { plan: DossierPlan; path: Path }[] = [
      ...member.plans.map((plan, k) => ({ plan, path: [...memberPath, "plans", k] })),
      ...(coalition?.plans ?? []).map((plan, k) => ({
        plan,
        path: ["coalitions", coalitionIndex, "plans", k],
      })),
    ];

    const plans: PlanFact[] = [];
    const endorsements: EndorsementFact[] = [];
    const commitments: CommitmentFact[] = [];
    const milestones: MilestoneFact[] = [];
    const updates: ProgressUpdateFact[] = [];
    const meetings: MeetingFact[] = member.meetings.map((meeting, j) => ({
      ...meetingFact(meeting),
      id: idOf([...memberPath, "meetings", j]),
      planId: null,
    }));
    const assessments: AssessmentFact[] = [];
    const modifications: ModificationFact[] = [];

    for (const { plan, path: planPath } of ownedPlans) {
      const planId = idOf(planPath);
      const participationSpaceAddedOn = plan.evidence
        .filter((e) => e.kind === "participation_space")
        .map((e) => new Date(e.addedAt).toISOString().slice(0, 10))
        .sort()[0];
      plans.push({
        id: planId,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        submittedOn: plan.submittedOn ?? null,
        status: plan.status,
        recordedOn: plan.recordedOn,
        participationSpaceOn:
          participationSpaceAddedOn ??
          (plan.participationSpacesOnline !== undefined || plan.participationSpacesOffline !== undefined
            ? plan.recordedOn
            : null),
      });
      for (const endorsement of plan.endorsements) {
        endorsements.push({
          planId,
          organizationId: endorsement.organization,
          nonGovernment: nonGovernment.get(endorsement.organization) ?? true,
          endorsedAt: Date.parse(endorsement.endorsedAt),
          withdrawnAt: endorsement.withdrawnAt === undefined ? null : Date.parse(endorsement.withdrawnAt),
        });
      }
      for (const [j, meeting] of plan.meetings.entries()) {
        meetings.push({ ...meetingFact(meeting), id: idOf([...planPath, "meetings", j]), planId });
      }
      const commitmentIds = new Map<string, string>();
      for (const [j, commitment] of plan.commitments.entries()) {
        const commitmentPath: Path = [...planPath, "commitments", j];
        const commitmentId = idOf(commitmentPath);
        commitmentIds.set(commitment.code, commitmentId);
        commitments.push({
          id: commitmentId,
          planId,
          code: commitment.code,
          status: commitment.status,
          startDate: commitment.startDate,
          endDate: commitment.endDate,
          submittedOn: commitment.submittedOn ?? null,
          completedOn: commitment.completedOn ?? null,
          withdrawnOn:
            commitment.status === "withdrawn"
              ? withdrawalDay(deletionDecidedAt(commitment.modifications), member.timeZone)
              : null,
          ownedByMember: commitment.owners.length === 0 || commitment.owners.includes(member.slug),
        });
        const milestoneIds = new Map<number, string>();
        for (const [k, milestone] of commitment.milestones.entries()) {
          const milestoneId = idOf([...commitmentPath, "milestones", k]);
          milestoneIds.set(milestone.position, milestoneId);
          milestones.push({
            id: milestoneId,
            commitmentId,
            startMonth: milestone.startMonth,
            endMonth: milestone.endMonth,
            status: milestone.status,
          });
        }
        // References are resolved before the rules run: every position names a milestone.
        const milestoneId = (position: number) => milestoneIds.get(position)!;
        for (const update of commitment.updates) {
          updates.push({
            commitmentId,
            milestoneId: update.milestone === undefined ? null : milestoneId(update.milestone),
            postedAt: Date.parse(update.postedAt),
            completionPct: update.completionPct ?? null,
            noProgress: update.noProgress ?? false,
            milestoneChanges: update.milestoneChanges.map((change) => ({
              milestoneId: milestoneId(change.milestone),
              from: change.from,
              to: change.to,
            })),
          });
        }
        for (const [k, modification] of commitment.modifications.entries()) {
          modifications.push({
            id: idOf([...commitmentPath, "modifications", k]),
            commitmentId,
            proposedOn: modification.proposedOn,
            decision: modification.decision,
          });
        }
      }
      for (const [j, assessment] of plan.assessments.entries()) {
        assessments.push({
          id: idOf([...planPath, "assessments", j]),
          kind: assessment.kind,
          planId,
          commitmentId:
            assessment.commitment === undefined ? null : (commitmentIds.get(assessment.commitment) ?? null),
          dueOn: assessment.dueOn ?? null,
          submittedOn: assessment.submittedOn ?? null,
        });
      }
    }

    const facts: MemberFacts = {
      member: {
        id: idOf(memberPath),
        slug: member.slug,
        timeZone: member.timeZone,
        mandateEnd: member.mandateEnd ?? null,
        joinedOn: member.joinedOn,
        firstPlanDue: member.firstPlanDue ?? null,
        country: member.country,
        language: member.language,
        coalitionSize: coalition ? coalition.members.length : null,
      },
      plans,
      endorsements,
      commitments,
      milestones,
      updates,
      meetings,
      assessments,
      modifications,
      decisions: member.statusDecisions.map((decision, j) =>
        decisionFact(decision, idOf([...memberPath, "statusDecisions", j])),
      ),
    };
    return { facts, memberPath, pathOf };
  });
}

function meetingFact(meeting: DossierPlan["meetings"][number]) {
  return {
    heldOn: meeting.heldOn,
    phase: meeting.phase,
    governmentParticipants: meeting.governmentParticipants,
    nonGovernmentParticipants: meeting.nonGovernmentParticipants,
  };
}

function decisionFact(decision: DossierMember["statusDecisions"][number], id: string): DecisionFact {
  const base = { id, reason: decision.reason, decidedOn: decision.decidedOn };
  switch (decision.kind) {
    case "voluntary_inactivity":
      return { ...base, kind: decision.kind, startsOn: decision.startsOn, endsOn: decision.endsOn ?? null };
    case "first_plan_extension":
      // The schema requires endsOn for extensions: it is the new deadline.
      return { ...base, kind: decision.kind, newDueOn: decision.endsOn! };
    case "status_override":
      // The schema requires the status of an override.
      return {
        ...base,
        kind: decision.kind,
        startsOn: decision.startsOn,
        status: decision.status ?? "active",
      };
    case "revocation_confirmed":
      return { ...base, kind: decision.kind, effectiveOn: decision.startsOn };
  }
}

function coalitionInput(dossier: Dossier, coalition: DossierCoalition, plan: DossierPlan) {
  const members = coalition.members.flatMap((slug) => dossier.members.filter((m) => m.slug === slug));
  const pointsOfContact = dossier.persons
    .filter((p) =>
      p.roles.some(
        (r) => r.role === "point_of_contact" && "member" in r && coalition.members.includes(r.member),
      ),
    )
    .map((p) => p.email);
  return {
    members: members.map((m) => ({ id: m.slug, country: m.country, mandateEnd: m.mandateEnd ?? null })),
    pointOfContactIds: pointsOfContact,
    monitoringBodyIds: plan.monitoringBody === undefined ? [] : [plan.monitoringBody],
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    commitments: plan.commitments.map((c) => ({
      code: c.code,
      endDate: c.endDate,
      owners: c.owners.length === 0 ? ("joint" as const) : c.owners,
    })),
  };
}

/** `validateCoalition` names fields of its input; these are where they stand in the document. */
function coalitionViolationPath(
  dossier: Dossier,
  coalition: DossierCoalition,
  coalitionPath: Path,
  planPath: Path,
  field: string,
): Path {
  const [head, index, ...rest] = fieldSegments(field);
  switch (head) {
    case "members": {
      const slug = typeof index === "number" ? coalition.members[index] : undefined;
      const memberIndex = dossier.members.findIndex((m) => m.slug === slug);
      return memberIndex < 0 ? [...coalitionPath, "members"] : ["members", memberIndex, ...rest];
    }
    case "pointOfContactIds":
      return coalitionPath;
    case "monitoringBodyIds":
      return [...planPath, "monitoringBody"];
    case "commitments":
      return typeof index === "number" ? [...planPath, "commitments", index, ...rest] : planPath;
    default:
      return [...planPath, ...fieldSegments(field)];
  }
}
