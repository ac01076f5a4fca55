/**
 * Texts of writing an action plan from chat (§3.2–§3.3, Annex 1–2): `plan draft`, `commitment add`,
 * `milestone add`, `plan request-endorsement` and `plan submit`, and what they post.
 */
export const plans = {
  "plans.cmd.draft.summary":
    "draft your member's next action plan: period and vision (point of contact; §3.2)",
  "plans.cmd.submit.summary":
    "submit the plan once its commitments, milestones and endorsement are in (point of contact; PLAN-1…6)",
  "plans.cmd.request_endorsement.summary":
    "ask your member's civil society to endorse the plan (point of contact; PLAN-5)",
  "plans.cmd.commitment_add.summary":
    "add a commitment to the plan being written (point of contact; Annex 2, COMMIT-1/2, PLAN-3)",
  "plans.cmd.milestone_add.summary":
    "add a milestone to a commitment of the plan being written (point of contact; MILESTONE-1)",
  "plans.usage":
    "Type /ogp plan draft, /ogp plan request-endorsement or /ogp plan submit, optionally followed by the member's short name.",
  "plans.not_poc": "Only the point of contact of {member} writes and submits its action plan (§1, §3.2).",
  "plans.none_in_preparation":
    "{member} has no action plan in draft or co-creation. Start one with /ogp plan draft.",
  "plans.no_member": "You are point of contact of no member, so there is no plan to write (/ogp {usage}).",
  "plans.hint.english": "In English: plans are submitted in English (rule PLAN-6).",
  "plans.field.member": "Member",
  "plans.field.period": "Period",
  "plans.field.endorsed_by": "Endorsed by",
  "plans.field.commitments": "Commitments",
  "plans.field.dates": "Dates",
  "plans.button.draft": "Draft the next plan",
  "plans.button.add_commitment": "Add a commitment",
  "plans.button.add_milestone": "Add a milestone",
  "plans.button.submit": "Submit the plan",
  "plans.button.request_endorsement": "Ask civil society to endorse",
  "plans.draft.open_plan":
    "{member} already has the plan “{plan}” ({status}) running until {end}: a new plan is drafted once it ends (§3.2).",
  "plans.draft.form_title": "Draft an action plan",
  "plans.draft.submit": "Save the draft",
  "plans.draft.field.title": "Title of the plan",
  "plans.draft.field.period_start": "Start of the plan period",
  "plans.draft.field.period_end": "End of the plan period",
  "plans.draft.field.long_term_vision": "Long-term vision (Annex 1)",
  "plans.draft.field.participation_space": "Participation space (link or place)",
  "plans.draft.hint.participation_space":
    "Where people take part, online or in person: PROB-2 (Forum) asks for one by submission.",
  "plans.draft.hint.plan1": "At least 2 months before the mandate ends (rule PLAN-1).",
  "plans.draft.hint.plan2": "Without elections, a plan lasts 1 to 4 years (rule PLAN-2).",
  "plans.draft.hint.long_term_vision": "The open-government vision the plan serves, in a few sentences.",
  "plans.draft.recorded": "Plan {number} of {member}, “{plan}”, is recorded as a draft.",
  "plans.draft.next":
    "Next: add its commitments and their milestones, ask civil society to endorse it, then submit it with /ogp plan submit.",
  "plans.submit.no_commitments": "The plan has no commitment yet: add one with /ogp commitment add.",
  "plans.submit.refused": "“{plan}” cannot be submitted yet ({count} problem(s)):",
  "plans.submit.ask_endorsement":
    "Civil society of the member can endorse the plan from a direct message: ask them with the button below.",
  "plans.submit.shared": "Announced in {count} channel(s).",
  "plans.submit.not_shared": "No channel follows this member: the submission was not announced in chat.",
  "plans.submitted.summary": "{member} submitted the action plan “{plan}” on {date}.",
  "plans.submitted.rule":
    "Rule PLAN-5 (§3.3.1): the submission lists the non-government organizations that endorse the plan. Its commitments are now active.",
  "plans.endorsement_request.summary": "{member} asks you to endorse its action plan “{plan}”",
  "plans.endorsement_request.text":
    "{name}, point of contact of {member}, asks your organization to endorse this action plan before it is submitted.",
  "plans.endorsement_request.button": "Review and endorse",
  "plans.endorsement_request.rule":
    "Rule PLAN-5 (§3.3.1): a plan is submitted only with the endorsement of at least one non-government organization.",
  "plans.endorsement_request.no_civil_society":
    "{member} has no civil-society stakeholder registered to ask for an endorsement (rule PLAN-5). Ask the Support Unit to register one.",
  "plans.endorsement_request.sent": "“{plan}”: {count} civil-society stakeholder(s) asked to endorse it now.",
  "plans.endorsement_request.asked": "Asked by direct message: {names}.",
  "plans.endorsement_request.already_asked": "Asked before: {names}.",
  "plans.endorsement_request.unreachable": "Not linked to a chat account, to be asked another way: {names}.",
  "plans.endorsement_request.next":
    "The plan is now {status}. Once an organization endorses it, submit it with /ogp plan submit.",
  "plans.commitment.usage": "Type /ogp commitment add, optionally followed by the member's short name.",
  "plans.commitment.form_title": "Add a commitment",
  "plans.commitment.submit": "Add the commitment",
  "plans.commitment.step.problem": "Problem and action",
  "plans.commitment.step.classification": "Classification and resources",
  "plans.commitment.field.title": "Title",
  "plans.commitment.field.short_title": "Short title",
  "plans.commitment.field.start_date": "Start date",
  "plans.commitment.field.end_date": "End date",
  "plans.commitment.field.lead_agency": "Lead implementing agency (office)",
  "plans.commitment.field.problem": "Problem it addresses",
  "plans.commitment.field.action": "What the commitment does",
  "plans.commitment.field.expected_results": "Expected results",
  "plans.commitment.field.national_alignment": "National plan commitment it aligns with",
  "plans.commitment.field.policy_areas": "Policy areas",
  "plans.commitment.field.sectors": "Primary sectors",
  "plans.commitment.field.ogp_values": "OGP values",
  "plans.commitment.field.resources_secured": "Resources secured",
  "plans.commitment.hint.commit1": "At least one year, ending by the plan's end, {end} (rule COMMIT-1).",
  "plans.commitment.hint.national_alignment": "Optional: the national commitment or priority area (§7).",
  "plans.commitment.hint.one_or_two": "Choose 1 or 2 (rule COMMIT-2).",
  "plans.commitment.hint.at_least_one": "Choose at least one (rule COMMIT-2).",
  "plans.resources_secured.yes": "Yes",
  "plans.resources_secured.no": "No",
  "plans.resources_secured.partially": "Partially",
  "plans.commitment.added": "Commitment {code}, “{title}”, is added to “{plan}”.",
  "plans.commitment.next":
    "Rule COMMIT-2 (Annex 2): a commitment has at least one milestone. Add the milestones of {code} now.",
  "plans.milestone.usage": "Type /ogp milestone add COMMITMENT, with the commitment's code (e.g. sprfd0003).",
  "plans.milestone.not_poc": "Only the point of contact of the member of {code} adds its milestones (§1).",
  "plans.milestone.submitted":
    "{code} belongs to a plan with the status {status}: its milestones change through a modification (/ogp modify {code}, §3.2.1.3).",
  "plans.milestone.form_title": "Add a milestone",
  "plans.milestone.submit": "Add the milestone",
  "plans.milestone.field.description": "Milestone",
  "plans.milestone.field.start_month": "Start month",
  "plans.milestone.field.end_month": "End month",
  "plans.milestone.field.responsible_organization": "Responsible organization",
  "plans.milestone.hint.month": "YYYY-MM, within the commitment's dates (rule MILESTONE-1).",
  "plans.milestone.added": "Milestone {position} of {code} is added ({from} – {to}).",
};
