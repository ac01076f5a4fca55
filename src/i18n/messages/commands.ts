import type { MessageTable } from "../types.js";

/**
 * Labels of the codes the command core shows, one entry per code with its three languages side by
 * side so a new code cannot be translated in one language and forgotten in another.
 */
const VOCABULARY_LABELS: Record<string, Record<string, readonly [en: string, fr: string, es: string]>> = {
  milestone_status: {
    not_started: ["Not started", "Pas commencé", "No iniciado"],
    in_progress: ["In progress", "En cours", "En curso"],
    blocked: ["Blocked", "Bloqué", "Bloqueado"],
    complete: ["Complete", "Terminé", "Completado"],
    incomplete: ["Incomplete", "Incomplet", "Incompleto"],
  },
  completion: {
    no_evidence: ["No evidence available", "Aucune preuve disponible", "Sin evidencia disponible"],
    not_started: ["Not started", "Pas commencé", "No iniciado"],
    limited: ["Limited", "Limité", "Limitado"],
    substantial: ["Substantial", "Substantiel", "Sustancial"],
    complete: ["Complete", "Terminé", "Completo"],
  },
  challenge: {
    funding_change: ["Change in funding", "Changement de financement", "Cambio de financiamiento"],
    lack_of_resources: ["Lack of resources", "Manque de ressources", "Falta de recursos"],
    priority_shift: ["Shift in priorities", "Changement de priorités", "Cambio de prioridades"],
    approval_delay: ["Approval delay", "Retard d'approbation", "Retraso en la aprobación"],
    dependency: ["Depends on other work", "Dépend d'autres travaux", "Depende de otros trabajos"],
    other: ["Other", "Autre", "Otro"],
  },
  commitment_status: {
    draft: ["Draft", "Brouillon", "Borrador"],
    active: ["Active", "Actif", "Activo"],
    completed: ["Completed", "Terminé", "Completado"],
    withdrawn: ["Withdrawn", "Retiré", "Retirado"],
  },
  plan_status: {
    draft: ["Draft", "Brouillon", "Borrador"],
    co_creation: ["In co-creation", "En co-création", "En cocreación"],
    submitted: ["Submitted", "Soumis", "Presentado"],
    implementation: ["In implementation", "En mise en œuvre", "En implementación"],
    ended: ["Ended", "Terminé", "Finalizado"],
  },
  evidence_kind: {
    consultation_plan: ["Consultation plan", "Plan de consultation", "Plan de consulta"],
    participation_space: ["Participation space", "Espace de participation", "Espacio de participación"],
    consultation_record: ["Consultation record", "Compte rendu de consultation", "Registro de consulta"],
    implementation_document: [
      "Implementation document",
      "Document de mise en œuvre",
      "Documento de implementación",
    ],
    budget_decision: ["Budget decision", "Décision budgétaire", "Decisión presupuestaria"],
    monitoring_report: ["Monitoring report", "Rapport de suivi", "Informe de seguimiento"],
    third_party_analysis: ["Third-party analysis", "Analyse indépendante", "Análisis de terceros"],
    audit: ["Audit", "Audit", "Auditoría"],
    media: ["Media coverage", "Couverture médiatique", "Cobertura de prensa"],
    usage_statistics: ["Usage statistics", "Statistiques d'utilisation", "Estadísticas de uso"],
    other: ["Other", "Autre", "Otro"],
  },
  meeting_phase: {
    co_creation: ["Co-creation", "Co-création", "Cocreación"],
    implementation: ["Implementation", "Mise en œuvre", "Implementación"],
  },
  modification_kind: {
    delete: ["Delete the commitment", "Supprimer l'engagement", "Eliminar el compromiso"],
    timeline: ["Change the timeline", "Modifier le calendrier", "Cambiar el calendario"],
    milestones: ["Change the milestones", "Modifier les jalons", "Cambiar los hitos"],
    other: ["Other change", "Autre modification", "Otro cambio"],
  },
  role: {
    support_unit: ["Support Unit", "Unité d'appui", "Unidad de Apoyo"],
    point_of_contact: ["Point of contact", "Point de contact", "Punto de contacto"],
    government_official: ["Government official", "Agent public", "Funcionario de gobierno"],
    civil_society: ["Civil society", "Société civile", "Sociedad civil"],
    monitoring_body: ["Monitoring body", "Organe de suivi", "Órgano de monitoreo"],
    national_coordinator: ["National coordinator", "Coordination nationale", "Coordinación nacional"],
  },
  subscription_kind: {
    support_unit_alerts: [
      "Support Unit alerts",
      "les alertes de l'Unité d'appui",
      "las alertas de la Unidad de Apoyo",
    ],
    member_updates: ["member updates", "les mises à jour d'un membre", "los informes de un miembro"],
    circle: ["circle alerts", "les alertes d'un cercle", "las alertas de un círculo"],
    country_digest: ["a country digest", "la synthèse d'un pays", "el resumen de un país"],
  },
};

const vocabulary = (index: 0 | 1 | 2): Record<string, string> =>
  Object.fromEntries(
    Object.entries(VOCABULARY_LABELS).flatMap(([group, labels]) =>
      Object.entries(labels).map(([code, texts]) => [`cmd.${group}.${code}`, texts[index]]),
    ),
  );

