import { describeDecisionOutcome } from "../../commands/handlers/decision-outcome.js";
import type { StatusDecisionRequest } from "../../domain/rules/index.js";
import type { Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { describeReason } from "../../messages/rules-text.js";
import { recordStatusDecision, type StatusDecisionOutcome } from "../../services/record-status-decision.js";
import { supportUnitAtCli } from "../../services/support-unit-authority.js";
import { type CliCommand, type CliContext, type CliIo, EXIT_OK, UsageError } from "../command.js";
import { withDatabase } from "../database.js";
import { dateOption, languageOption } from "../options.js";
import { optionalText, reportingRefusals, requiredText } from "../service-errors.js";

/**
 * `decision voluntary-inactivity|extension|override`: the Support Unit's decisions of §4, through
 * the use case the chat commands `grant` and `override` run, audited with source `cli`.
 */

const SHARED_OPTIONS = {
  reason: { type: "string" },
  by: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
} as const;

const SHARED_DETAILS = [
  "  --reason   why (required); recorded with the decision and shown in the status history",
  "  --by       the email of the Support Unit person the decision is recorded as taken by",
  "             (default: the command line, named in the audit log)",
  "  --json     one JSON document: the decision, the status before and after, what was recorded",
  "  --lang     language of the printed messages (default en)",
  "",
  "The decision is checked with the handbook's rules first and refused, naming the rule, when they",
  "forbid it; nothing is written then. When it moves the status the rules give today, the member's",
  "status is recorded with its history row in the same transaction; a later change (a grant that",
  "starts next month) is recorded by the scheduler on its day.",
];

interface DecisionRun {
  values: Record<string, string | boolean | undefined>;
  member: string;
  label: string;
  request: StatusDecisionRequest;
}

function runDecision({ values, member, label, request }: DecisionRun, { env, io }: CliContext) {
  const language = languageOption(values.lang);
  return withDatabase(env, ({ db }) =>
    reportingRefusals(io, language, async () => {
      const authority = await supportUnitAtCli(db, label, optionalText(values.by));
      const outcome = await recordStatusDecision({ db, now: new Date() }, authority, member, request);
      if (values.json) io.out(JSON.stringify(decisionJson(outcome, language)));
      else printOutcome(io, outcome, language, authority.name ?? t(language, "decision.outcome.cli"));
      return EXIT_OK;
    }),
  );
}

function printOutcome(io: CliIo, outcome: StatusDecisionOutcome, language: Language, decider: string): void {
  const described = describeDecisionOutcome(outcome, language, decider);
  io.out(described.headline);
  io.out(described.status);
  for (const reason of described.reasons) io.out(`  ${reason}`);
  io.out(described.notes.join(" "));
}

function decisionJson(outcome: StatusDecisionOutcome, language: Language) {
  const { decision, before, after } = outcome;
  return {
    decision: {
      id: decision.id,
      kind: decision.kind,
      member: outcome.member.slug,
      startsOn: decision.startsOn,
      endsOn: decision.endsOn,
      status: decision.status,
      reason: decision.reason,
      decidedOn: decision.decidedOn,
      decidedBy: decision.decidedBy,
    },
    effectiveFrom: outcome.effectiveFrom,
    before: { status: before.status, since: before.since },
    after: {
      status: after.status,
      since: after.since,
      reasons: after.reasons.map((reason) => ({
        ruleId: reason.ruleId,
        section: reason.section,
        dueOn: reason.dueOn,
        message: describeReason(reason, language),
      })),
    },
    recorded: outcome.recorded,
    upcoming: outcome.upcoming,
  };
}

export const decisionVoluntaryInactivityCommand: CliCommand = {
  name: "decision voluntary-inactivity",
  summary: "Grant a member voluntary inactivity (rule VOL-1, §4.1), for a period or until further notice.",
  usage:
    "decision voluntary-inactivity MEMBER --from YYYY-MM-DD [--to YYYY-MM-DD] --reason TEXT [--by EMAIL] [--json] [--lang en|fr|es]",
  details: [
    "While granted, INACT-3/INACT-4 do not apply and the PROB-1 and REVOKE-1 clocks stop (§4.1, §4.2).",
    "MEMBER is the member's slug or code. Without --to the grant is open-ended (until further notice);",
    "a new grant may not overlap one already granted. A --from before today exempts the quarters",
    "still to be judged, but the status changes from today: a decision never rewrites past days.",
    "",
    "  --from     the first day of voluntary inactivity (member's calendar)",
    "  --to       the last day (optional)",
    ...SHARED_DETAILS,
    "",
    'Example: npm run cli -- decision voluntary-inactivity kowhai-coast --from 2026-12-01 --to 2027-05-31 --reason "Elections and transition"',
  ].join("\n"),
  options: { from: { type: "string" }, to: { type: "string" }, ...SHARED_OPTIONS },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, context) {
    const from = dateOption("from", values.from);
    if (from === undefined) throw new UsageError("--from YYYY-MM-DD is required.");
    return runDecision(
      {
        values,
        member: positionals[0]!,
        label: "cli decision voluntary-inactivity",
        request: {
          kind: "voluntary_inactivity",
          startsOn: from,
          endsOn: dateOption("to", values.to) ?? null,
          reason: requiredText("reason", values.reason),
        },
      },
      context,
    );
  },
};

