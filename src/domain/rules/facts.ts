import { type IsoDate, type IsoMonth, toIsoDate } from "../time/civil.js";
import { isValidTimeZone, zoneCalendar } from "../time/zone.js";
import type {
  AssessmentKind,
  CommitmentStatus,
  DecisionKind,
  Language,
  MeetingPhase,
  MemberStatus,
  MilestoneStatus,
  ModificationDecision,
  PlanStatus,
} from "../vocabularies.js";

/** An instant, as epoch milliseconds. */
export type EpochMs = number;

/**
 * Everything the rules engine reads about one member: plain data, so a loader can build it
 * straight from SQL rows. Civil dates (`IsoDate`) are days in the member's time zone; instants
 * (`EpochMs`) are converted to the member's days by the engine. The engine reproduces history from
 * the dates, so every fact says when it happened or became known.
 */
export interface MemberFacts {
  readonly member: {
    readonly id: string;
    readonly slug: string;
    /** IANA zone; quarters and "today" are read in it. */
    readonly timeZone: string;
    /** End of the current administration's term; null for jurisdictions without elections. */
    readonly mandateEnd: IsoDate | null;
    readonly joinedOn: IsoDate;
    /** INACT-1 / DUE-PLAN-NEW: the first-plan deadline the Support Unit set; null for existing members. */
    readonly firstPlanDue: IsoDate | null;
    /** ISO 3166-1 alpha-2. */
    readonly country: string;
    readonly language: Language;
    /** Members in the member's coalition (2–4), or null when it is not in one (PLAN-3 cap). */
    readonly coalitionSize: number | null;
  };
  /** Plans owned by the member or by its coalition. */
  readonly plans: readonly PlanFact[];
  readonly endorsements: readonly EndorsementFact[];
  /** Commitments of those plans. */
  readonly commitments: readonly CommitmentFact[];
  readonly milestones: readonly MilestoneFact[];
  /** Best supplied in posting order (`ORDER BY posted_at`): the engine sorts them otherwise. */
  readonly updates: readonly ProgressUpdateFact[];
  /** Meetings of the member or its coalition. */
  readonly meetings: readonly MeetingFact[];
  readonly assessments: readonly AssessmentFact[];
  readonly modifications: readonly ModificationFact[];
  readonly decisions: readonly DecisionFact[];
}

export interface PlanFact {
  readonly id: string;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly submittedOn: IsoDate | null;
  /** The recorded life-cycle state; the engine reads history from the dates, not from this. */
  readonly status: PlanStatus;
  /** When the plan (or its draft) was first recorded: REACT-1 counts it as starting co-creation. */
  readonly recordedOn: IsoDate;
  /**
   * PROB-2 Forum: the day a participation space was first recorded for the plan (its earliest
   * `participation_space` evidence), or null. A date rather than a flag so that history and PROB-3
   * rectification can be dated.
   */
  readonly participationSpaceOn: IsoDate | null;
}

export interface EndorsementFact {
  readonly planId: string;
  readonly organizationId: string;
  /** The endorsing organization is not a government body (§2.2). */
  readonly nonGovernment: boolean;
  readonly endorsedAt: EpochMs;
  readonly withdrawnAt: EpochMs | null;
}

export interface CommitmentFact {
  readonly id: string;
  readonly planId: string;
  /** OGP-style identifier shown to people, e.g. `mxtdb0004`. */
  readonly code: string;
  readonly status: CommitmentStatus;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly submittedOn: IsoDate | null;
  readonly completedOn: IsoDate | null;
  /**
   * When it was withdrawn (`withdrawalDay`). A `withdrawn` commitment without a date is treated as
   * withdrawn from its submission on, since history cannot place the withdrawal.
   */
  readonly withdrawnOn: IsoDate | null;
  /** The member owns it alone or jointly; always true outside coalitions. Status rules count only these. */
  readonly ownedByMember: boolean;
}

export interface MilestoneFact {
  readonly id: string;
  readonly commitmentId: string;
  readonly startMonth: IsoMonth;
  readonly endMonth: IsoMonth;
  /** Current status; past statuses are read from the updates' status changes. */
  readonly status: MilestoneStatus;
}

export interface MilestoneStatusChange {
  readonly milestoneId: string;
  readonly from: MilestoneStatus;
  readonly to: MilestoneStatus;
}

/** No id: no rule names an update, and the loader saves ~1.4 KB per member without them. */
export interface ProgressUpdateFact {
  readonly commitmentId: string;
  readonly milestoneId: string | null;
  readonly postedAt: EpochMs;
  readonly completionPct: number | null;
  /** The explicit "no progress this quarter" update (INACT-3 counts it). */
  readonly noProgress: boolean;
  readonly milestoneChanges: readonly MilestoneStatusChange[];
}

export interface MeetingFact {
  readonly id: string;
  /** Null when not linked to a plan: it then counts for the plan whose life (recorded → end) covers it. */
  readonly planId: string | null;
  readonly heldOn: IsoDate;
  readonly phase: MeetingPhase;
  readonly governmentParticipants: number;
  readonly nonGovernmentParticipants: number;
}

export interface AssessmentFact {
  readonly id: string;
  readonly kind: AssessmentKind;
  readonly planId: string;
  /** For end-of-commitment assessments. */
  readonly commitmentId: string | null;
  /** A due date the Support Unit set; when null the engine computes it (spec §6). */
  readonly dueOn: IsoDate | null;
  readonly submittedOn: IsoDate | null;
}

/**
 * A withdrawn commitment's withdrawal day: the day, in the member's zone, the Support Unit's approval
 * of its deletion (MOD-2) was decided. Null without such a decision or with an unknown zone (the
 * engine reports the zone), so the commitment counts as withdrawn from its submission on.
 */
export function withdrawalDay(deletionDecidedAt: EpochMs | null, timeZone: string): IsoDate | null {
  if (deletionDecidedAt === null || !isValidTimeZone(timeZone)) return null;
  return toIsoDate(zoneCalendar(timeZone).dayOf(deletionDecidedAt));
}

export interface ModificationFact {
  readonly id: string;
  readonly commitmentId: string;
  readonly proposedOn: IsoDate;
  readonly decision: ModificationDecision;
}

interface DecisionBase<K extends DecisionKind> {
  readonly id: string;
  readonly kind: K;
  readonly reason: string;
  /** When the Support Unit recorded it: a decision never acts on days before it was taken. */
  readonly decidedOn: IsoDate;
}

/** VOL-1: voluntary inactivity over `startsOn … endsOn` (inclusive; null = until further notice). */
export interface VoluntaryInactivityDecision extends DecisionBase<"voluntary_inactivity"> {
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate | null;
}

/** INACT-1: a new first-plan deadline. */
export interface FirstPlanExtensionDecision extends DecisionBase<"first_plan_extension"> {
  readonly newDueOn: IsoDate;
}

/** §4.2: the Support Unit sets a status from `startsOn`; the rules run on from that state. */
export interface StatusOverrideDecision extends DecisionBase<"status_override"> {
  readonly status: MemberStatus;
  readonly startsOn: IsoDate;
}

/** REVOKE-1: the Support Unit confirms the revocation the engine found due. */
export interface RevocationConfirmedDecision extends DecisionBase<"revocation_confirmed"> {
  readonly effectiveOn: IsoDate;
}

export type DecisionFact =
  | VoluntaryInactivityDecision
  | FirstPlanExtensionDecision
  | StatusOverrideDecision
  | RevocationConfirmedDecision;
