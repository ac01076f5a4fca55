import type { PersonWithRoles } from "../db/repositories/people.js";
import type { ArgumentKind, CommandName } from "../messages/invocation.js";
import { isSupportUnit } from "../services/permissions.js";

export interface ArgumentDefinition {
  name: string;
  kind: ArgumentKind;
  required: boolean;
}

/**
 * One usage of a command. A command may have several (`endorse PLAN`, `endorse withdraw PLAN`):
 * `variant` is the fixed word that selects it. Help, Discord's command registration and argument
 * suggestions are all built from this list.
 */
export interface CommandUsage {
  command: CommandName;
  variant?: string;
  usage: string;
  summaryKey: string;
  args: ArgumentDefinition[];
  /** Who sees it in `help`; the handler still decides, per subject, on the person's roles. */
  audience: (person: PersonWithRoles | null) => boolean;
}

const anyone = () => true;
const linked = (person: PersonWithRoles | null) => person !== null;
const hasRole =
  (...roles: string[]) =>
  (person: PersonWithRoles | null) =>
    person?.roles.some((grant) => roles.includes(grant.role)) ?? false;
const postsUpdates = (person: PersonWithRoles | null) =>
  person?.roles.some(
    (grant) =>
      grant.role === "point_of_contact" || (grant.role === "government_official" && grant.canPostUpdates),
  ) ?? false;
/** Handbook §2.4: a member's point of contact or civil society, or the Support Unit, acts on circles. */
const speaksForMembers = (person: PersonWithRoles | null) =>
  person !== null && (isSupportUnit(person) || hasRole("point_of_contact", "civil_society")(person));
const routesAlerts = (person: PersonWithRoles | null) =>
  person !== null && (isSupportUnit(person) || hasRole("point_of_contact", "national_coordinator")(person));

