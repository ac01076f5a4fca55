/**
 * Texts of the scheduler (src/scheduler): reminder titles and buttons, the Support Unit's draft
 * letters (§4.1, §4.2), digests (§7), delivery-failure notices, and the Support-Unit commands it
 * adds to the core (`revoke`, `letter`, `snooze`). `discord.option.*` keys describe those commands'
 * options for Discord's registration, which builds its options from the command catalog.
 */
export const scheduler = {
  "scheduler.title": "{what} · {member}",
  "scheduler.title.overdue": "Overdue: {what} · {member}",
  "scheduler.kind.DUE-UPDATE": "Quarterly progress update",
  "scheduler.kind.DUE-PROGRESS": "Progress this quarter",
  "scheduler.kind.DUE-PLAN-NEW": "First action plan",
  "scheduler.kind.DUE-PLAN-NEXT": "Next action plan",
  "scheduler.kind.DUE-ASSESS-INITIAL": "Initial assessment",
  "scheduler.kind.DUE-ASSESS-END": "End-of-commitment assessment",
  "scheduler.kind.DUE-ASSESS-FINAL": "Final learning report",
  "scheduler.kind.DUE-MILESTONE": "Milestone",
  "scheduler.kind.DUE-MEETINGS": "Implementation meetings",
  "scheduler.kind.DUE-MOD-WINDOW": "Modification window",
  "scheduler.kind.DUE-PROBATION": "Probation",
  "scheduler.kind.PLAN-5": "Endorsement requested",
  "scheduler.field.member": "Member",
  "scheduler.field.due": "Due",
  "scheduler.field.since": "Since",
  "scheduler.footer": "Rule {rule} ({section}) · {step} · dates in {timeZone}",
  "scheduler.step.days_before": "reminder {days} days before",
  "scheduler.step.on_the_day": "reminder on the day",
  "scheduler.step.overdue": "overdue",
  "scheduler.step.checkpoint": "checkpoint at {months} months",
  "scheduler.step.risk": "risk warning",
  "scheduler.step.letter": "draft letter",
  "scheduler.step.confirm": "decision needed",
  "scheduler.step.request": "request",
  "scheduler.button.update": "Post the update",
  "scheduler.button.meeting": "Log a meeting",
  "scheduler.button.modify": "Propose a modification",
  "scheduler.button.endorse": "Review and endorse",
  "scheduler.button.snooze": "Snooze 3 days",
  "scheduler.button.public_page": "Public page",
  "scheduler.button.letter_sent": "Mark letter sent",
  "scheduler.button.confirm_revocation": "Confirm revocation",
  "scheduler.endorse.request":
    "The action plan “{plan}” is being co-created and no non-government organization has endorsed it yet. Rule PLAN-5 (§3.3.1): it needs at least one such endorsement before it is submitted.",
  "scheduler.language.en": "English",
  "scheduler.language.fr": "French",
  "scheduler.language.es": "Spanish",
  "scheduler.letter.title.inactive": "Draft letter: {member} is inactive",
  "scheduler.letter.title.probation": "Draft letter: {member} is on probation",
  "scheduler.letter.title.revoked": "Draft letter: the membership of {member} is revoked",
  "scheduler.letter.intro":
    "Draft letter to send to the member, in {language}. Mark it sent once it has gone out.",
  "scheduler.letter.body.inactive":
    "Dear colleagues of {member},\n\nUnder the OGP Local Handbook (§4.1), your membership has been inactive since {since}:\n{reasons}\n\nYour membership becomes active again as soon as you begin co-creating an action plan or record progress on a commitment (rule REACT-1). If it stays inactive for {months} consecutive months, it will be placed on probation (rule PROB-1, §4.2).\n\nThe OGP Local Support Unit",
  "scheduler.letter.body.probation":
    "Dear colleagues of {member},\n\nUnder the OGP Local Handbook (§4.2), your membership has been on probation since {since}:\n{reasons}\n\nYou have until {deadline} to meet every unmet requirement (rule PROB-3). After that date the Support Unit may revoke your membership (rule REVOKE-1).\n\nThe OGP Local Support Unit",
  "scheduler.letter.body.revoked":
    "Dear colleagues of {member},\n\nUnder the OGP Local Handbook (§4.2), your membership of OGP Local is revoked from {since}:\n{reasons}\n\nThank you for the work done with your community. You are welcome to apply again when the conditions of §1 are met.\n\nThe OGP Local Support Unit",
  "scheduler.letter.body.revocation":
    "Dear colleagues of {member},\n\nYour membership has been on probation since {probationSince} and the unmet requirements were not met within the time the OGP Local Handbook allows (§4.2). The Support Unit has therefore decided to revoke your membership (rule REVOKE-1), from the date of this letter.\n\nThe OGP Local Support Unit",
  "scheduler.revocation.title": "Revocation due: {member}",
  "scheduler.revocation.intro":
    "The revocation takes effect only when you confirm it (rule REVOKE-1). Draft letter for the member, in {language}:",
  "scheduler.digest.weekly.title": "Weekly digest · {member} · {week}",
  "scheduler.digest.status": "Status: {status} since {since}.",
  "scheduler.digest.due_heading": "Overdue, and due in the next {days} days:",
  "scheduler.digest.nothing_due": "Nothing is overdue or due in the next {days} days.",
  "scheduler.digest.more": "…and {count} more.",
  "scheduler.digest.footer": "Weekly digest of the handbook's deadlines (§6) · dates in {timeZone}",
  "scheduler.digest.country.title": "OGP Local members in {country} · {from} to {to}",
  "scheduler.digest.country.intro": "{count} local member(s) in {country}: status and open items.",
  "scheduler.digest.country.member":
    "{status} since {since} · {overdue} overdue · {upcoming} due in the next {days} days",
  "scheduler.digest.country.footer": "Country digest for national coordinators (§7)",
  "scheduler.failure.title": "Alert not delivered",
  "scheduler.failure.text":
    "An alert ({kind}) for {member} could not be delivered to {target} on {platform}: {reason}",
  "scheduler.failure.fallback":
    "The person does not accept direct messages on Discord: the alert was posted in the member's channel(s) instead.",
  "scheduler.failure.no_fallback":
    "The person does not accept direct messages on Discord, and no channel follows the member to post it in instead.",
  "scheduler.failure.unknown_member": "no member",
  "cmd.revoke.summary": "Confirm a revocation the rules found due (Support Unit)",
  "cmd.revoke.usage": "Usage: /ogp revoke confirm MEMBER [REASON]",
  "cmd.revoke.support_unit_only": "Only the Support Unit confirms a revocation (rule REVOKE-1, §4.2).",
  "cmd.revoke.not_due":
    "The revocation of {member} is not due: its status is {status}. Rule REVOKE-1 (§4.2) applies {months} months into probation.",
  "cmd.revoke.already": "The membership of {member} is already revoked, since {since}.",
  "cmd.revoke.confirmed":
    "Revocation of {member} confirmed by {name}, effective {on} (rule REVOKE-1, §4.2). The draft revocation letter follows in the Support Unit's channel.",
  "cmd.revoke.default_reason": "Confirmed by the Support Unit from the REVOKE-1 alert.",
  "cmd.letter.summary": "Record a status letter to a member as sent (Support Unit)",
  "cmd.letter.usage": "Usage: /ogp letter sent MEMBER [YYYY-MM-DD]",
  "cmd.letter.support_unit_only": "Only the Support Unit records the letters it sends (§4.1, §4.2).",
  "cmd.letter.none": "{member} has no inactivity, probation or revocation on record that calls for a letter.",
  "cmd.letter.none_on": "{member} has no inactivity, probation or revocation on record that began on {on}.",
  "cmd.letter.already":
    "The letter to {member} ({status} since {since}) was already recorded as sent by {by} on {when}.",
  "cmd.letter.sent": "Letter to {member} ({status} since {since}) recorded as sent by {name} on {on}.",
  "cmd.snooze.summary": "Snooze a deadline reminder for 3 days (once)",
  "cmd.snooze.usage": "Usage: /ogp snooze ALERT (the Snooze button of a reminder)",
  "cmd.snooze.not_found": "There is no reminder {ref}.",
  "cmd.snooze.not_reminder": "Only deadline reminders can be snoozed.",
  "cmd.snooze.not_yours": "This reminder is not addressed to you.",
  "cmd.snooze.once": "This reminder was already snoozed once; it cannot be snoozed again.",
  "cmd.snooze.already":
    "This reminder is already snoozed: it comes back on {when}. A reminder can be snoozed once.",
  "cmd.snooze.done": "Snoozed: this reminder comes back on {when}.",
  "cmd.snooze.note": "Snoozed by {name}",
  "discord.option.alert": "the reminder (its Snooze button fills this in)",
  "discord.option.reason": "why (recorded with the decision)",
  "discord.option.date": "a date, YYYY-MM-DD",
};
