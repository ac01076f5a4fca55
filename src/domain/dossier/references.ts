import { type DossierProblem, jsonPath, type Path, ProblemList } from "./problems.js";
import {
  type Dossier,
  type DossierCommitment,
  type DossierEvidence,
  type DossierMeeting,
  type DossierPlan,
  eachValid,
  InvalidEntry,
  type Lenient,
} from "./schema.js";

/**
 * The checks zod cannot make on one value: natural keys unique across the document, every reference
 * resolving to an entry of the document, and the coalition rule PLAN-4. They run on the lenient
 * reading, so an entry with structural problems is skipped here — but its key still counts as
 * declared, so a reference to it is not reported as unknown.
 */
export function checkDossierReferences(dossier: Lenient<Dossier>): DossierProblem[] {
  return new ReferenceChecker(dossier).run();
}

/** The entries of one kind by natural key, plus the keys of entries that failed structurally. */
interface KeyIndex<T> {
  readonly what: string;
  readonly listPath: Path;
  readonly valid: Map<string, T>;
  readonly declared: Set<string>;
}

function indexByKey<T>(
  list: readonly (T | InvalidEntry)[],
  keyOf: (item: T) => string | number,
  rawKeyField: string,
  what: string,
  listPath: Path,
  /** What the schema does to a valid key (emails are lowercased), applied to the raw key of a failed entry. */
  normalizeRawKey: (key: string) => string = (key) => key,
): KeyIndex<T> {
  const index: KeyIndex<T> = { what, listPath, valid: new Map(), declared: new Set() };
  for (const entry of list) {
    if (entry instanceof InvalidEntry) {
      const raw = entry.input;
      if (typeof raw === "object" && raw !== null && rawKeyField in raw) {
        index.declared.add(normalizeRawKey(String((raw as Record<string, unknown>)[rawKeyField])));
      }
      continue;
    }
    const key = String(keyOf(entry));
    index.declared.add(key);
    if (!index.valid.has(key)) index.valid.set(key, entry);
  }
  return index;
}

/** Who owns a plan decides which member codes its commitment codes start with and who may own them. */
type PlanOwner =
  | { kind: "member"; memberCode: string }
  | { kind: "coalition"; memberSlugs: ReadonlySet<string>; memberCodes: readonly string[] };

type Plan = Lenient<DossierPlan>;
type Commitment = Lenient<DossierCommitment>;
type Meeting = Lenient<DossierMeeting>;
type Evidence = Lenient<DossierEvidence>;

class ReferenceChecker {
  private readonly problems = new ProblemList();
  private readonly organizations;
  private readonly persons;
  private readonly members;
  /** Commitment codes are unique across the whole document, as in the database. */
  private readonly commitmentCodes = new Map<string, Path>();

  constructor(private readonly dossier: Lenient<Dossier>) {
    this.organizations = indexByKey(dossier.organizations, (o) => o.name, "name", "organization", [
      "organizations",
    ]);
    this.persons = indexByKey(
      dossier.persons,
      (p) => p.email,
      "email",
      "person",
      ["persons"],
      (email) => email.toLowerCase(),
    );
    this.members = indexByKey(dossier.members, (m) => m.slug, "slug", "member", ["members"]);
  }

  run(): DossierProblem[] {
    const { dossier } = this;
    this.unique(dossier.organizations, (o) => o.name, ["organizations"], "name", "organization name");
    this.unique(dossier.persons, (p) => p.email, ["persons"], "email", "person email");
    this.unique(dossier.members, (m) => m.slug, ["members"], "slug", "member slug");
    this.unique(dossier.members, (m) => m.code, ["members"], "code", "member code");
    this.unique(dossier.coalitions, (c) => c.slug, ["coalitions"], "slug", "coalition slug");
    this.unique(dossier.circles, (c) => c.slug, ["circles"], "slug", "circle slug");
    this.checkPersons();
    this.checkCoalitions();
    this.checkCircles();
    eachValid(dossier.members, (member, i) => {
      const at: Path = ["members", i];
      eachValid(member.statusHistory, (entry, j) => {
        if (entry.person !== undefined)
          this.refer(this.persons, entry.person, [...at, "statusHistory", j, "person"]);
      });
      eachValid(member.statusDecisions, (decision, j) => {
        if (decision.decidedBy !== undefined)
          this.refer(this.persons, decision.decidedBy, [...at, "statusDecisions", j, "decidedBy"]);
      });
      eachValid(member.meetings, (meeting, j) =>
        this.checkMeeting(meeting, [...at, "meetings", j], undefined),
      );
      this.checkPlans(member.plans, at, { kind: "member", memberCode: member.code });
    });
    return this.problems.problems;
  }

