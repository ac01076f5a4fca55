import type { commands as english } from "../en/commands.js";

export const commands = {
  "cmd.unlinked":
    "Votre compte de discussion n'est pas encore lié à une personne d'OGP Local. Demandez un code de liaison à l'Unité d'appui (ou à votre point de contact) — ils le créent avec `link-code create` — puis tapez /ogp link CODE. Ensuite, vos rôles décident de ce que vous pouvez faire.",
  "cmd.changed_meanwhile":
    "Quelqu'un a modifié la même chose au même moment : rien de votre demande n'a été enregistré. Regardez de nouveau (par exemple avec /ogp status) et recommencez si c'est encore nécessaire.",
  "cmd.failed":
    "Une erreur s'est produite de notre côté et rien n'a été enregistré. Elle a été consignée ; réessayez dans un instant.",
  "cmd.argument_too_long":
    "Un argument est trop long (plus de {max} caractères). Tapez /ogp help pour voir comment s'écrit chaque commande.",
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
  "cmd.link.locked":
    "Trop de codes de liaison erronés : la liaison est suspendue pendant {minutes} minutes. Demandez un nouveau code si le vôtre est perdu ; l'Unité d'appui a été prévenue.",
  "cmd.link.lockout.title": "Codes de liaison : tentatives bloquées",
  "cmd.link.lockout.identity":
    "{attempts} codes de liaison erronés en {minutes} minutes de l'utilisateur {platform} {user} : ses tentatives sont bloquées pendant une heure. Quelqu'un essaie peut-être de deviner des codes.",
  "cmd.link.lockout.everyone":
    "{attempts} codes de liaison erronés en {minutes} minutes, tous comptes confondus : toute liaison est suspendue pendant {minutes} minutes. Quelqu'un essaie peut-être de deviner des codes.",
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
  "cmd.commitment.not_found": "Aucun engagement « {ref} ». Utilisez son identifiant, par exemple mxtdb0004.",
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
  "cmd.home.hello": "Bonjour {name}. Voici vos membres, leur statut aujourd'hui et ce que vous avez à faire.",
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
} satisfies Record<keyof typeof english, string>;
