import type { MemberStatus } from "../vocabularies.js";

/**
 * The demo dossier (demo/demo-dossier.json) tells its story as of this day: evaluated then under the
 * handbook's rules, each member has the status below (docs/import-format.md, "Demo data").
 */
export const DEMO_REFERENCE_DATE = "2026-11-15";

export interface DemoMemberStatus {
  readonly status: MemberStatus;
  /** The day the member entered the status. */
  readonly since: string;
  /** The rule that moved it there; null for a member active since it joined. */
  readonly ruleId: string | null;
}

/**
 * Stored in the demo as each member's recorded status and status history; the rules engine must
 * reach the same from the facts alone.
 */
export const DEMO_INTENDED_STATUSES = {
  // The coalition Lomas–Encinar: progress updates on a joint commitment in every quarter.
  "san-telmo-de-las-lomas": { status: "active", since: "2024-10-15", ruleId: null },
  "villa-encinar": { status: "active", since: "2024-10-15", ruleId: null },
  // No update in Q2 and Q3 2026, two monitored quarters: inactive from 2026-10-01, not 6 months yet.
  "kowhai-coast": { status: "inactive", since: "2026-10-01", ruleId: "INACT-4" },
  // No update in Q4 2025 and Q1 2026: inactive 2026-04-01, six months later on probation.
  "santa-clara-de-los-pinos": { status: "probation", since: "2026-10-01", ruleId: "PROB-1" },
  // Voluntary inactivity granted from 2026-03-01, open-ended: political transition.
  "val-de-brume": { status: "voluntarily_inactive", since: "2026-03-01", ruleId: "VOL-1" },
} as const satisfies Readonly<Record<string, DemoMemberStatus>>;