export const decisionExtensionCommand: CliCommand = {
  name: "decision extension",
  summary: "Extend a new member's first-plan deadline (rule INACT-1, §4.1.1).",
  usage: "decision extension MEMBER --until YYYY-MM-DD --reason TEXT [--by EMAIL] [--json] [--lang en|fr|es]",
  details: [
    "Sets the deadline by which a new member must submit its first action plan (DUE-PLAN-NEW): later",
    "than the one in force and not before today. An extension granted after the deadline passed",
    "lifts the INACT-1 inactivity it caused. Refused for a member that has no first-plan deadline",
    "or has submitted its first plan.",
    "",
    "  --until    the new deadline (member's calendar)",
    ...SHARED_DETAILS,
    "",
    'Example: npm run cli -- decision extension rioverde --until 2027-03-31 --reason "New administration took office"',
  ].join("\n"),
  options: { until: { type: "string" }, ...SHARED_OPTIONS },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, context) {
    const until = dateOption("until", values.until);
    if (until === undefined) throw new UsageError("--until YYYY-MM-DD is required.");
    return runDecision(
      {
        values,
        member: positionals[0]!,
        label: "cli decision extension",
        request: {
          kind: "first_plan_extension",
          newDueOn: until,
          reason: requiredText("reason", values.reason),
        },
      },
      context,
    );
  },
};

export const decisionOverrideCommand: CliCommand = {
  name: "decision override",
  summary: "Set a member's status from today, overriding what the rules compute (§4.2).",
  usage:
    "decision override MEMBER --status active|inactive|voluntarily_inactive|probation|revoked --reason TEXT [--by EMAIL] [--json] [--lang en|fr|es]",
  details: [
    "The Support Unit may override any computed status with a reason (§4.2); the rules run on from",
    "that status (an override to inactive starts a new PROB-1 clock, to probation a new REVOKE-1",
    "clock; any override ends a voluntary inactivity in effect).",
    "",
    "  --status   the status to set",
    ...SHARED_DETAILS,
    "",
    'Example: npm run cli -- decision override kowhai-coast --status active --reason "Plan received by email on 2 December"',
  ].join("\n"),
  options: { status: { type: "string" }, ...SHARED_OPTIONS },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, context) {
    return runDecision(
      {
        values,
        member: positionals[0]!,
        label: "cli decision override",
        request: {
          kind: "status_override",
          status: requiredText("status", values.status, "STATUS"),
          reason: requiredText("reason", values.reason),
        },
      },
      context,
    );
  },
};
