/**
 * Texts of the rules engine (src/domain/rules): status reasons and transitions, due items,
 * reminders, Support Unit letters and validation messages. Each names its rule and handbook section.
 */
export const rules = {
  "rules.reason.inact1": "Rule INACT-1 (§4.1.1): the first action plan was not submitted by {dueOn}.",
  "rules.reason.inact2":
    "Rule INACT-2 (§4.1.2): no new action plan was submitted by {dueOn}, {months} months after the previous plan ended on {planEnd}.",
  "rules.reason.inact3":
    "Rule INACT-3 (§4.1.3): the updates of {from} to {to} show no progress on any commitment.",
  "rules.reason.inact4": "Rule INACT-4 (§4.1.4): no progress update was posted from {from} to {to}.",
  "rules.reason.vol1": "Rule VOL-1 (§4.1): voluntarily inactive from {from} to {until}: {reason}",
  "rules.reason.vol1.open":
    "Rule VOL-1 (§4.1): voluntarily inactive from {from} until further notice: {reason}",
  "rules.reason.prob1": "Rule PROB-1 (§4.2): inactive for {months} consecutive months since {inactiveSince}.",
  "rules.reason.prob2.forum":
    "Rule PROB-2 (§4.2): no participation space (Forum) was recorded when the plan was submitted on {submittedOn}.",
  "rules.reason.prob2.co_creation_meeting":
    "Rule PROB-2 (§4.2): no co-creation meeting was held before the plan was submitted on {submittedOn}.",
  "rules.reason.prob2.multi_stakeholder":
    "Rule PROB-2 (§4.2): no meeting with both government and non-government participants was held before the plan was submitted on {submittedOn}.",
  "rules.reason.prob2.endorsement":
    "Rule PROB-2 (§4.2): the plan submitted on {submittedOn} was not endorsed by any non-government organization.",
  "rules.reason.prob2.implementation_meetings":
    "Rule PROB-2 (§4.2): {held} implementation meeting(s) from {from} to {to}; at least {required} are required.",
  "rules.reason.revoke1_due":
    "Rule REVOKE-1 (§4.2): still on probation since {probationSince}; revocation fell due on {dueOn} and awaits the Support Unit's confirmation.",
  "rules.reason.revoked":
    "Rule REVOKE-1 (§4.2): revocation confirmed by the Support Unit on {effectiveOn}: {reason}",
  "rules.reason.override": "Support Unit decision (§4.2): status set to {status} on {effectiveOn}: {reason}",
  "rules.transition.joined": "Joined OGP Local on {on}.",
  "rules.transition.react1":
    "Rule REACT-1 (§4.1): active again on {on}: co-creation began or progress was recorded.",
  "rules.transition.extension":
    "Rule INACT-1 (§4.1.1): the Support Unit extended the first-plan deadline to {dueOn}.",
  "rules.transition.prob3": "Rule PROB-3 (§4.2): every unmet requirement was met on {on}; active again.",
  "rules.transition.vol1_ended": "Rule VOL-1 (§4.1): voluntary inactivity ended on {on}.",
  "rules.due.update": "Post the {quarter} progress update for commitment {commitment} by {dueOn}.",
  "rules.due.update.overdue": "The {quarter} progress update for commitment {commitment} was due on {dueOn}.",
  "rules.due.progress":
    "Show progress on at least one commitment by {dueOn}: the updates so far show none in {quarter} nor in the previous quarter (risk of INACT-3).",
  "rules.due.plan_new": "Submit the first action plan by {dueOn}.",
  "rules.due.plan_new.overdue": "The first action plan was due on {dueOn}.",
  "rules.due.plan_next": "Submit the next action plan by {dueOn} (the current plan ends on {planEnd}).",
  "rules.due.plan_next.overdue":
    "The next action plan was due on {dueOn} (the previous plan ended on {planEnd}).",
  "rules.due.assess_initial": "Submit the initial assessment of the action plan by {dueOn}.",
  "rules.due.assess_initial.overdue": "The initial assessment of the action plan was due on {dueOn}.",
  "rules.due.assess_end": "Submit the end-of-commitment assessment of {commitment} by {dueOn}.",
  "rules.due.assess_end.overdue": "The end-of-commitment assessment of {commitment} was due on {dueOn}.",
  "rules.due.assess_final": "Submit the final learning report by {dueOn}.",
  "rules.due.assess_final.overdue": "The final learning report was due on {dueOn}.",
  "rules.due.milestone": "Complete the milestone of commitment {commitment} planned for {month} by {dueOn}.",
  "rules.due.milestone.overdue":
    "The milestone of commitment {commitment} planned for {month} was due on {dueOn}.",
  "rules.due.meetings":
    "Hold at least {required} implementation meetings by {dueOn}; {held} recorded so far in this 12-month period.",
  "rules.due.mod_window": "Modifications to commitment {commitment} can be proposed until {dueOn}.",
  "rules.due.probation": "Meet every unmet requirement before {dueOn}, when revocation falls due.",
  "rules.alert.inact4_risk":
    "No progress update was posted last quarter and none yet in {quarter}: post one by {dueOn} to avoid inactivity (INACT-4).",
  "rules.alert.revoke1_due":
    "Rule REVOKE-1 (§4.2): {member} has been on probation since {probationSince}; revocation fell due on {dueOn}. Confirm or override it.",
  "rules.letter.inactive":
    "Draft letter to {member}: under the OGP Local handbook (§4.1, rule {rule}), your membership is inactive since {since}.",
  "rules.letter.probation":
    "Draft letter to {member}: under the OGP Local handbook (§4.2, rule {rule}), your membership is on probation since {since}.",
  "rules.letter.revoked":
    "Draft letter to {member}: under the OGP Local handbook (§4.2, rule {rule}), your membership is revoked since {since}.",
  "rules.violation.invalid_date": "Rule {rule}: {field} must be a calendar date written YYYY-MM-DD.",
  "rules.violation.invalid_month": "Rule {rule}: {field} must be a month written YYYY-MM.",
  "rules.violation.period_order": "Rule {rule}: the end date must come after the start date.",
  "rules.violation.plan1":
    "Rule PLAN-1 (§3.2): the plan must end by {latestEnd}, {months} months before the mandate ends on {mandateEnd}.",
  "rules.violation.plan2.too_short":
    "Rule PLAN-2 (§3.2): without elections, a plan lasts at least {years} year(s); it must end on or after {earliestEnd}.",
  "rules.violation.plan2.too_long":
    "Rule PLAN-2 (§3.2): without elections, a plan lasts at most {years} years; it must end by {latestEnd}.",
  "rules.violation.plan3":
    "Rule PLAN-3 (§3.2, §3.4): at most {cap} open commitments at a time; this would make {count}.",
  "rules.violation.plan4.size": "Rule PLAN-4 (§3.4): a coalition has {min} to {max} members, not {count}.",
  "rules.violation.plan4.country":
    "Rule PLAN-4 (§3.4): coalition members must all be of one country, not {countries}.",
  "rules.violation.plan4.point_of_contact":
    "Rule PLAN-4 (§3.4): a coalition has one point of contact, not {count}.",
  "rules.violation.plan4.monitoring_body":
    "Rule PLAN-4 (§3.4): a coalition has one monitoring body, not {count}.",
  "rules.violation.plan4.plan_end":
    "Rule PLAN-4 (§3.4): the coalition's plan must end by {latestEnd}, {months} months before the longest mandate ends on {mandateEnd}.",
  "rules.violation.plan4.commitment_end":
    "Rule PLAN-4 (§3.4): commitment {commitment} of {member} must end by {latestEnd}, {months} months before that member's mandate ends on {mandateEnd}.",
  "rules.violation.plan5":
    "Rule PLAN-5 (§3.3.1): the plan needs at least {required} endorsement(s) by non-government organizations before it is submitted.",
  "rules.violation.plan6.language": "Rule PLAN-6 (§3.2): plans are submitted in English, not in {language}.",
  "rules.violation.plan6.english_text": "Rule PLAN-6 (§3.2): the English text of {field} is required.",
  "rules.violation.commit1.too_short":
    "Rule COMMIT-1 (§3.2.1.2): a commitment lasts at least {years} year(s); it must end on or after {earliestEnd}.",
  "rules.violation.commit1.after_plan":
    "Rule COMMIT-1 (§3.2.1.2): a commitment must end by the end of its plan, {planEnd}.",
  "rules.violation.commit2.required": "Rule COMMIT-2 (Annex 2): {field} is required.",
  "rules.violation.commit2.count":
    "Rule COMMIT-2 (Annex 2): choose {min} to {max} codes for {field}, not {count}.",
  "rules.violation.commit2.unknown_code": "Rule COMMIT-2 (Annex 2): {code} is not a code of {field}.",
  "rules.violation.commit2.milestones":
    "Rule COMMIT-2 (Annex 2): a commitment has at least {min} milestone(s).",
  "rules.violation.commit3.starts_before":
    "Rule COMMIT-3 (§3.2): a commitment added on {addedOn} cannot start before that day.",
  "rules.violation.commit3.no_time":
    "Rule COMMIT-3 (§3.2): from {addedOn} the plan (ending {planEnd}) has less than the {years} year(s) a commitment needs.",
  "rules.violation.milestone1.order":
    "Rule MILESTONE-1: the end month {endMonth} is before the start month {startMonth}.",
  "rules.violation.milestone1.outside":
    "Rule MILESTONE-1: milestone months must lie within the commitment, {from} to {to}.",
  "rules.violation.mod1":
    "Rule MOD-1 (§3.2.1.3): modifications may be proposed until {closesOn}, {months} months after the commitment was submitted.",
  "rules.violation.mod2.no_approval":
    "Rule MOD-2 (§3.2.1.3): a modification takes effect only once a civil-society stakeholder of the member approves it.",
  "rules.violation.mod2.rejected":
    "Rule MOD-2 (§3.2.1.3): a civil-society stakeholder of the member rejected this modification.",
  "rules.violation.apply1":
    "Rule APPLY-1 (§1.1): at least {months} months must remain in the mandate, until {neededUntil}; it ends on {mandateEnd}.",
  "rules.violation.apply2.missing": "Rule APPLY-2 (§1.2): the letter of support is required.",
  "rules.violation.apply2.pages":
    "Rule APPLY-2 (§1.2): the letter of support has 1 to {max} pages, not {pages}.",
  "rules.violation.apply2.language": "Rule APPLY-2 (§1.2): the letter of support is written in English.",
  "rules.violation.apply2.head_of_government":
    "Rule APPLY-2 (§1.2): the letter of support is signed by the head of government or a delegated senior official.",
  "rules.violation.apply2.non_government":
    "Rule APPLY-2 (§1.2): the letter of support is signed by at least {min} non-government stakeholder(s).",
};