  /** Handbook §2.4: a circle's members are members of the document; a channel belongs to one circle at most. */
  private checkCircles(): void {
    const channels = new Map<string, Path>();
    eachValid(this.dossier.circles, (circle, i) => {
      const at: Path = ["circles", i];
      const members = new Map<string, Path>();
      eachValid(circle.members, (slug, j) => {
        if (this.firstSeen(members, slug, [...at, "members", j], "circle member"))
          this.refer(this.members, slug, [...at, "members", j]);
      });
      eachValid(circle.channels, (channel, j) =>
        this.firstSeen(
          channels,
          `${channel.platform} ${channel.workspaceId}/${channel.channelId}`,
          [...at, "channels", j],
          "circle channel (a channel belongs to one circle at most)",
        ),
      );
    });
  }

  private checkPersons(): void {
    const chatIdentities = new Map<string, Path>();
    eachValid(this.dossier.persons, (person, i) => {
      const at: Path = ["persons", i];
      if (person.organization !== undefined)
        this.refer(this.organizations, person.organization, [...at, "organization"]);
      const roles = new Map<string, Path>();
      eachValid(person.roles, (role, j) => {
        const rolePath: Path = [...at, "roles", j];
        if ("member" in role) this.refer(this.members, role.member, [...rolePath, "member"]);
        const scope =
          "member" in role
            ? `for member ${role.member}`
            : "country" in role
              ? `for country ${role.country}`
              : "global";
        this.firstSeen(roles, `${role.role} ${scope}`, rolePath, "role");
      });
      eachValid(person.chatIdentities, (identity, j) => {
        const key = `${identity.platform} ${identity.workspaceId ?? ""}/${identity.userId}`;
        this.firstSeen(chatIdentities, key, [...at, "chatIdentities", j], "chat identity");
      });
    });
  }

  private checkCoalitions(): void {
    const coalitionOfMember = new Map<string, Path>();
    eachValid(this.dossier.coalitions, (coalition, i) => {
      const at: Path = ["coalitions", i];
      const size = coalition.members.length;
      if (size < 2 || size > 4)
        this.problems.add(
          [...at, "members"],
          `a coalition has 2 to 4 members; this one has ${size}`,
          "PLAN-4",
        );
      const memberSlugs = new Set<string>();
      const memberCodes: string[] = [];
      eachValid(coalition.members, (slug, j) => {
        const path: Path = [...at, "members", j];
        if (!this.refer(this.members, slug, path)) return;
        // Also catches a member listed twice in one coalition: a member is in one coalition at most.
        if (!this.firstSeen(coalitionOfMember, slug, path, "coalition member")) return;
        memberSlugs.add(slug);
        const member = this.members.valid.get(slug);
        if (!member) return;
        memberCodes.push(member.code);
        if (member.country !== coalition.country)
          this.problems.add(
            path,
            `member '${slug}' is in ${member.country} but the coalition is in ${coalition.country}: coalition members share one country`,
            "PLAN-4",
          );
      });
      this.checkPlans(coalition.plans, at, { kind: "coalition", memberSlugs, memberCodes });
    });
  }