/** Texts of the platform-neutral command core (`src/commands/`), in the person's language. */
export const commandMessages = {
  en: {
    ...vocabulary(0),
    "cmd.unlinked":
      "Your chat account is not linked to an OGP Local person yet. Ask the Support Unit (or your point of contact) for a link code — they create one with `link-code create` — then type /ogp link CODE. After that, your roles decide what you can do.",
    "cmd.failed":
      "Something went wrong on our side and nothing was saved. It has been logged; please try again in a moment.",
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
  },
  fr: {
    ...vocabulary(1),
    "cmd.unlinked":
      "Votre compte de discussion n'est pas encore lié à une personne d'OGP Local. Demandez un code de liaison à l'Unité d'appui (ou à votre point de contact) — ils le créent avec `link-code create` — puis tapez /ogp link CODE. Ensuite, vos rôles décident de ce que vous pouvez faire.",
    "cmd.failed":
      "Une erreur s'est produite de notre côté et rien n'a été enregistré. Elle a été consignée ; réessayez dans un instant.",
    "cmd.unknown": "Commande inconnue « {typed} ». Tapez /ogp help pour voir ce que vous pouvez faire.",
    "cmd.unknown_suggest":
      "Commande inconnue « {typed} ». Vouliez-vous dire /ogp {suggestion} ? Tapez /ogp help pour voir ce que vous pouvez faire.",
    "cmd.list.more": "…et {count} de plus.",
    "cmd.completion.with_pct": "{label} ({percent} %)",
    "cmd.help.title": "Commandes OGP Local",
    "cmd.help.summary": "ce que vous pouvez faire ici, selon votre rôle",
    "cmd.help.you_are": "Vous êtes {name} : {roles}.",
    "cmd.help.no_roles":
      "Vous êtes {name}. Vous n'avez encore aucun rôle : vous pouvez consulter mais pas agir ; demandez-en un à l'Unité d'appui.",
    "cmd.help.role_in": "{role} de {scope}",
    "cmd.help.scope_global": "OGP Local",
    "cmd.help.footer":
      "Chaque commande s'écrit /ogp COMMANDE. Les statuts et les mises à jour sont publics (manuel §3.5.4, §4).",
    "cmd.link.summary": "lier ce compte de discussion à votre personne OGP Local avec un code à usage unique",
    "cmd.link.usage":
      "Tapez /ogp link CODE avec le code donné par l'Unité d'appui (par exemple /ogp link ABCD-2345).",
    "cmd.link.invalid_code":
      "Ce code de liaison n'est pas valide : il est peut-être mal saisi, déjà utilisé ou expiré. Demandez-en un nouveau.",
    "cmd.link.linked_elsewhere":
      "Ce compte de discussion est déjà lié à une autre personne. Demandez d'abord à l'Unité d'appui de le délier.",
    "cmd.link.linked": "Compte lié : vous êtes {name}. Tapez /ogp help pour voir ce que vous pouvez faire.",
    "cmd.link.already_linked":
      "Ce compte de discussion était déjà lié à {name} ; le code est maintenant utilisé.",
    "cmd.status.summary":
      "le statut d'un membre avec ses raisons, son plan, ses engagements et ses prochaines échéances",
    "cmd.status.heading": "{member} — {status}",
    "cmd.status.since": "Depuis",
    "cmd.status.country": "Pays",
    "cmd.status.plan": "Plan d'action",
    "cmd.status.period": "Période",
    "cmd.status.plan_status": "Statut du plan",
    "cmd.status.endorsements": "Approuvé par",
    "cmd.status.no_endorsement": "aucune organisation pour l'instant",
    "cmd.status.reason_rule": "Règle {rule} : {reason} (depuis le {date})",
    "cmd.status.reason": "{reason} (depuis le {date})",
    "cmd.status.no_plan": "Aucun plan d'action n'est encore enregistré.",
    "cmd.status.no_commitments": "Le plan en cours n'a encore aucun engagement enregistré.",
    "cmd.status.commitments": "Engagements :",
    "cmd.status.commitment_line": "{code} · {title} — {state}, {completion}, jalons terminés {done}/{total}",
    "cmd.status.next_due": "Prochaines échéances :",
    "cmd.due.summary": "ce que vous avez à faire ensuite, pour tous vos membres",
    "cmd.due.title": "À faire",
    "cmd.due.none": "Rien n'est à faire pour vous en ce moment.",
    "cmd.due.item": "{date} : {text}",
    "cmd.due.item_overdue": "EN RETARD depuis le {date} : {text}",
    "cmd.member.not_found":
      "Aucun membre « {ref} ». Utilisez le nom court ou le code du membre, comme sur le site public.",
    "cmd.member.none_in_scope":
      "Vous ne suivez aucun membre : /ogp {command} a besoin d'un membre : /ogp {command} MEMBRE.",
    "cmd.member.choose": "Quel membre ?",
    "cmd.member.placeholder": "Choisissez un membre",
    "cmd.member.more": "{count} autres non affichés : tapez /ogp {command} MEMBRE.",
    "cmd.commitment.not_found":
      "Aucun engagement « {ref} ». Utilisez son identifiant, par exemple mxtdb0004.",
    "cmd.plan.not_found":
      "Aucun plan d'action « {ref} ». Utilisez le nom court du membre (son dernier plan) ou MEMBRE:N pour le plan numéro N.",
    "cmd.update.summary": "publier une mise à jour trimestrielle sur un engagement (un formulaire)",
    "cmd.update_edit.summary":
      "corriger l'une de vos mises à jour (la dernière par défaut) ; la version précédente est conservée",
    "cmd.update.usage": "Tapez /ogp update, /ogp update ENGAGEMENT ou /ogp update edit [MISE_À_JOUR].",
    "cmd.update.no_rights":
      "Seul un point de contact, ou un agent autorisé par le point de contact, publie des mises à jour (manuel §1).",
    "cmd.update.not_allowed":
      "Seul le point de contact de {member}, ou un agent qu'il a autorisé, publie des mises à jour sur cet engagement (manuel §1).",
    "cmd.update.not_updatable":
      "{code} a le statut {status} : les mises à jour portent sur des engagements actifs ou tout juste terminés.",
    "cmd.update.no_commitments": "Aucun de vos membres n'a d'engagement actif sur lequel faire rapport.",
    "cmd.update.choose": "Sur quel engagement porte votre mise à jour ?",
    "cmd.update.choose_placeholder": "Choisissez un engagement",
    "cmd.update.more": "{count} autres non affichés : tapez /ogp update ENGAGEMENT.",
    "cmd.update.update_not_found": "Aucune mise à jour « {ref} ».",
    "cmd.update.no_update_yet": "Vous n'avez encore publié aucune mise à jour.",
    "cmd.update.not_author": "Seul l'auteur d'une mise à jour peut la corriger.",
    "cmd.update.form_title": "Mise à jour",
    "cmd.update.form_title_edit": "Corriger une mise à jour",
    "cmd.update.submit": "Publier",
    "cmd.update.submit_edit": "Enregistrer la correction",
    "cmd.update.step_context": "Retards, prochaines étapes et preuves",
    "cmd.update.whole_commitment": "L'engagement dans son ensemble",
    "cmd.update.field.milestone": "Jalon",
    "cmd.update.field.milestone_status": "Statut du jalon",
    "cmd.update.field.completion": "Avancement de l'engagement (%)",
    "cmd.update.field.narrative": "Ce qui s'est passé ce trimestre",
    "cmd.update.field.delay_reasons": "Raisons des retards",
    "cmd.update.field.next_steps": "Prochaines étapes",
    "cmd.update.field.challenges": "Difficultés",
    "cmd.update.field.evidence": "Liens vers les preuves (un par ligne)",
    "cmd.update.hint.completion": "0 pas commencé, 1–49 limité, 50–99 substantiel, 100 terminé.",
    "cmd.update.hint.challenges":
      "Obligatoire quand la mise à jour ne montre aucun progrès ou que l'avancement est nul ou limité.",
    "cmd.update.hint.milestone_fixed":
      "Le jalon d'une mise à jour ne change pas ; publiez une nouvelle mise à jour pour un autre jalon.",
    "cmd.update.error.status_needs_milestone": "Choisissez le jalon dont vous fixez le statut.",
    "cmd.update.error.challenges_needed":
      "Cette mise à jour ne montre aucun progrès, ou l'avancement est nul ou limité : indiquez au moins une difficulté.",
    "cmd.update.posted": "Votre mise à jour sur {code} est publiée (référence {ref}).",
    "cmd.update.corrected":
      "Votre mise à jour {ref} sur {code} est corrigée (révision {revision}) ; la version précédente est conservée.",
    "cmd.update.shared": "Partagée dans {count} canal/canaux qui suivent ce membre.",
    "cmd.update.not_shared":
      "Aucun canal ne suit encore les mises à jour de {member} : le point de contact ou l'Unité d'appui peut taper /ogp subscribe updates MEMBRE dans l'un d'eux.",
    "cmd.update.edit_button": "Modifier",
    "cmd.update.post.summary": "Nouvelle mise à jour sur {code} ({members})",
    "cmd.update.post.heading": "{members} : {code} · {title}",
    "cmd.update.post.completion": "Avancement",
    "cmd.update.post.posted": "Publiée",
    "cmd.update.post.by": "{name}, {when}",
    "cmd.update.post.no_progress": "Aucun progrès ce trimestre (compte pour la règle INACT-3, §4.1.3).",
    "cmd.update.post.delays": "Raisons des retards : {text}",
    "cmd.update.post.next_steps": "Prochaines étapes : {text}",
    "cmd.update.post.challenges": "Difficultés : {list}",
    "cmd.update.post.footer": "Mise à jour {ref} · les mises à jour sont publiques (§3.5.4)",
    "cmd.update.post.footer_edited":
      "Mise à jour {ref} · corrigée le {when} (révision {revision}) · les versions antérieures sont conservées",
    "cmd.endorse.summary":
      "approuver le plan d'action de votre membre au nom de votre organisation (règle PLAN-5)",
    "cmd.endorse_withdraw.summary": "retirer l'approbation de votre organisation avant la soumission du plan",
    "cmd.endorse.usage":
      "Tapez /ogp endorse PLAN ou /ogp endorse withdraw PLAN, où PLAN est le nom court du membre (ou MEMBRE:N).",
    "cmd.endorse.not_civil_society":
      "Seule la société civile de {owner} peut approuver son plan (règle PLAN-5, §3.3.1).",
    "cmd.endorse.government_refused":
      "Les rôles gouvernementaux ne peuvent pas approuver : la règle PLAN-5 (§3.3.1) demande l'approbation d'organisations non gouvernementales de {owner}.",
    "cmd.endorse.no_organization":
      "Votre profil n'indique aucune organisation non gouvernementale, or une approbation est donnée par l'une d'elles (règle PLAN-5, §2.2). Demandez à l'Unité d'appui de la renseigner.",
    "cmd.endorse.submitted":
      "« {plan} » a le statut {status} : la règle PLAN-5 (§3.3.1) reçoit les approbations avant la soumission du plan.",
    "cmd.endorse.withdraw_submitted":
      "« {plan} » a le statut {status} : une approbation ne peut être retirée qu'avant la soumission du plan (règle PLAN-5, §3.3.1).",
    "cmd.endorse.already": "{organization} approuve déjà ce plan (depuis le {when}).",
    "cmd.endorse.question": "Approuver « {plan} » au nom de {organization} ?",
    "cmd.endorse.confirm_button": "Approuver le plan",
    "cmd.endorse.owner": "Membre",
    "cmd.endorse.rule":
      "Règle PLAN-5 (§3.3.1) : un plan n'est soumis qu'avec l'approbation d'au moins une organisation non gouvernementale.",
    "cmd.endorse.done": "{organization} a approuvé « {plan} » — par {name}, le {when}.",
    "cmd.endorse.nothing_to_withdraw": "{organization} n'approuve pas ce plan : il n'y a rien à retirer.",
    "cmd.endorse.withdrawn": "{organization} a retiré son approbation de « {plan} » — par {name}, le {when}.",
    "cmd.modify.summary": "proposer une modification d'un engagement (point de contact ; règle MOD-1)",
    "cmd.modify.usage": "Tapez /ogp modify ENGAGEMENT, par exemple /ogp modify mxtdb0004.",
    "cmd.modify.not_poc": "Seul le point de contact propose des modifications de {code} (§3.2.1.3).",
    "cmd.modify.withdrawn": "{code} est retiré et ne peut plus être modifié.",
    "cmd.modify.not_submitted":
      "{code} n'est pas encore soumis : modifiez le brouillon au lieu de proposer une modification.",
    "cmd.modify.window_closed":
      "Règle MOD-1 (§3.2.1.3) : une modification ne peut être proposée que dans les {months} mois suivant la soumission de l'engagement. {code} a été soumis le {submitted} ; le délai s'est terminé le {closed}.",
    "cmd.modify.form_title": "Proposer une modification",
    "cmd.modify.submit": "Proposer",
    "cmd.modify.field.kind": "Type de modification",
    "cmd.modify.field.new_end_date": "Nouvelle date de fin",
    "cmd.modify.field.change": "Ce qui change",
    "cmd.modify.field.rationale": "Pourquoi",
    "cmd.modify.hint.new_end_date": "Seulement pour un changement de calendrier.",
    "cmd.modify.error.end_date_needed": "Un changement de calendrier demande la nouvelle date de fin.",
    "cmd.modify.error.commit1_duration":
      "Règle COMMIT-1 (§3.2.1.2) : un engagement dure au moins un an à partir de son début.",
    "cmd.modify.error.commit1_plan_end":
      "Règle COMMIT-1 (§3.2.1.2) : un engagement se termine au plus tard avec son plan, le {end}.",
    "cmd.modify.error.change_needed": "Décrivez la modification.",
    "cmd.modify.proposed":
      "La modification {ref} de {code} est proposée. Elle prend effet une fois approuvée par la société civile (règle MOD-2).",
    "cmd.modify.shared": "La société civile a été sollicitée dans {count} canal/canaux.",
    "cmd.modify.not_shared":
      "Aucun canal ne suit ce membre : la société civile peut taper /ogp approve {ref} ou /ogp reject {ref}.",
    "cmd.modify.channel_summary":
      "Modification {ref} de {code} proposée : l'accord de la société civile est nécessaire",
    "cmd.modify.heading": "Modification {ref} de {code} · {title}",
    "cmd.modify.proposed_by": "Proposée par",
    "cmd.modify.change_text": "Modification : {text}",
    "cmd.modify.rationale_text": "Pourquoi : {text}",
    "cmd.modify.ask_consent":
      "Société civile du membre : approuvez ou rejetez la modification {ref} (règle MOD-2, §3.2.1.3).",
    "cmd.modify.approve_button": "Approuver",
    "cmd.modify.reject_button": "Rejeter",
    "cmd.modify.cancel": "Annuler",
    "cmd.modify.reject_confirm_title": "Rejeter la modification ?",
    "cmd.modify.reject_confirm_text":
      "Un seul rejet par la société civile suffit : la modification {ref} ne prendra pas effet.",
    "cmd.approve.summary": "approuver une modification proposée (société civile ; règle MOD-2)",
    "cmd.reject.summary": "rejeter une modification proposée (société civile ; règle MOD-2)",
    "cmd.approve.usage": "Tapez /ogp approve MODIFICATION avec la référence indiquée dans la proposition.",
    "cmd.reject.usage": "Tapez /ogp reject MODIFICATION avec la référence indiquée dans la proposition.",
    "cmd.decide.not_found":
      "Aucune modification « {ref} ». Utilisez la référence indiquée dans la proposition (8 caractères).",
    "cmd.decide.not_civil_society":
      "Seule la société civile du membre approuve ou rejette les modifications de {code} (règle MOD-2, §3.2.1.3).",
    "cmd.decide.approved":
      "La modification {ref} de {code} est approuvée par {name}, le {when} : elle prend effet.",
    "cmd.decide.rejected":
      "La modification {ref} de {code} est rejetée par {name}, le {when} : elle ne prend pas effet.",
    "cmd.decide.pending": "La modification {ref} attend la décision de la société civile.",
    "cmd.decide.rule":
      "Règle MOD-2 (§3.2.1.3) : une modification prend effet avec au moins une approbation et aucun rejet de la société civile du membre ; chaque étape est consignée et l'Unité d'appui est informée.",
    "cmd.decide.support_unit_summary": "Modification {ref} décidée (MOD-2)",
    "cmd.decide.support_unit_notice":
      "Pour l'Unité d'appui : la modification {ref} a été décidée (règle MOD-2, §3.2.1.3).",
    "cmd.meeting.summary": "consigner une réunion de co-création ou de mise en œuvre (un formulaire)",
    "cmd.meeting.usage": "Tapez /ogp meeting ou /ogp meeting MEMBRE.",
    "cmd.meeting.no_rights":
      "Seul un point de contact, ou un agent autorisé par le point de contact, consigne les réunions (manuel §1).",
    "cmd.meeting.not_allowed":
      "Seul le point de contact de {member}, ou un agent qu'il a autorisé, consigne ses réunions (manuel §1).",
    "cmd.meeting.form_title": "Consigner une réunion",
    "cmd.meeting.submit": "Consigner",
    "cmd.meeting.step_records": "Organisations et compte rendu",
    "cmd.meeting.field.held_on": "Date",
    "cmd.meeting.field.phase": "Phase",
    "cmd.meeting.field.title": "Titre",
    "cmd.meeting.field.government": "Participants gouvernementaux",
    "cmd.meeting.field.non_government": "Participants non gouvernementaux",
    "cmd.meeting.field.organizations": "Organisations présentes",
    "cmd.meeting.field.minutes_url": "Lien vers le compte rendu",
    "cmd.meeting.hint.organizations": "Une par ligne.",
    "cmd.meeting.error.future": "Une réunion se consigne une fois qu'elle a eu lieu.",
    "cmd.meeting.recorded": "Réunion de {member} consignée (référence {ref}).",
    "cmd.meeting.heading": "{member} : {title}",
    "cmd.meeting.organizations_text": "Organisations : {list}",
    "cmd.meeting.minutes": "Compte rendu",
    "cmd.meeting.multi_stakeholder":
      "Multipartite : des participants gouvernementaux et non gouvernementaux étaient présents (règle PROB-2, §3.3.1).",
    "cmd.meeting.not_multi_stakeholder":
      "Pas multipartite : la règle PROB-2 (§3.3.1) compte les réunions avec des participants gouvernementaux et non gouvernementaux.",
    "cmd.meeting.channel_summary": "Réunion consignée pour {member}",
    "cmd.evidence.summary": "joindre un lien à un plan, un engagement, un jalon (CODE.N) ou une réunion",
    "cmd.evidence.usage":
      "Tapez /ogp evidence SUJET URL [TYPE] [TITRE], par exemple /ogp evidence mxtdb0004.2 https://example.org/rapport.pdf media Couverture de presse.",
    "cmd.evidence.bad_url": "Une preuve est un lien web commençant par https:// ou http://.",
    "cmd.evidence.subject_not_found": "Aucun plan, engagement, jalon ou réunion « {ref} ».",
    "cmd.evidence.not_allowed":
      "Seul le point de contact de {member}, ou un agent qu'il a autorisé, ajoute ses preuves (manuel §1).",
    "cmd.evidence.attached": "Preuve « {title} » ({kind}) jointe à {subject}.",
    "cmd.subscribe.summary":
      "envoyer un type d'alerte dans ce canal : alerts, updates MEMBRE, circle CERCLE, digest PAYS",
    "cmd.unsubscribe.summary": "arrêter un type d'alerte dans ce canal",
    "cmd.subscribe.usage":
      "Tapez /ogp subscribe alerts [PAYS|all] [RÈGLE,RÈGLE…], /ogp subscribe updates MEMBRE, /ogp subscribe circle CERCLE ou /ogp subscribe digest PAYS (et de même avec unsubscribe).",
    "cmd.subscribe.label_filtered": "{label} ({filter})",
    "cmd.subscribe.unknown_kinds":
      "Type(s) d'alerte inconnu(s) : {kinds}. Les alertes se filtrent par identifiant de règle, p. ex. DUE-UPDATE,INACT-4,REVOKE-1.",
    "cmd.unsubscribe.usage":
      "Tapez /ogp unsubscribe alerts, /ogp unsubscribe updates MEMBRE, /ogp unsubscribe circle CERCLE ou /ogp unsubscribe digest PAYS.",
    "cmd.subscribe.needs_channel": "Lancez cette commande dans le canal qui doit recevoir les alertes.",
    "cmd.subscribe.support_unit_only":
      "Seule l'Unité d'appui oriente les alertes de l'Unité d'appui (manuel §1).",
    "cmd.subscribe.member_not_allowed":
      "Seuls l'Unité d'appui ou le point de contact de {member} orientent ses mises à jour (manuel §1).",
    "cmd.subscribe.circle_not_found": "Aucun cercle d'apprentissage « {ref} ».",
    "cmd.subscribe.circle_not_allowed":
      "Seuls l'Unité d'appui ou un point de contact d'un membre de {circle} orientent ses alertes (manuel §1, §2.4).",
    "cmd.subscribe.country_not_allowed":
      "Seuls l'Unité d'appui ou le coordinateur national de {country} orientent sa synthèse (manuel §1, §7).",
    "cmd.subscribe.label_member": "les mises à jour de {member}",
    "cmd.subscribe.label_circle": "le cercle {circle}",
    "cmd.subscribe.label_country": "la synthèse de {country}",
    "cmd.subscribe.added": "Ce canal reçoit désormais {label}.",
    "cmd.subscribe.already": "Ce canal reçoit déjà {label}.",
    "cmd.unsubscribe.removed": "Ce canal ne reçoit plus {label}.",
    "cmd.unsubscribe.absent": "Ce canal ne recevait pas {label}.",
    "cmd.subscribe.list_title": "Ce canal reçoit :",
    "cmd.subscribe.list_empty": "Ce canal ne reçoit encore aucune alerte.",
    "cmd.home.title": "OGP Local",
    "cmd.home.hello":
      "Bonjour {name}. Voici vos membres, leur statut aujourd'hui et ce que vous avez à faire.",
    "cmd.home.no_members": "Vous ne suivez encore aucun membre.",
    "cmd.home.plan_line": "{plan} · {start} – {end} · {status}",
    "cmd.home.more_members": "{count} autres membres : tapez /ogp status MEMBRE.",
    "cmd.home.pending_title": "En attente de votre accord (règle MOD-2) :",
    "cmd.home.pending_line": "Modification {ref} de {code} ({kind}) : {rationale}",
    "cmd.form.required": "Obligatoire.",
    "cmd.form.too_long": "{max} caractères au plus.",
    "cmd.form.number_range": "Un nombre entier de {min} à {max}.",
    "cmd.form.date": "Une date comme 2026-03-31.",
    "cmd.form.choice": "Choisissez l'une des options.",
    "cmd.form.links": "Pas des liens web : {entries}. Utilisez des liens commençant par https://.",
    "cmd.form.too_many_links": "{max} liens au plus.",
  },
  es: {
    ...vocabulary(2),
    "cmd.unlinked":
      "Su cuenta de chat aún no está vinculada a una persona de OGP Local. Pida un código de vinculación a la Unidad de Apoyo (o a su punto de contacto) —lo crean con `link-code create`— y escriba /ogp link CÓDIGO. Después, sus roles deciden lo que puede hacer.",
    "cmd.failed":
      "Algo salió mal de nuestro lado y no se guardó nada. Quedó registrado; inténtelo de nuevo en un momento.",
    "cmd.unknown": "Comando desconocido «{typed}». Escriba /ogp help para ver lo que puede hacer.",
    "cmd.unknown_suggest":
      "Comando desconocido «{typed}». ¿Quiso decir /ogp {suggestion}? Escriba /ogp help para ver lo que puede hacer.",
    "cmd.list.more": "…y {count} más.",
    "cmd.completion.with_pct": "{label} ({percent} %)",
    "cmd.help.title": "Comandos de OGP Local",
    "cmd.help.summary": "lo que puede hacer aquí, según su rol",
    "cmd.help.you_are": "Usted es {name}: {roles}.",
    "cmd.help.no_roles":
      "Usted es {name}. Aún no tiene ningún rol: puede consultar pero no actuar; pida uno a la Unidad de Apoyo.",
    "cmd.help.role_in": "{role} de {scope}",
    "cmd.help.scope_global": "OGP Local",
    "cmd.help.footer":
      "Cada comando se escribe /ogp COMANDO. Los estados y los informes de avance son públicos (manual §3.5.4, §4).",
    "cmd.link.summary": "vincular esta cuenta de chat a su persona de OGP Local con un código de un solo uso",
    "cmd.link.usage":
      "Escriba /ogp link CÓDIGO con el código que le dio la Unidad de Apoyo (por ejemplo /ogp link ABCD-2345).",
    "cmd.link.invalid_code":
      "Ese código de vinculación no es válido: puede estar mal escrito, ya usado o vencido. Pida uno nuevo.",
    "cmd.link.linked_elsewhere":
      "Esta cuenta de chat ya está vinculada a otra persona. Pida primero a la Unidad de Apoyo que la desvincule.",
    "cmd.link.linked": "Cuenta vinculada: usted es {name}. Escriba /ogp help para ver lo que puede hacer.",
    "cmd.link.already_linked": "Esta cuenta de chat ya estaba vinculada a {name}; el código queda usado.",
    "cmd.status.summary":
      "el estado de un miembro con sus razones, su plan, sus compromisos y sus próximos vencimientos",
    "cmd.status.heading": "{member} — {status}",
    "cmd.status.since": "Desde",
    "cmd.status.country": "País",
    "cmd.status.plan": "Plan de acción",
    "cmd.status.period": "Período",
    "cmd.status.plan_status": "Estado del plan",
    "cmd.status.endorsements": "Respaldado por",
    "cmd.status.no_endorsement": "ninguna organización por ahora",
    "cmd.status.reason_rule": "Regla {rule}: {reason} (desde el {date})",
    "cmd.status.reason": "{reason} (desde el {date})",
    "cmd.status.no_plan": "Aún no hay ningún plan de acción registrado.",
    "cmd.status.no_commitments": "El plan vigente aún no tiene compromisos registrados.",
    "cmd.status.commitments": "Compromisos:",
    "cmd.status.commitment_line":
      "{code} · {title} — {state}, {completion}, hitos completados {done}/{total}",
    "cmd.status.next_due": "Próximos vencimientos:",
    "cmd.due.summary": "lo que tiene que hacer a continuación, en todos sus miembros",
    "cmd.due.title": "Pendiente para usted",
    "cmd.due.none": "No tiene nada pendiente por ahora.",
    "cmd.due.item": "{date}: {text}",
    "cmd.due.item_overdue": "VENCIDO desde el {date}: {text}",
    "cmd.member.not_found":
      "No hay ningún miembro «{ref}». Use el nombre corto o el código del miembro, como en el sitio público.",
    "cmd.member.none_in_scope":
      "No sigue a ningún miembro, así que /ogp {command} necesita uno: /ogp {command} MIEMBRO.",
    "cmd.member.choose": "¿Qué miembro?",
    "cmd.member.placeholder": "Elija un miembro",
    "cmd.member.more": "{count} más sin mostrar: escriba /ogp {command} MIEMBRO.",
    "cmd.commitment.not_found":
      "No hay ningún compromiso «{ref}». Use su identificador, por ejemplo mxtdb0004.",
    "cmd.plan.not_found":
      "No hay ningún plan de acción «{ref}». Use el nombre corto del miembro (su último plan) o MIEMBRO:N para el plan número N.",
    "cmd.update.summary": "publicar un informe trimestral de avance sobre un compromiso (un formulario)",
    "cmd.update_edit.summary":
      "corregir uno de sus informes (el último por defecto); la versión anterior se conserva",
    "cmd.update.usage": "Escriba /ogp update, /ogp update COMPROMISO o /ogp update edit [INFORME].",
    "cmd.update.no_rights":
      "Solo un punto de contacto, o un funcionario autorizado por el punto de contacto, publica informes de avance (manual §1).",
    "cmd.update.not_allowed":
      "Solo el punto de contacto de {member}, o un funcionario que haya autorizado, publica informes sobre este compromiso (manual §1).",
    "cmd.update.not_updatable":
      "{code} tiene el estado {status}: los informes se publican sobre compromisos activos o recién completados.",
    "cmd.update.no_commitments": "Ninguno de sus miembros tiene un compromiso activo sobre el que informar.",
    "cmd.update.choose": "¿Sobre qué compromiso es su informe?",
    "cmd.update.choose_placeholder": "Elija un compromiso",
    "cmd.update.more": "{count} más sin mostrar: escriba /ogp update COMPROMISO.",
    "cmd.update.update_not_found": "No hay ningún informe de avance «{ref}».",
    "cmd.update.no_update_yet": "Aún no ha publicado ningún informe.",
    "cmd.update.not_author": "Solo el autor de un informe puede corregirlo.",
    "cmd.update.form_title": "Informe de avance",
    "cmd.update.form_title_edit": "Corregir un informe",
    "cmd.update.submit": "Publicar",
    "cmd.update.submit_edit": "Guardar corrección",
    "cmd.update.step_context": "Retrasos, próximos pasos y evidencias",
    "cmd.update.whole_commitment": "El compromiso en su conjunto",
    "cmd.update.field.milestone": "Hito",
    "cmd.update.field.milestone_status": "Estado del hito",
    "cmd.update.field.completion": "Avance del compromiso (%)",
    "cmd.update.field.narrative": "Qué pasó este trimestre",
    "cmd.update.field.delay_reasons": "Razones de los retrasos",
    "cmd.update.field.next_steps": "Próximos pasos",
    "cmd.update.field.challenges": "Dificultades",
    "cmd.update.field.evidence": "Enlaces a evidencias (uno por línea)",
    "cmd.update.hint.completion": "0 no iniciado, 1–49 limitado, 50–99 sustancial, 100 completo.",
    "cmd.update.hint.challenges":
      "Obligatorio cuando el informe no muestra avance o el avance es nulo o limitado.",
    "cmd.update.hint.milestone_fixed":
      "El hito de un informe no cambia; publique un nuevo informe para otro hito.",
    "cmd.update.error.status_needs_milestone": "Elija el hito cuyo estado fija.",
    "cmd.update.error.challenges_needed":
      "Este informe no muestra avance, o el avance es nulo o limitado: indique al menos una dificultad.",
    "cmd.update.posted": "Su informe sobre {code} está publicado (referencia {ref}).",
    "cmd.update.corrected":
      "Su informe {ref} sobre {code} está corregido (revisión {revision}); la versión anterior se conserva.",
    "cmd.update.shared": "Compartido en {count} canal(es) que siguen a este miembro.",
    "cmd.update.not_shared":
      "Ningún canal sigue aún los informes de {member}: el punto de contacto o la Unidad de Apoyo puede escribir /ogp subscribe updates MIEMBRO en uno.",
    "cmd.update.edit_button": "Editar",
    "cmd.update.post.summary": "Nuevo informe de avance sobre {code} ({members})",
    "cmd.update.post.heading": "{members}: {code} · {title}",
    "cmd.update.post.completion": "Avance",
    "cmd.update.post.posted": "Publicado",
    "cmd.update.post.by": "{name}, {when}",
    "cmd.update.post.no_progress": "Sin avance este trimestre (cuenta para la regla INACT-3, §4.1.3).",
    "cmd.update.post.delays": "Razones de los retrasos: {text}",
    "cmd.update.post.next_steps": "Próximos pasos: {text}",
    "cmd.update.post.challenges": "Dificultades: {list}",
    "cmd.update.post.footer": "Informe {ref} · los informes de avance son públicos (§3.5.4)",
    "cmd.update.post.footer_edited":
      "Informe {ref} · corregido el {when} (revisión {revision}) · las versiones anteriores se conservan",
    "cmd.endorse.summary":
      "respaldar el plan de acción de su miembro en nombre de su organización (regla PLAN-5)",
    "cmd.endorse_withdraw.summary": "retirar el respaldo de su organización antes de que se presente el plan",
    "cmd.endorse.usage":
      "Escriba /ogp endorse PLAN o /ogp endorse withdraw PLAN, donde PLAN es el nombre corto del miembro (o MIEMBRO:N).",
    "cmd.endorse.not_civil_society":
      "Solo la sociedad civil de {owner} puede respaldar su plan (regla PLAN-5, §3.3.1).",
    "cmd.endorse.government_refused":
      "Los roles de gobierno no pueden respaldar: la regla PLAN-5 (§3.3.1) pide el respaldo de organizaciones no gubernamentales de {owner}.",
    "cmd.endorse.no_organization":
      "Su perfil no indica ninguna organización no gubernamental, y un respaldo lo da una de ellas (regla PLAN-5, §2.2). Pida a la Unidad de Apoyo que la registre.",
    "cmd.endorse.submitted":
      "«{plan}» tiene el estado {status}: la regla PLAN-5 (§3.3.1) recibe los respaldos antes de que se presente el plan.",
    "cmd.endorse.withdraw_submitted":
      "«{plan}» tiene el estado {status}: un respaldo solo puede retirarse antes de que se presente el plan (regla PLAN-5, §3.3.1).",
    "cmd.endorse.already": "{organization} ya respalda este plan (desde el {when}).",
    "cmd.endorse.question": "¿Respaldar «{plan}» en nombre de {organization}?",
    "cmd.endorse.confirm_button": "Respaldar el plan",
    "cmd.endorse.owner": "Miembro",
    "cmd.endorse.rule":
      "Regla PLAN-5 (§3.3.1): un plan solo se presenta con el respaldo de al menos una organización no gubernamental.",
    "cmd.endorse.done": "{organization} respaldó «{plan}» — por {name}, el {when}.",
    "cmd.endorse.nothing_to_withdraw":
      "{organization} no respalda este plan, así que no hay nada que retirar.",
    "cmd.endorse.withdrawn": "{organization} retiró su respaldo a «{plan}» — por {name}, el {when}.",
    "cmd.modify.summary": "proponer una modificación de un compromiso (punto de contacto; regla MOD-1)",
    "cmd.modify.usage": "Escriba /ogp modify COMPROMISO, por ejemplo /ogp modify mxtdb0004.",
    "cmd.modify.not_poc": "Solo el punto de contacto propone modificaciones de {code} (§3.2.1.3).",
    "cmd.modify.withdrawn": "{code} está retirado y ya no puede modificarse.",
    "cmd.modify.not_submitted":
      "{code} aún no se ha presentado: edite el borrador en lugar de proponer una modificación.",
    "cmd.modify.window_closed":
      "Regla MOD-1 (§3.2.1.3): una modificación solo puede proponerse en los {months} meses siguientes a la presentación del compromiso. {code} se presentó el {submitted}; el plazo terminó el {closed}.",
    "cmd.modify.form_title": "Proponer modificación",
    "cmd.modify.submit": "Proponer",
    "cmd.modify.field.kind": "Tipo de cambio",
    "cmd.modify.field.new_end_date": "Nueva fecha de fin",
    "cmd.modify.field.change": "Qué cambia",
    "cmd.modify.field.rationale": "Por qué",
    "cmd.modify.hint.new_end_date": "Solo para un cambio de calendario.",
    "cmd.modify.error.end_date_needed": "Un cambio de calendario necesita la nueva fecha de fin.",
    "cmd.modify.error.commit1_duration":
      "Regla COMMIT-1 (§3.2.1.2): un compromiso dura al menos un año desde su inicio.",
    "cmd.modify.error.commit1_plan_end":
      "Regla COMMIT-1 (§3.2.1.2): un compromiso termina a más tardar con su plan, el {end}.",
    "cmd.modify.error.change_needed": "Describa el cambio.",
    "cmd.modify.proposed":
      "La modificación {ref} de {code} está propuesta. Entra en vigor cuando la sociedad civil la apruebe (regla MOD-2).",
    "cmd.modify.shared": "Se consultó a la sociedad civil en {count} canal(es).",
    "cmd.modify.not_shared":
      "Ningún canal sigue a este miembro: la sociedad civil puede escribir /ogp approve {ref} o /ogp reject {ref}.",
    "cmd.modify.channel_summary":
      "Modificación {ref} de {code} propuesta: se necesita el acuerdo de la sociedad civil",
    "cmd.modify.heading": "Modificación {ref} de {code} · {title}",
    "cmd.modify.proposed_by": "Propuesta por",
    "cmd.modify.change_text": "Cambio: {text}",
    "cmd.modify.rationale_text": "Por qué: {text}",
    "cmd.modify.ask_consent":
      "Sociedad civil del miembro: apruebe o rechace la modificación {ref} (regla MOD-2, §3.2.1.3).",
    "cmd.modify.approve_button": "Aprobar",
    "cmd.modify.reject_button": "Rechazar",
    "cmd.modify.cancel": "Cancelar",
    "cmd.modify.reject_confirm_title": "¿Rechazar la modificación?",
    "cmd.modify.reject_confirm_text":
      "Un solo rechazo de la sociedad civil decide: la modificación {ref} no entrará en vigor.",
    "cmd.approve.summary": "aprobar una modificación propuesta (sociedad civil; regla MOD-2)",
    "cmd.reject.summary": "rechazar una modificación propuesta (sociedad civil; regla MOD-2)",
    "cmd.approve.usage": "Escriba /ogp approve MODIFICACIÓN con la referencia que acompaña la propuesta.",
    "cmd.reject.usage": "Escriba /ogp reject MODIFICACIÓN con la referencia que acompaña la propuesta.",
    "cmd.decide.not_found":
      "No hay ninguna modificación «{ref}». Use la referencia que acompaña la propuesta (8 caracteres).",
    "cmd.decide.not_civil_society":
      "Solo la sociedad civil del miembro aprueba o rechaza modificaciones de {code} (regla MOD-2, §3.2.1.3).",
    "cmd.decide.approved":
      "La modificación {ref} de {code} fue aprobada por {name}, el {when}: entra en vigor.",
    "cmd.decide.rejected":
      "La modificación {ref} de {code} fue rechazada por {name}, el {when}: no entra en vigor.",
    "cmd.decide.pending": "La modificación {ref} espera la decisión de la sociedad civil.",
    "cmd.decide.rule":
      "Regla MOD-2 (§3.2.1.3): una modificación entra en vigor con al menos una aprobación y ningún rechazo de la sociedad civil del miembro; cada paso se registra y se informa a la Unidad de Apoyo.",
    "cmd.decide.support_unit_summary": "Modificación {ref} decidida (MOD-2)",
    "cmd.decide.support_unit_notice":
      "Para la Unidad de Apoyo: la modificación {ref} fue decidida (regla MOD-2, §3.2.1.3).",
    "cmd.meeting.summary": "registrar una reunión de cocreación o de implementación (un formulario)",
    "cmd.meeting.usage": "Escriba /ogp meeting o /ogp meeting MIEMBRO.",
    "cmd.meeting.no_rights":
      "Solo un punto de contacto, o un funcionario autorizado por el punto de contacto, registra reuniones (manual §1).",
    "cmd.meeting.not_allowed":
      "Solo el punto de contacto de {member}, o un funcionario que haya autorizado, registra sus reuniones (manual §1).",
    "cmd.meeting.form_title": "Registrar una reunión",
    "cmd.meeting.submit": "Registrar",
    "cmd.meeting.step_records": "Organizaciones y acta",
    "cmd.meeting.field.held_on": "Fecha",
    "cmd.meeting.field.phase": "Fase",
    "cmd.meeting.field.title": "Título",
    "cmd.meeting.field.government": "Participantes del gobierno",
    "cmd.meeting.field.non_government": "Participantes no gubernamentales",
    "cmd.meeting.field.organizations": "Organizaciones presentes",
    "cmd.meeting.field.minutes_url": "Enlace al acta",
    "cmd.meeting.hint.organizations": "Una por línea.",
    "cmd.meeting.error.future": "Una reunión se registra una vez celebrada.",
    "cmd.meeting.recorded": "Reunión de {member} registrada (referencia {ref}).",
    "cmd.meeting.heading": "{member}: {title}",
    "cmd.meeting.organizations_text": "Organizaciones: {list}",
    "cmd.meeting.minutes": "Acta",
    "cmd.meeting.multi_stakeholder":
      "Multiactor: participaron personas del gobierno y de fuera del gobierno (regla PROB-2, §3.3.1).",
    "cmd.meeting.not_multi_stakeholder":
      "No es multiactor: la regla PROB-2 (§3.3.1) cuenta reuniones con participantes del gobierno y no gubernamentales.",
    "cmd.meeting.channel_summary": "Reunión registrada para {member}",
    "cmd.evidence.summary": "adjuntar un enlace a un plan, compromiso, hito (CÓDIGO.N) o reunión",
    "cmd.evidence.usage":
      "Escriba /ogp evidence OBJETO URL [TIPO] [TÍTULO], por ejemplo /ogp evidence mxtdb0004.2 https://example.org/informe.pdf media Cobertura de prensa.",
    "cmd.evidence.bad_url": "Una evidencia es un enlace web que empieza por https:// o http://.",
    "cmd.evidence.subject_not_found": "No hay ningún plan, compromiso, hito ni reunión «{ref}».",
    "cmd.evidence.not_allowed":
      "Solo el punto de contacto de {member}, o un funcionario que haya autorizado, añade sus evidencias (manual §1).",
    "cmd.evidence.attached": "Evidencia «{title}» ({kind}) adjuntada a {subject}.",
    "cmd.subscribe.summary":
      "enviar un tipo de alerta a este canal: alerts, updates MIEMBRO, circle CÍRCULO, digest PAÍS",
    "cmd.unsubscribe.summary": "dejar de recibir un tipo de alerta en este canal",
    "cmd.subscribe.usage":
      "Escriba /ogp subscribe alerts [PAÍS|all] [REGLA,REGLA…], /ogp subscribe updates MIEMBRO, /ogp subscribe circle CÍRCULO o /ogp subscribe digest PAÍS (y lo mismo con unsubscribe).",
    "cmd.subscribe.label_filtered": "{label} ({filter})",
    "cmd.subscribe.unknown_kinds":
      "Tipo(s) de alerta desconocido(s): {kinds}. Las alertas se filtran por identificador de regla, p. ej. DUE-UPDATE,INACT-4,REVOKE-1.",
    "cmd.unsubscribe.usage":
      "Escriba /ogp unsubscribe alerts, /ogp unsubscribe updates MIEMBRO, /ogp unsubscribe circle CÍRCULO o /ogp unsubscribe digest PAÍS.",
    "cmd.subscribe.needs_channel": "Ejecute este comando en el canal que debe recibir las alertas.",
    "cmd.subscribe.support_unit_only":
      "Solo la Unidad de Apoyo dirige las alertas de la Unidad de Apoyo (manual §1).",
    "cmd.subscribe.member_not_allowed":
      "Solo la Unidad de Apoyo o el punto de contacto de {member} dirigen sus informes (manual §1).",
    "cmd.subscribe.circle_not_found": "No hay ningún círculo de aprendizaje «{ref}».",
    "cmd.subscribe.circle_not_allowed":
      "Solo la Unidad de Apoyo o un punto de contacto de un miembro de {circle} dirigen sus alertas (manual §1, §2.4).",
    "cmd.subscribe.country_not_allowed":
      "Solo la Unidad de Apoyo o la coordinación nacional de {country} dirigen su resumen (manual §1, §7).",
    "cmd.subscribe.label_member": "los informes de {member}",
    "cmd.subscribe.label_circle": "el círculo {circle}",
    "cmd.subscribe.label_country": "el resumen de {country}",
    "cmd.subscribe.added": "Este canal recibe ahora {label}.",
    "cmd.subscribe.already": "Este canal ya recibe {label}.",
    "cmd.unsubscribe.removed": "Este canal ya no recibe {label}.",
    "cmd.unsubscribe.absent": "Este canal no recibía {label}.",
    "cmd.subscribe.list_title": "Este canal recibe:",
    "cmd.subscribe.list_empty": "Este canal aún no recibe ninguna alerta.",
    "cmd.home.title": "OGP Local",
    "cmd.home.hello": "Hola, {name}. Estos son sus miembros, su estado hoy y lo que tiene pendiente.",
    "cmd.home.no_members": "Aún no sigue a ningún miembro.",
    "cmd.home.plan_line": "{plan} · {start} – {end} · {status}",
    "cmd.home.more_members": "{count} miembros más: escriba /ogp status MIEMBRO.",
    "cmd.home.pending_title": "Esperando su acuerdo (regla MOD-2):",
    "cmd.home.pending_line": "Modificación {ref} de {code} ({kind}): {rationale}",
    "cmd.form.required": "Obligatorio.",
    "cmd.form.too_long": "{max} caracteres como máximo.",
    "cmd.form.number_range": "Un número entero de {min} a {max}.",
    "cmd.form.date": "Una fecha como 2026-03-31.",
    "cmd.form.choice": "Elija una de las opciones.",
    "cmd.form.links": "No son enlaces web: {entries}. Use enlaces que empiecen por https://.",
    "cmd.form.too_many_links": "{max} enlaces como máximo.",
  },
} satisfies MessageTable;