export const COMMAND_USAGES: CommandUsage[] = [
  { command: "help", usage: "help", summaryKey: "cmd.help.summary", args: [], audience: anyone },
  {
    command: "link",
    usage: "link CODE",
    summaryKey: "cmd.link.summary",
    args: [{ name: "code", kind: "link_code", required: true }],
    audience: anyone,
  },
  {
    command: "status",
    usage: "status [MEMBER]",
    summaryKey: "cmd.status.summary",
    args: [{ name: "member", kind: "member", required: false }],
    audience: linked,
  },
  { command: "due", usage: "due", summaryKey: "cmd.due.summary", args: [], audience: linked },
  {
    command: "update",
    usage: "update [COMMITMENT]",
    summaryKey: "cmd.update.summary",
    args: [{ name: "commitment", kind: "commitment", required: false }],
    audience: postsUpdates,
  },
  {
    command: "update",
    variant: "edit",
    usage: "update edit [UPDATE]",
    summaryKey: "cmd.update_edit.summary",
    args: [{ name: "update", kind: "progress_update", required: false }],
    audience: postsUpdates,
  },
  {
    command: "endorse",
    usage: "endorse PLAN",
    summaryKey: "cmd.endorse.summary",
    args: [{ name: "plan", kind: "plan", required: true }],
    audience: hasRole("civil_society"),
  },
  {
    command: "endorse",
    variant: "withdraw",
    usage: "endorse withdraw PLAN",
    summaryKey: "cmd.endorse_withdraw.summary",
    args: [{ name: "plan", kind: "plan", required: true }],
    audience: hasRole("civil_society"),
  },
  {
    command: "modify",
    usage: "modify COMMITMENT",
    summaryKey: "cmd.modify.summary",
    args: [{ name: "commitment", kind: "commitment", required: true }],
    audience: hasRole("point_of_contact"),
  },
  {
    command: "approve",
    usage: "approve MODIFICATION",
    summaryKey: "cmd.approve.summary",
    args: [{ name: "modification", kind: "modification", required: true }],
    audience: hasRole("civil_society"),
  },
  {
    command: "reject",
    usage: "reject MODIFICATION",
    summaryKey: "cmd.reject.summary",
    args: [{ name: "modification", kind: "modification", required: true }],
    audience: hasRole("civil_society"),
  },
  {
    command: "meeting",
    usage: "meeting [MEMBER]",
    summaryKey: "cmd.meeting.summary",
    args: [{ name: "member", kind: "member", required: false }],
    audience: postsUpdates,
  },
  {
    command: "evidence",
    usage: "evidence SUBJECT URL [KIND] [TITLE]",
    summaryKey: "cmd.evidence.summary",
    args: [
      { name: "subject", kind: "evidence_subject", required: true },
      { name: "url", kind: "url", required: true },
      { name: "kind", kind: "evidence_kind", required: false },
      { name: "title", kind: "text", required: false },
    ],
    audience: postsUpdates,
  },
  {
    command: "subscribe",
    usage: "subscribe [KIND] [SUBJECT] [RULES]",
    summaryKey: "cmd.subscribe.summary",
    args: [
      { name: "kind", kind: "subscription_kind", required: false },
      { name: "subject", kind: "subscription_subject", required: false },
      // Support Unit alerts only: the rule IDs the channel takes, comma-separated.
      { name: "rules", kind: "text", required: false },
    ],
    audience: routesAlerts,
  },
  {
    command: "unsubscribe",
    usage: "unsubscribe KIND [SUBJECT]",
    summaryKey: "cmd.unsubscribe.summary",
    args: [
      { name: "kind", kind: "subscription_kind", required: true },
      { name: "subject", kind: "subscription_subject", required: false },
    ],
    audience: routesAlerts,
  },
  {
    command: "snooze",
    usage: "snooze ALERT",
    summaryKey: "cmd.snooze.summary",
    args: [{ name: "alert", kind: "text", required: true }],
    audience: linked,
  },
  {
    command: "revoke",
    variant: "confirm",
    usage: "revoke confirm MEMBER [REASON]",
    summaryKey: "cmd.revoke.summary",
    args: [
      { name: "member", kind: "member", required: true },
      { name: "reason", kind: "text", required: false },
    ],
    audience: (person) => person !== null && isSupportUnit(person),
  },
  {
    command: "letter",
    variant: "sent",
    usage: "letter sent MEMBER [DATE]",
    summaryKey: "cmd.letter.summary",
    args: [
      { name: "member", kind: "member", required: true },
      { name: "date", kind: "text", required: false },
    ],
    audience: (person) => person !== null && isSupportUnit(person),
  },
  {
    command: "grant",
    variant: "voluntary-inactivity",
    usage: "grant voluntary-inactivity MEMBER FROM [TO] REASON",
    summaryKey: "cmd.grant_vol.summary",
    args: [
      { name: "member", kind: "member", required: true },
      { name: "from", kind: "text", required: true },
      { name: "to", kind: "text", required: false },
      { name: "reason", kind: "text", required: true },
    ],
    audience: (person) => person !== null && isSupportUnit(person),
  },
  {
    command: "grant",
    variant: "extension",
    usage: "grant extension MEMBER UNTIL REASON",
    summaryKey: "cmd.grant_extension.summary",
    args: [
      { name: "member", kind: "member", required: true },
      { name: "until", kind: "text", required: true },
      { name: "reason", kind: "text", required: true },
    ],
    audience: (person) => person !== null && isSupportUnit(person),
  },
  {
    command: "override",
    usage: "override MEMBER STATUS REASON",
    summaryKey: "cmd.override.summary",
    args: [
      { name: "member", kind: "member", required: true },
      { name: "status", kind: "member_status", required: true },
      { name: "reason", kind: "text", required: true },
    ],
    audience: (person) => person !== null && isSupportUnit(person),
  },
  {
    command: "register",
    variant: "organization",
    usage: "register organization KIND NAME",
    summaryKey: "cmd.register_organization.summary",
    args: [
      { name: "kind", kind: "organization_kind", required: true },
      { name: "name", kind: "text", required: true },
    ],
    audience: (person) => person !== null && isSupportUnit(person),
  },
  {
    command: "register",
    variant: "person",
    usage: "register person NAME EMAIL [LANGUAGE] [ORGANIZATION]",
    summaryKey: "cmd.register_person.summary",
    args: [
      { name: "name", kind: "text", required: true },
      { name: "email", kind: "text", required: true },
      { name: "language", kind: "language", required: false },
      { name: "organization", kind: "organization", required: false },
    ],
    audience: (person) => person !== null && isSupportUnit(person),
  },
  {
    command: "register",
    variant: "role",
    usage: "register role EMAIL ROLE [MEMBER|COUNTRY]",
    summaryKey: "cmd.register_role.summary",
    args: [
      { name: "email", kind: "text", required: true },
      { name: "role", kind: "role", required: true },
      { name: "scope", kind: "member", required: false },
    ],
    audience: (person) => person !== null && isSupportUnit(person),
  },
  {
    command: "comment",
    variant: "approve",
    usage: "comment approve COMMENT",
    summaryKey: "cmd.comment_approve.summary",
    args: [{ name: "comment", kind: "text", required: true }],
    audience: hasRole("point_of_contact", "support_unit"),
  },
  {
    command: "comment",
    variant: "reject",
    usage: "comment reject COMMENT",
    summaryKey: "cmd.comment_reject.summary",
    args: [{ name: "comment", kind: "text", required: true }],
    audience: hasRole("point_of_contact", "support_unit"),
  },
  {
    command: "complete",
    usage: "complete COMMITMENT",
    summaryKey: "cmd.complete.summary",
    args: [{ name: "commitment", kind: "commitment", required: true }],
    audience: postsUpdates,
  },
  {
    command: "assessment",
    variant: "submit",
    usage: "assessment submit [MEMBER]",
    summaryKey: "cmd.assessment.summary",
    args: [{ name: "member", kind: "member", required: false }],
    audience: (person) => person !== null && (isSupportUnit(person) || hasRole("monitoring_body")(person)),
  },
  {
    command: "plan",
    variant: "draft",
    usage: "plan draft [MEMBER]",
    summaryKey: "plans.cmd.draft.summary",
    args: [{ name: "member", kind: "member", required: false }],
    audience: hasRole("point_of_contact"),
  },
  {
    command: "plan",
    variant: "request-endorsement",
    usage: "plan request-endorsement [MEMBER]",
    summaryKey: "plans.cmd.request_endorsement.summary",
    args: [{ name: "member", kind: "member", required: false }],
    audience: hasRole("point_of_contact"),
  },
  {
    command: "plan",
    variant: "submit",
    usage: "plan submit [MEMBER]",
    summaryKey: "plans.cmd.submit.summary",
    args: [{ name: "member", kind: "member", required: false }],
    audience: hasRole("point_of_contact"),
  },
  {
    command: "commitment",
    variant: "add",
    usage: "commitment add [MEMBER]",
    summaryKey: "plans.cmd.commitment_add.summary",
    args: [{ name: "member", kind: "member", required: false }],
    audience: hasRole("point_of_contact"),
  },
  {
    command: "milestone",
    variant: "add",
    usage: "milestone add COMMITMENT",
    summaryKey: "plans.cmd.milestone_add.summary",
    args: [{ name: "commitment", kind: "commitment", required: true }],
    audience: hasRole("point_of_contact"),
  },
  {
    command: "circle",
    variant: "list",
    usage: "circle list",
    summaryKey: "cmd.circle_list.summary",
    args: [],
    audience: linked,
  },
  {
    command: "circle",
    variant: "create",
    usage: "circle create NAME THEME",
    summaryKey: "cmd.circle_create.summary",
    args: [
      { name: "circle_name", kind: "text", required: true },
      { name: "theme", kind: "policy_area", required: true },
    ],
    audience: (person) => person !== null && isSupportUnit(person),
  },
  {
    command: "circle",
    variant: "join",
    usage: "circle join CIRCLE [MEMBER]",
    summaryKey: "cmd.circle_join.summary",
    args: [
      { name: "circle", kind: "circle", required: true },
      { name: "member", kind: "member", required: false },
    ],
    audience: speaksForMembers,
  },
  {
    command: "circle",
    variant: "leave",
    usage: "circle leave CIRCLE [MEMBER]",
    summaryKey: "cmd.circle_leave.summary",
    args: [
      { name: "circle", kind: "circle", required: true },
      { name: "member", kind: "member", required: false },
    ],
    audience: speaksForMembers,
  },
  {
    command: "circle",
    variant: "link",
    usage: "circle link CIRCLE",
    summaryKey: "cmd.circle_link.summary",
    args: [{ name: "circle", kind: "circle", required: true }],
    audience: speaksForMembers,
  },
  {
    command: "circle",
    variant: "unlink",
    usage: "circle unlink CIRCLE",
    summaryKey: "cmd.circle_unlink.summary",
    args: [{ name: "circle", kind: "circle", required: true }],
    audience: speaksForMembers,
  },
  {
    command: "peers",
    usage: "peers [POLICY_AREA]",
    summaryKey: "cmd.peers.summary",
    args: [{ name: "policy_area", kind: "policy_area", required: false }],
    audience: linked,
  },
  { command: "apply", usage: "apply", summaryKey: "cmd.apply.summary", args: [], audience: anyone },
  {
    command: "application",
    variant: "accept",
    usage: "application accept APPLICATION [FIRST_PLAN_DUE]",
    summaryKey: "cmd.application_accept.summary",
    args: [
      { name: "application", kind: "text", required: true },
      { name: "first_plan_due", kind: "text", required: false },
    ],
    audience: (person) => person !== null && isSupportUnit(person),
  },
  {
    command: "application",
    variant: "reject",
    usage: "application reject APPLICATION [REASON]",
    summaryKey: "cmd.application_reject.summary",
    args: [
      { name: "application", kind: "text", required: true },
      { name: "reason", kind: "text", required: false },
    ],
    audience: (person) => person !== null && isSupportUnit(person),
  },
];

/** The closest command name to a mistyped one (edit distance ≤ 2), for "did you mean …?". */
export function closestCommand(typed: string): CommandName | null {
  let best: { name: CommandName; distance: number } | null = null;
  for (const { command } of COMMAND_USAGES) {
    const distance = editDistance(typed.toLowerCase(), command);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: command, distance };
  }
  return best?.name ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