  private checkPlans(plans: readonly (Plan | InvalidEntry)[], ownerPath: Path, owner: PlanOwner): void {
    this.unique(plans, (p) => p.number, [...ownerPath, "plans"], "number", "plan number");
    eachValid(plans, (plan, k) => {
      const at: Path = [...ownerPath, "plans", k];
      if (plan.monitoringBody !== undefined)
        this.refer(this.organizations, plan.monitoringBody, [...at, "monitoringBody"]);
      this.checkEndorsements(plan, at);
      eachValid(plan.meetings, (meeting, j) => this.checkMeeting(meeting, [...at, "meetings", j], owner));
      this.checkEvidence(plan.evidence, at);
      this.unique(plan.commitments, (c) => c.number, [...at, "commitments"], "number", "commitment number");
      eachValid(plan.commitments, (commitment, j) =>
        this.checkCommitment(commitment, [...at, "commitments", j], owner),
      );
      const commitments = indexByKey(plan.commitments, (c) => c.code, "code", "commitment of this plan", [
        ...at,
        "commitments",
      ]);
      eachValid(plan.assessments, (assessment, j) => {
        if (assessment.commitment !== undefined)
          this.refer(commitments, assessment.commitment, [...at, "assessments", j, "commitment"]);
      });
    });
  }

  private checkEndorsements(plan: Plan, planPath: Path): void {
    const standing = new Map<string, Path>();
    eachValid(plan.endorsements, (endorsement, j) => {
      const at: Path = [...planPath, "endorsements", j];
      if (endorsement.person !== undefined) this.refer(this.persons, endorsement.person, [...at, "person"]);
      if (!this.refer(this.organizations, endorsement.organization, [...at, "organization"])) return;
      if (this.organizations.valid.get(endorsement.organization)?.kind === "government")
        this.problems.add(
          [...at, "organization"],
          `'${endorsement.organization}' is a government body: endorsements come from non-government organizations`,
          "PLAN-5",
        );
      if (endorsement.withdrawnAt === undefined)
        this.firstSeen(standing, endorsement.organization, at, "standing endorsement by");
    });
  }

  private checkMeeting(meeting: Meeting, at: Path, owner: PlanOwner | undefined): void {
    if (owner?.kind === "coalition") {
      if (meeting.member === undefined)
        this.problems.add(
          [...at, "member"],
          "required for meetings of a coalition plan: the member that held it",
        );
      else if (
        this.refer(this.members, meeting.member, [...at, "member"]) &&
        !owner.memberSlugs.has(meeting.member)
      )
        this.problems.add([...at, "member"], `'${meeting.member}' is not a member of this coalition`);
    } else if (meeting.member !== undefined) {
      this.problems.add([...at, "member"], "only allowed for meetings of a coalition plan");
    }
    if (meeting.recordedBy !== undefined) this.refer(this.persons, meeting.recordedBy, [...at, "recordedBy"]);
    this.checkEvidence(meeting.evidence, at);
  }

