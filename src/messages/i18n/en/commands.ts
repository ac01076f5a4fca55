/** Texts of the platform-neutral command core (`src/commands/`), in the person's language. */
export const commands = {
  "cmd.unlinked":
    "Your chat account is not linked to an OGP Local person yet. Ask the Support Unit (or your point of contact) for a link code — they create one with `link-code create` — then type /ogp link CODE. After that, your roles decide what you can do.",
  "cmd.changed_meanwhile":
    "Someone changed this at the same moment, so nothing of yours was saved. Look again (for example with /ogp status) and try again if it is still needed.",
  "cmd.failed":
    "Something went wrong on our side and nothing was saved. It has been logged; please try again in a moment.",
  "cmd.argument_too_long":
    "An argument is too long (over {max} characters). Type /ogp help for how each command is written.",
  "cmd.unknown": "Unknown command “{typed}”. Type /ogp help to see what you can do.",
  "cmd.unknown_suggest":
    "Unknown command “{typed}”. Did you mean /ogp {suggestion}? Type /ogp help to see what you can do.",
  "cmd.list.more": "…and {count} more.",
  "cmd.completion.with_pct": "{label} ({percent} %)",
  "cmd.help.title": "OGP Local commands",
  "cmd.help.summary": "what you can do here, by role",
  "cmd.help.you_are": "You are {name}: {roles}.",
  "cmd.help.no_roles":
    "You are {name}. You hold no role yet, so you can look but not act; ask the Support Unit to give you one.",
  "cmd.help.role_in": "{role} of {scope}",
  "cmd.help.scope_global": "OGP Local",
  "cmd.help.footer":
    "Every command runs as /ogp COMMAND. Statuses and progress updates are public (handbook §3.5.4, §4).",
  "cmd.link.summary": "link this chat account to your OGP Local person with a one-time code",
  "cmd.link.usage":
    "Type /ogp link CODE with the code the Support Unit gave you (for example /ogp link ABCD-2345).",
  "cmd.link.invalid_code":
    "That link code is not valid: it may be mistyped, already used or expired. Ask for a new one.",
  "cmd.link.linked_elsewhere":
    "This chat account is already linked to another person. Ask the Support Unit to unlink it first.",
  "cmd.link.locked":
    "Too many wrong link codes: linking is paused for {minutes} minutes. Ask for a new code if yours is lost; the Support Unit has been told.",
  "cmd.link.lockout.title": "Link codes: attempts locked out",
  "cmd.link.lockout.identity":
    "{attempts} wrong link codes in {minutes} minutes from {platform} user {user}: their attempts are locked out for an hour. Someone may be guessing codes.",
  "cmd.link.lockout.everyone":
    "{attempts} wrong link codes in {minutes} minutes from all chat accounts together: every redemption is paused for {minutes} minutes. Someone may be guessing codes.",
  "cmd.link.linked": "Linked: you are {name}. Type /ogp help to see what you can do.",
  "cmd.link.already_linked": "This chat account was already linked to {name}; the code is now used up.",
  "cmd.status.summary": "a member's status with its reasons, plan, commitments and next due items",
  "cmd.status.heading": "{member} — {status}",
  "cmd.status.since": "Since",
  "cmd.status.country": "Country",
  "cmd.status.plan": "Action plan",
  "cmd.status.period": "Period",
  "cmd.status.plan_status": "Plan status",
  "cmd.status.endorsements": "Endorsed by",
  "cmd.status.no_endorsement": "no organization yet",
  "cmd.status.reason_rule": "Rule {rule}: {reason} (since {date})",
  "cmd.status.reason": "{reason} (since {date})",
  "cmd.status.no_plan": "No action plan is recorded yet.",
  "cmd.status.no_commitments": "The current plan has no commitment recorded yet.",
  "cmd.status.commitments": "Commitments:",
  "cmd.status.commitment_line":
    "{code} · {title} — {state}, {completion}, milestones complete {done}/{total}",
  "cmd.status.next_due": "Next due:",
  "cmd.due.summary": "what you have to do next, across your members",
  "cmd.due.title": "Due for you",
  "cmd.due.none": "Nothing is due for you right now.",
  "cmd.due.item": "{date}: {text}",
  "cmd.due.item_overdue": "OVERDUE since {date}: {text}",
  "cmd.member.not_found": "No member “{ref}”. Use the member's short name or code, as on the public site.",
  "cmd.member.none_in_scope":
    "You follow no member, so /ogp {command} needs a member: /ogp {command} MEMBER.",
  "cmd.member.choose": "Which member?",
  "cmd.member.placeholder": "Choose a member",
  "cmd.member.more": "{count} more not shown: type /ogp {command} MEMBER.",
  "cmd.commitment.not_found": "No commitment “{ref}”. Use its identifier, for example mxtdb0004.",
  "cmd.plan.not_found":
    "No action plan “{ref}”. Use the member's short name (its latest plan) or MEMBER:N for plan number N.",
  "cmd.update.summary": "post a quarterly progress update on a commitment (a form)",
  "cmd.update_edit.summary":
    "correct one of your updates (your latest by default); the previous version is kept",
  "cmd.update.usage": "Type /ogp update, /ogp update COMMITMENT, or /ogp update edit [UPDATE].",
  "cmd.update.no_rights":
    "Only a point of contact, or an official the point of contact allowed, posts progress updates (handbook §1).",
  "cmd.update.not_allowed":
    "Only the point of contact of {member}, or an official they allowed, posts updates on this commitment (handbook §1).",
  "cmd.update.not_updatable":
    "{code} has the status {status}: updates are posted on active or just completed commitments.",
  "cmd.update.no_commitments": "None of your members has an active commitment to report on.",
  "cmd.update.choose": "Which commitment is your update about?",
  "cmd.update.choose_placeholder": "Choose a commitment",
  "cmd.update.more": "{count} more not shown: type /ogp update COMMITMENT.",
  "cmd.update.update_not_found": "No progress update “{ref}”.",
  "cmd.update.no_update_yet": "You have not posted an update yet.",
  "cmd.update.not_author": "Only the author of an update can correct it.",
  "cmd.update.form_title": "Progress update",
  "cmd.update.form_title_edit": "Correct an update",
  "cmd.update.submit": "Post update",
  "cmd.update.submit_edit": "Save correction",
  "cmd.update.step_context": "Delays, next steps and evidence",
  "cmd.update.whole_commitment": "The commitment as a whole",
  "cmd.update.field.milestone": "Milestone",
  "cmd.update.field.milestone_status": "Milestone status",
  "cmd.update.field.completion": "Completion of the commitment (%)",
  "cmd.update.field.narrative": "What happened this quarter",
  "cmd.update.field.delay_reasons": "Reasons for delays",
  "cmd.update.field.next_steps": "Next steps",
  "cmd.update.field.challenges": "Challenges",
  "cmd.update.field.evidence": "Evidence links (one per line)",
  "cmd.update.hint.completion": "0 not started, 1–49 limited, 50–99 substantial, 100 complete.",
  "cmd.update.hint.challenges":
    "Required when the update shows no progress or completion is not started or limited.",
  "cmd.update.hint.milestone_fixed":
    "The milestone of an update cannot change; post a new update for another milestone.",
  "cmd.update.error.status_needs_milestone": "Choose the milestone whose status you set.",
  "cmd.update.error.challenges_needed":
    "This update shows no progress, or completion is not started or limited: name at least one challenge.",
  "cmd.update.posted": "Your update on {code} is posted (reference {ref}).",
  "cmd.update.corrected":
    "Your update {ref} on {code} is corrected (revision {revision}); the previous version is kept.",
  "cmd.update.shared": "Shared in {count} channel(s) following this member.",
  "cmd.update.not_shared":
    "No channel follows {member}'s updates yet: the point of contact or the Support Unit can type /ogp subscribe updates MEMBER in one.",
  "cmd.update.edit_button": "Edit",
  "cmd.update.post.summary": "New progress update on {code} ({members})",
  "cmd.update.post.heading": "{members}: {code} · {title}",
  "cmd.update.post.completion": "Completion",
  "cmd.update.post.posted": "Posted",
  "cmd.update.post.by": "{name}, {when}",
  "cmd.update.post.no_progress": "No progress this quarter (counts for rule INACT-3, §4.1.3).",
  "cmd.update.post.delays": "Reasons for delays: {text}",
  "cmd.update.post.next_steps": "Next steps: {text}",
  "cmd.update.post.challenges": "Challenges: {list}",
  "cmd.update.post.footer": "Update {ref} · progress updates are public (§3.5.4)",
  "cmd.update.post.footer_edited":
    "Update {ref} · corrected {when} (revision {revision}) · earlier versions are kept",
  "cmd.endorse.summary": "endorse your member's action plan for your organization (rule PLAN-5)",
  "cmd.endorse_withdraw.summary": "withdraw your organization's endorsement before the plan is submitted",
  "cmd.endorse.usage":
    "Type /ogp endorse PLAN or /ogp endorse withdraw PLAN, where PLAN is the member's short name (or MEMBER:N).",
  "cmd.endorse.not_civil_society":
    "Only civil society of {owner} can endorse its plan (rule PLAN-5, §3.3.1).",
  "cmd.endorse.government_refused":
    "Government roles cannot endorse: rule PLAN-5 (§3.3.1) asks for the endorsement of non-government organizations of {owner}.",
  "cmd.endorse.no_organization":
    "Your profile names no non-government organization, and an endorsement is given by one (rule PLAN-5, §2.2). Ask the Support Unit to set it.",
  "cmd.endorse.submitted":
    "“{plan}” has the status {status}: rule PLAN-5 (§3.3.1) takes endorsements before the plan is submitted.",
  "cmd.endorse.withdraw_submitted":
    "“{plan}” has the status {status}: an endorsement can be withdrawn only before the plan is submitted (rule PLAN-5, §3.3.1).",
  "cmd.endorse.already": "{organization} already endorses this plan (since {when}).",
  "cmd.endorse.question": "Endorse “{plan}” on behalf of {organization}?",
  "cmd.endorse.confirm_button": "Endorse the plan",
  "cmd.endorse.owner": "Member",
  "cmd.endorse.rule":
    "Rule PLAN-5 (§3.3.1): a plan is submitted only with the endorsement of at least one non-government organization.",
  "cmd.endorse.done": "{organization} endorsed “{plan}” — by {name}, {when}.",
  "cmd.endorse.nothing_to_withdraw":
    "{organization} does not endorse this plan, so there is nothing to withdraw.",
  "cmd.endorse.withdrawn": "{organization} withdrew its endorsement of “{plan}” — by {name}, {when}.",
  "cmd.modify.summary": "propose a change to a commitment (point of contact; rule MOD-1)",
  "cmd.modify.usage": "Type /ogp modify COMMITMENT, for example /ogp modify mxtdb0004.",
  "cmd.modify.not_poc": "Only the point of contact proposes modifications of {code} (§3.2.1.3).",
  "cmd.modify.withdrawn": "{code} is withdrawn and cannot be modified.",
  "cmd.modify.not_submitted":
    "{code} is not submitted yet: edit the draft instead of proposing a modification.",
  "cmd.modify.window_closed":
    "Rule MOD-1 (§3.2.1.3): a modification may be proposed only within {months} months of the commitment's submission. {code} was submitted on {submitted}; the window closed on {closed}.",
  "cmd.modify.form_title": "Propose a modification",
  "cmd.modify.submit": "Propose",
  "cmd.modify.field.kind": "Kind of change",
  "cmd.modify.field.new_end_date": "New end date",
  "cmd.modify.field.change": "What changes",
  "cmd.modify.field.rationale": "Why",
  "cmd.modify.hint.new_end_date": "Only for a timeline change.",
  "cmd.modify.error.end_date_needed": "A timeline change needs the new end date.",
  "cmd.modify.error.commit1_duration":
    "Rule COMMIT-1 (§3.2.1.2): a commitment lasts at least one year from its start.",
  "cmd.modify.error.commit1_plan_end":
    "Rule COMMIT-1 (§3.2.1.2): a commitment ends no later than its plan, on {end}.",
  "cmd.modify.error.change_needed": "Describe the change.",
  "cmd.modify.proposed":
    "Modification {ref} of {code} is proposed. It takes effect once civil society approves it (rule MOD-2).",
  "cmd.modify.shared": "Civil society was asked in {count} channel(s).",
  "cmd.modify.not_shared":
    "No channel follows this member: civil society can type /ogp approve {ref} or /ogp reject {ref}.",
  "cmd.modify.channel_summary": "Modification {ref} of {code} proposed: civil society's consent is needed",
  "cmd.modify.heading": "Modification {ref} of {code} · {title}",
  "cmd.modify.proposed_by": "Proposed by",
  "cmd.modify.change_text": "Change: {text}",
  "cmd.modify.rationale_text": "Why: {text}",
  "cmd.modify.ask_consent":
    "Civil society of the member: approve or reject modification {ref} (rule MOD-2, §3.2.1.3).",
  "cmd.modify.approve_button": "Approve",
  "cmd.modify.reject_button": "Reject",
  "cmd.modify.cancel": "Cancel",
  "cmd.modify.reject_confirm_title": "Reject the modification?",
  "cmd.modify.reject_confirm_text":
    "One rejection by civil society decides: modification {ref} will not take effect.",
  "cmd.approve.summary": "approve a proposed modification (civil society; rule MOD-2)",
  "cmd.reject.summary": "reject a proposed modification (civil society; rule MOD-2)",
  "cmd.approve.usage": "Type /ogp approve MODIFICATION with the reference shown with the proposal.",
  "cmd.reject.usage": "Type /ogp reject MODIFICATION with the reference shown with the proposal.",
  "cmd.decide.not_found":
    "No modification “{ref}”. Use the reference shown with the proposal (8 characters).",
  "cmd.decide.not_civil_society":
    "Only civil society of the member approves or rejects modifications of {code} (rule MOD-2, §3.2.1.3).",
  "cmd.decide.approved": "Modification {ref} of {code} is approved by {name}, {when}: it takes effect.",
  "cmd.decide.rejected":
    "Modification {ref} of {code} is rejected by {name}, {when}: it does not take effect.",
  "cmd.decide.pending": "Modification {ref} is waiting for civil society's decision.",
  "cmd.decide.rule":
    "Rule MOD-2 (§3.2.1.3): a modification takes effect with at least one approval and no rejection by civil society of the member; every step is recorded and the Support Unit is notified.",
  "cmd.decide.support_unit_summary": "Modification {ref} decided (MOD-2)",
  "cmd.decide.support_unit_notice":
    "For the Support Unit: modification {ref} was decided (rule MOD-2, §3.2.1.3).",
  "cmd.meeting.summary": "log a co-creation or implementation meeting (a form)",
  "cmd.meeting.usage": "Type /ogp meeting or /ogp meeting MEMBER.",
  "cmd.meeting.no_rights":
    "Only a point of contact, or an official the point of contact allowed, logs meetings (handbook §1).",
  "cmd.meeting.not_allowed":
    "Only the point of contact of {member}, or an official they allowed, logs its meetings (handbook §1).",
  "cmd.meeting.form_title": "Log a meeting",
  "cmd.meeting.submit": "Log meeting",
  "cmd.meeting.step_records": "Organizations and minutes",
  "cmd.meeting.field.held_on": "Date",
  "cmd.meeting.field.phase": "Phase",
  "cmd.meeting.field.title": "Title",
  "cmd.meeting.field.government": "Government participants",
  "cmd.meeting.field.non_government": "Non-government participants",
  "cmd.meeting.field.organizations": "Organizations present",
  "cmd.meeting.field.minutes_url": "Link to the minutes",
  "cmd.meeting.hint.organizations": "One per line.",
  "cmd.meeting.error.future": "A meeting is logged once it has taken place.",
  "cmd.meeting.recorded": "Meeting of {member} logged (reference {ref}).",
  "cmd.meeting.heading": "{member}: {title}",
  "cmd.meeting.organizations_text": "Organizations: {list}",
  "cmd.meeting.minutes": "Minutes",
  "cmd.meeting.multi_stakeholder":
    "Multi-stakeholder: government and non-government participants took part (rule PROB-2, §3.3.1).",
  "cmd.meeting.not_multi_stakeholder":
    "Not multi-stakeholder: rule PROB-2 (§3.3.1) counts meetings with both government and non-government participants.",
  "cmd.meeting.channel_summary": "Meeting logged for {member}",
  "cmd.evidence.summary": "attach a link to a plan, commitment, milestone (CODE.N) or meeting",
  "cmd.evidence.usage":
    "Type /ogp evidence SUBJECT URL [KIND] [TITLE], for example /ogp evidence mxtdb0004.2 https://example.org/report.pdf media Press coverage.",
  "cmd.evidence.bad_url": "Evidence is a web link starting with https:// or http://.",
  "cmd.evidence.subject_not_found": "No plan, commitment, milestone or meeting “{ref}”.",
  "cmd.evidence.not_allowed":
    "Only the point of contact of {member}, or an official they allowed, adds its evidence (handbook §1).",
  "cmd.evidence.attached": "Evidence “{title}” ({kind}) attached to {subject}.",
  "cmd.subscribe.summary":
    "send a kind of alert to this channel: alerts, updates MEMBER, circle CIRCLE, digest COUNTRY",
  "cmd.unsubscribe.summary": "stop a kind of alert in this channel",
  "cmd.subscribe.usage":
    "Type /ogp subscribe alerts [COUNTRY|all] [RULE,RULE…], /ogp subscribe updates MEMBER, /ogp subscribe circle CIRCLE or /ogp subscribe digest COUNTRY (and the same with unsubscribe).",
  "cmd.subscribe.label_filtered": "{label} ({filter})",
  "cmd.subscribe.unknown_kinds":
    "Unknown alert kind(s): {kinds}. Alerts are filtered by rule ID, e.g. DUE-UPDATE,INACT-4,REVOKE-1.",
  "cmd.unsubscribe.usage":
    "Type /ogp unsubscribe alerts, /ogp unsubscribe updates MEMBER, /ogp unsubscribe circle CIRCLE or /ogp unsubscribe digest COUNTRY.",
  "cmd.subscribe.needs_channel": "Run this command in the channel that should receive the alerts.",
  "cmd.subscribe.support_unit_only": "Only the Support Unit routes Support Unit alerts (handbook §1).",
  "cmd.subscribe.member_not_allowed":
    "Only the Support Unit or the point of contact of {member} routes its updates (handbook §1).",
  "cmd.subscribe.circle_not_found": "No peer-learning circle “{ref}”.",
  "cmd.subscribe.circle_not_allowed":
    "Only the Support Unit or a point of contact of a member of {circle} routes its alerts (handbook §1, §2.4).",
  "cmd.subscribe.country_not_allowed":
    "Only the Support Unit or the national coordinator of {country} routes its digest (handbook §1, §7).",
  "cmd.subscribe.label_member": "updates of {member}",
  "cmd.subscribe.label_circle": "the circle {circle}",
  "cmd.subscribe.label_country": "the digest of {country}",
  "cmd.subscribe.added": "This channel now receives {label}.",
  "cmd.subscribe.already": "This channel already receives {label}.",
  "cmd.unsubscribe.removed": "This channel no longer receives {label}.",
  "cmd.unsubscribe.absent": "This channel was not receiving {label}.",
  "cmd.subscribe.list_title": "This channel receives:",
  "cmd.subscribe.list_empty": "This channel receives no alert yet.",
  "cmd.home.title": "OGP Local",
  "cmd.home.hello": "Hello {name}. Here are your members, their status today and what is due for you.",
  "cmd.home.no_members": "You follow no member yet.",
  "cmd.home.plan_line": "{plan} · {start} – {end} · {status}",
  "cmd.home.more_members": "{count} more members: type /ogp status MEMBER.",
  "cmd.home.pending_title": "Waiting for your consent (rule MOD-2):",
  "cmd.home.pending_line": "Modification {ref} of {code} ({kind}): {rationale}",
  "cmd.form.required": "Required.",
  "cmd.form.too_long": "At most {max} characters.",
  "cmd.form.number_range": "A whole number from {min} to {max}.",
  "cmd.form.date": "A date such as 2026-03-31.",
  "cmd.form.choice": "Choose one of the options.",
  "cmd.form.links": "Not web links: {entries}. Use links starting with https://.",
  "cmd.form.too_many_links": "At most {max} links.",
};
