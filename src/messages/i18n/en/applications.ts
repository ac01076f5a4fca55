/**
 * Texts of applications to join OGP Local (handbook §1): the `apply` form, the request the Support
 * Unit's alert channels receive, the `application accept|reject` answers, the applicant's notice and
 * the CLI's `application add|list`.
 */
export const applications = {
  "cmd.apply.summary": "apply for a locality to join OGP Local: a form (handbook §1)",
  "cmd.application_accept.summary":
    "accept an application: the member, its point of contact and the role are created, with the first-plan deadline if given (Support Unit; §1, INACT-1)",
  "cmd.application_reject.summary":
    "reject an application, saying why; without a reason, a form asks for it (Support Unit; §1)",
  "discord.option.first_plan_due": "the date the first action plan is due, YYYY-MM-DD (INACT-1)",
  "discord.option.application": "the application's reference, shown in the request",
  "cmd.apply.usage":
    "Type /ogp apply: a form asks for the locality, its letter of commitment and its point of contact.",
  "cmd.apply.form_title": "Apply to OGP Local",
  "cmd.apply.submit": "Apply",
  "cmd.apply.step_locality": "The locality",
  "cmd.apply.step_letter": "Letter of commitment",
  "cmd.apply.step_contact": "Point of contact",
  "cmd.apply.field.name": "Name of the locality",
  "cmd.apply.field.country": "Country (ISO code)",
  "cmd.apply.field.jurisdiction_type": "Kind of jurisdiction",
  "cmd.apply.field.mandate_end": "End of the current mandate",
  "cmd.apply.field.time_zone": "Time zone",
  "cmd.apply.field.letter_url": "Link to the letter",
  "cmd.apply.field.letter_pages": "Pages of the letter",
  "cmd.apply.field.letter_language": "Language of the letter",
  "cmd.apply.field.signed_by": "Signed for the government by",
  "cmd.apply.field.signatories": "Non-government signatories",
  "cmd.apply.field.contact_name": "Point of contact's name",
  "cmd.apply.field.contact_email": "Point of contact's email",
  "cmd.apply.field.language": "Language of the member's messages",
  "cmd.apply.hint.country": "Two letters, e.g. MX, FR, NZ.",
  "cmd.apply.hint.mandate_end":
    "Leave empty if the jurisdiction has no elections. At least {months} months must remain (rule APPLY-1).",
  "cmd.apply.hint.time_zone": "e.g. America/Mexico_City; UTC when empty.",
  "cmd.apply.hint.letter_url": "A web link (https://…) to the signed letter of commitment.",
  "cmd.apply.hint.signatories": "One per line: name, organization. At least {min} required (rule APPLY-2).",
  "cmd.apply.letter_language.en": "English",
  "cmd.apply.letter_language.fr": "French",
  "cmd.apply.letter_language.es": "Spanish",
  "cmd.apply.letter_language.other": "Another language",
  "cmd.apply.language.en": "English",
  "cmd.apply.language.fr": "French",
  "cmd.apply.language.es": "Spanish",
  "cmd.apply.error.name": "Type the locality's name.",
  "cmd.apply.error.country": "Type the country's two-letter ISO code, e.g. MX.",
  "cmd.apply.error.jurisdiction_type": "Choose the kind of jurisdiction.",
  "cmd.apply.error.mandate_end": "Type a date as YYYY-MM-DD, or leave it empty.",
  "cmd.apply.error.time_zone": "Type a time zone such as America/Mexico_City, or leave it empty for UTC.",
  "cmd.apply.error.language": "Choose a language.",
  "cmd.apply.error.letter_url": "Give the letter's web link, starting with https://.",
  "cmd.apply.error.letter_pages": "Type the number of pages.",
  "cmd.apply.error.letter_language": "Choose the letter's language.",
  "cmd.apply.error.signed_by": "Choose who signed the letter for the government.",
  "cmd.apply.error.signatories": "Write one signatory per line, as: name, organization.",
  "cmd.apply.error.contact_name": "Type the point of contact's name.",
  "cmd.apply.error.contact_email": "Type the point of contact's email address.",
  "cmd.apply.recorded":
    "The application of {name} ({country}) to join OGP Local is recorded, reference {ref}. It waits for the Support Unit's decision.",
  "cmd.apply.next":
    "Handbook §1: the Support Unit accepts or rejects applications. You will hear of its decision here.",
  "cmd.apply.home":
    "Applying for a locality to join OGP Local? The form asks for its letter of commitment (handbook §1).",
  "cmd.apply.button": "Apply",
  "cmd.application.usage":
    "Type /ogp application accept APPLICATION [FIRST_PLAN_DUE] or /ogp application reject APPLICATION REASON, with the reference shown in the request; FIRST_PLAN_DUE is the date the first action plan is due, YYYY-MM-DD (rule INACT-1, §4.1.1).",
  "cmd.application.support_unit_only":
    "Only the Support Unit accepts or rejects applications to join OGP Local (handbook §1: the Support Unit registers members).",
  "cmd.application.not_found":
    "No application “{ref}”. Use the reference shown in the request (8 characters).",
  "cmd.application.reason_required": "Say why the application is rejected, in at most {max} characters.",
  "cmd.application.already_pending":
    "{name} ({country}) has an application waiting for the Support Unit already: reference {ref}, submitted on {on}.",
  "cmd.application.repeated":
    "{name} ({country}) is the jurisdiction of application {first} of this file already.",
  "cmd.application.signer.head_of_government": "the head of government",
  "cmd.application.signer.delegated_senior_official": "a delegated senior official",
  "cmd.application.signer.none": "neither",
  "cmd.application.signatory": "{name} ({organization})",
  "cmd.application.jurisdiction_type.municipality": "Municipality",
  "cmd.application.jurisdiction_type.city": "City",
  "cmd.application.jurisdiction_type.county": "County",
  "cmd.application.jurisdiction_type.province": "Province",
  "cmd.application.jurisdiction_type.region": "Region",
  "cmd.application.jurisdiction_type.state": "State",
  "cmd.application.jurisdiction_type.other": "Other",
  "cmd.application.field.country": "Country",
  "cmd.application.field.jurisdiction_type": "Jurisdiction",
  "cmd.application.field.mandate_end": "Mandate ends",
  "cmd.application.field.submitted_on": "Submitted on",
  "cmd.application.field.letter": "Letter of commitment",
  "cmd.application.field.signatories": "Non-government signatories",
  "cmd.application.field.contact": "Point of contact",
  "cmd.application.field.applied_by": "Applied by",
  "cmd.application.field.reason": "Reason",
  "cmd.application.hint.reason": "The applicant reads it.",
  "cmd.application.no_mandate_end": "No elections",
  "cmd.application.letter_summary": "{pages} page(s), in {language}, signed by {signer}",
  "cmd.application.none": "none",
  "cmd.application.contact": "{name} · {email}",
  "cmd.application.applied_from_cli": "the administrators (command line)",
  "cmd.application.request_summary": "{name} ({country}) applies to join OGP Local",
  "cmd.application.request_heading": "Application to join OGP Local · {name} ({country})",
  "cmd.application.letter_link": "Letter of commitment",
  "cmd.application.accept_button": "Accept",
  "cmd.application.reject_button": "Reject",
  "cmd.application.cancel": "Cancel",
  "cmd.application.accept_confirm_title": "Accept the application?",
  "cmd.application.accept_confirm_text": "{name} ({country}) becomes a member, with its point of contact.",
  "cmd.application.reject_form_title": "Reject the application",
  "cmd.application.rule":
    "Handbook §1: the Support Unit decides applications; rules APPLY-1 (mandate) and APPLY-2 (letter of support) were checked when it was submitted. Reference {ref}: /ogp application accept {ref} or /ogp application reject {ref} REASON.",
  "cmd.application.accepted":
    "Application {ref} of {name} ({country}) is accepted by {by}, {when}: the member {slug} (code {code}) is created, with {contact} as its point of contact.",
  "cmd.application.rejected":
    "Application {ref} of {name} ({country}) is rejected by {by}, {when}. Reason: {reason}",
  "cmd.application.already_accepted":
    "Application {ref} of {name} ({country}) was already accepted by {by}, {when} (member {slug}); nothing changed.",
  "cmd.application.already_rejected":
    "Application {ref} of {name} ({country}) was already rejected by {by}, {when}; nothing changed.",
  "cmd.application.first_plan_due":
    "First action plan due by {date} (rule INACT-1, §4.1.1): the point of contact is reminded before it (DUE-PLAN-NEW).",
  "cmd.application.no_first_plan_due":
    "No first-plan deadline was set, so rule INACT-1 (§4.1.1) cannot apply to this member yet: set members[].firstPlanDue with `import --merge`, or give the date when accepting (/ogp application accept APPLICATION YYYY-MM-DD).",
  "cmd.application.notice_first_plan_due": "Its first action plan is due by {date} (handbook §4.1.1).",
  "cmd.application.first_plan_due_invalid":
    "Rule INACT-1 (§4.1.1): the first-plan deadline is a date after today ({today}), written YYYY-MM-DD; “{date}” is not. Nothing was decided.",
  "cmd.application.applicant_told": "The applicant is told in a direct message.",
  "cmd.application.applicant_unreachable":
    "The applicant has no linked chat account: tell them by email ({email}).",
  "cmd.application.notice_summary_accepted": "{name} is now a member of OGP Local",
  "cmd.application.notice_summary_rejected": "Your application for {name} was not accepted",
  "cmd.application.notice_accepted":
    "The Support Unit accepted the application of {name} ({country}) on {on}: it is now a member of OGP Local, with its public page at /members/{slug}, and {contact} as its point of contact.",
  "cmd.application.notice_rejected":
    "The Support Unit did not accept the application of {name} ({country}) on {on}. Reason: {reason}",
  "cmd.application.home_title": "Applications waiting for your decision (handbook §1):",
  "cmd.application.home_line": "{ref} · {name} ({country}) · submitted on {on} · point of contact {contact}",
  "cmd.application.home_more": "More are waiting: npm run cli -- application list --pending",
  "cli.application.empty": "expected at least one application",
  "cli.application.not_json": "it is not valid JSON ({detail})",
  "cli.application.unreadable": "it cannot be read",
  "cli.application.cannot_read": "Cannot add the applications of {file}: {reason}. Nothing was written.",
  "cli.application.failed": "{file}: {count} problem(s); nothing was written.",
  "cli.application.added":
    "Added {count} application(s) from {file}, pending; the Support Unit's alert channels are asked to decide:",
  "cli.application.none": "No application.",
  "cli.application.none_pending": "No application is waiting for a decision.",
  "cli.application.line": "{ref}  {outcome}  {name} ({country})  submitted on {on}  {contact} <{email}>",
  "cli.application.outcome.pending": "pending",
  "cli.application.outcome.accepted": "accepted",
  "cli.application.outcome.rejected": "rejected",
  "cli.application.operator": "an operator (command line)",
  "cli.application.decided_accepted": "by {by}, {when}: member {member}",
  "cli.application.decided_rejected": "by {by}, {when}: {reason}",
};