  private checkCommitment(commitment: Commitment, at: Path, owner: PlanOwner): void {
    this.checkCommitmentCode(commitment.code, [...at, "code"], owner);
    if (owner.kind === "member") {
      if (commitment.owners.length > 0)
        this.problems.add([...at, "owners"], "only allowed for commitments of a coalition plan");
    } else {
      this.unique(commitment.owners, (slug) => slug, [...at, "owners"], undefined, "owner");
      eachValid(commitment.owners, (slug, j) => {
        if (this.refer(this.members, slug, [...at, "owners", j]) && !owner.memberSlugs.has(slug))
          this.problems.add([...at, "owners", j], `'${slug}' is not a member of this coalition`);
      });
    }
    this.unique(commitment.policyAreas, (code) => code, [...at, "policyAreas"], undefined, "policy area");
    this.unique(commitment.sectors, (code) => code, [...at, "sectors"], undefined, "sector");
    this.unique(commitment.ogpValues, (code) => code, [...at, "ogpValues"], undefined, "OGP value");

    this.unique(
      commitment.milestones,
      (m) => m.position,
      [...at, "milestones"],
      "position",
      "milestone position",
    );
    const milestones = indexByKey(
      commitment.milestones,
      (m) => m.position,
      "position",
      "milestone position",
      [...at, "milestones"],
    );
    eachValid(commitment.milestones, (milestone, j) =>
      this.checkEvidence(milestone.evidence, [...at, "milestones", j]),
    );

    eachValid(commitment.modifications, (modification, j) => {
      const modificationPath: Path = [...at, "modifications", j];
      if (modification.proposedBy !== undefined)
        this.refer(this.persons, modification.proposedBy, [...modificationPath, "proposedBy"]);
      this.unique(
        modification.approvals,
        (a) => a.person,
        [...modificationPath, "approvals"],
        "person",
        "approval",
      );
      eachValid(modification.approvals, (approval, k) => {
        const approvalPath: Path = [...modificationPath, "approvals", k];
        this.refer(this.persons, approval.person, [...approvalPath, "person"]);
        if (approval.organization !== undefined)
          this.refer(this.organizations, approval.organization, [...approvalPath, "organization"]);
      });
    });

    eachValid(commitment.updates, (update, j) => {
      const updatePath: Path = [...at, "updates", j];
      if (update.author !== undefined) this.refer(this.persons, update.author, [...updatePath, "author"]);
      if (update.milestone !== undefined)
        this.refer(milestones, String(update.milestone), [...updatePath, "milestone"]);
      this.unique(
        update.milestoneChanges,
        (c) => c.milestone,
        [...updatePath, "milestoneChanges"],
        "milestone",
        "milestone change",
      );
      eachValid(update.milestoneChanges, (change, k) =>
        this.refer(milestones, String(change.milestone), [...updatePath, "milestoneChanges", k, "milestone"]),
      );
      this.unique(update.challenges, (c) => c.code, [...updatePath, "challenges"], "code", "challenge");
      this.checkEvidence(update.evidence, updatePath);
    });
    this.checkEvidence(commitment.evidence, at);
  }

  private checkCommitmentCode(code: string, at: Path, owner: PlanOwner): void {
    if (this.firstSeen(this.commitmentCodes, code, at, "commitment code")) {
      const prefixes = owner.kind === "member" ? [owner.memberCode] : owner.memberCodes;
      // A coalition whose members all failed to resolve has no codes to compare with; that is reported already.
      if (prefixes.length === 0) return;
      if (prefixes.some((prefix) => code.startsWith(prefix) && /^\d{4}$/.test(code.slice(prefix.length))))
        return;
      this.problems.add(
        at,
        owner.kind === "member"
          ? `must be the member code '${owner.memberCode}' followed by four digits`
          : `must be the code of one of the coalition's members (${prefixes.join(", ")}) followed by four digits`,
      );
    }
  }

  private checkEvidence(evidence: readonly (Evidence | InvalidEntry)[], ownerPath: Path): void {
    eachValid(evidence, (item, j) => {
      if (item.addedBy !== undefined)
        this.refer(this.persons, item.addedBy, [...ownerPath, "evidence", j, "addedBy"]);
    });
  }

  /** Reports a reference to an undeclared key; true when the key is declared. */
  private refer<T>(index: KeyIndex<T>, key: string, at: Path): boolean {
    if (index.declared.has(key)) return true;
    this.problems.add(at, `unknown ${index.what} '${key}': no such entry in ${jsonPath(index.listPath)}`);
    return false;
  }

  /** Reports every entry whose key repeats an earlier entry's, at the key field (or the entry itself). */
  private unique<T>(
    list: readonly (T | InvalidEntry)[],
    keyOf: (item: T) => string | number,
    listPath: Path,
    keyField: string | undefined,
    what: string,
  ): void {
    const seen = new Map<string, Path>();
    eachValid(list, (item, index) => {
      const at: Path = keyField === undefined ? [...listPath, index] : [...listPath, index, keyField];
      this.firstSeen(seen, String(keyOf(item)), at, what);
    });
  }

  /** Records where a key was first seen; reports and returns false when it was seen before. */
  private firstSeen(seen: Map<string, Path>, key: string, at: Path, what: string): boolean {
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, at);
      return true;
    }
    this.problems.add(at, `duplicate ${what} '${key}' (first at ${jsonPath(first)})`);
    return false;
  }
}
