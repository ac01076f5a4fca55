/** Texts of commitment completion and of the monitoring body's assessments (`complete`, `assessment submit`). */
export const lifecycleCommitments = {
  "cmd.complete.summary":
    "mark a commitment completed: its quarterly updates stop, its end-of-commitment assessment falls due",
  "cmd.complete.usage": "Type /ogp complete COMMITMENT, for example /ogp complete sprfd0001.",
  "cmd.complete.not_allowed":
    "Only the point of contact of {member}, or an official they allowed, marks its commitments completed (handbook §1).",
  "cmd.complete.already_completed":
    "{code} was already completed on {date}; nothing changed. Its end-of-commitment assessment follows (rule DUE-ASSESS-END, §3.5.2).",
  "cmd.complete.already_completed_undated":
    "{code} is already completed; nothing changed. Its end-of-commitment assessment follows (rule DUE-ASSESS-END, §3.5.2).",
  "cmd.complete.withdrawn":
    "{code} was withdrawn through an approved modification (rule MOD-2, §3.2.1.3): a withdrawn commitment cannot be completed.",
  "cmd.complete.not_in_implementation":
    "{code} has the status {status} and its plan the status {plan}: a commitment is completed while it is active in a plan in implementation (rules DUE-UPDATE and DUE-ASSESS-END, §3.5).",
  "cmd.complete.not_started":
    "Rule COMMIT-1 (§3.2.1.2): {code} starts on {start}; it can be completed once it has started.",
  "cmd.complete.done": "{code} · {title} is marked completed on {date}.",
  "cmd.complete.shared": "Announced in {count} channel(s) following this member.",
  "cmd.complete.not_shared":
    "No channel follows {member}'s updates yet: the point of contact or the Support Unit can type /ogp subscribe updates MEMBER in one.",
  "cmd.complete.button": "Mark complete",
  "cmd.complete.ready": "{code} · {title} reports 100 % completion: mark it completed once the work is done.",
  "cmd.complete.post.summary": "{code} is completed ({members})",
  "cmd.complete.post.heading": "{members}: {code} · {title} — completed",
  "cmd.complete.post.completed_on": "Completed on",
  "cmd.complete.post.marked_by": "Marked by",
  "cmd.complete.post.next_assessment":
    "No more quarterly updates are due on it (rule DUE-UPDATE). The monitoring body's end-of-commitment assessment is due by {date} (rule DUE-ASSESS-END, §3.5.2).",
  "cmd.complete.post.no_more_updates": "No more quarterly updates are due on it (rule DUE-UPDATE, §3.5).",
  "cmd.assessment.summary":
    "submit an assessment report of the action plan or of a commitment (monitoring body; a form)",
  "cmd.assessment.usage": "Type /ogp assessment submit or /ogp assessment submit MEMBER.",
  "cmd.assessment.no_rights":
    "Only the monitoring body of a member, or the Support Unit, submits its assessments (handbook §2.3, §3.5).",
  "cmd.assessment.not_allowed":
    "Only the monitoring body of {owner}, or the Support Unit, submits the assessments of its action plan (handbook §2.3, §3.5).",
  "cmd.assessment.no_plan":
    "{member} has no submitted action plan yet: assessments follow a plan's submission (rule DUE-ASSESS-INITIAL, §3.5.1).",
  "cmd.assessment.already_submitted_plan":
    "The report “{kind}” of the action plan “{plan}” was already submitted on {date} (rule {rule}, {section}); nothing changed.",
  "cmd.assessment.already_submitted_commitment":
    "The report “{kind}” of {code} was already submitted on {date} (rule {rule}, {section}); nothing changed.",
  "cmd.assessment.form_title": "Submit an assessment",
  "cmd.assessment.submit": "Submit",
  "cmd.assessment.field.kind": "Assessment",
  "cmd.assessment.field.commitment": "Commitment assessed",
  "cmd.assessment.field.report_url": "Link to the report",
  "cmd.assessment.field.submitted_on": "Submitted on",
  "cmd.assessment.field.due_on": "Due on",
  "cmd.assessment.hint.plan": "Of the action plan “{plan}” ({owner}).",
  "cmd.assessment.hint.commitment": "Only for an end-of-commitment assessment.",
  "cmd.assessment.kind.initial": "Initial assessment",
  "cmd.assessment.kind.end_of_commitment": "End-of-commitment assessment",
  "cmd.assessment.kind.final_learning": "Final learning report",
  "cmd.assessment.subject_plan": "“{plan}”",
  "cmd.assessment.error.commitment_needed":
    "Choose the commitment this end-of-commitment assessment is about (rule DUE-ASSESS-END, §3.5.2).",
  "cmd.assessment.error.commitment_not_taken":
    "Only an end-of-commitment assessment is about one commitment: leave this empty.",
  "cmd.assessment.error.no_commitments": "This plan has no active or completed commitment to assess.",
  "cmd.assessment.error.report_url": "Give the report's web link, starting with http:// or https://.",
  "cmd.assessment.error.future":
    "An assessment is recorded once it is submitted: the date cannot be in the future.",
  "cmd.assessment.error.before_plan": "The plan was submitted on {date}: its assessments come after.",
  "cmd.assessment.recorded": "{kind} of {subject} recorded, submitted on {date}.",
  "cmd.assessment.cleared": "Rule {rule} ({section}): the item due on {date} is done.",
  "cmd.assessment.listed": "The report is listed on the public page of {owner}.",
  "cmd.assessment.report": "Read the report",
  "cmd.assessment.button": "Submit an assessment",
};
