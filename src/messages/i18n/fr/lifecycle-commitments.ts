import type { lifecycleCommitments as english } from "../en/lifecycle-commitments.js";

export const lifecycleCommitments = {
  "cmd.complete.summary":
    "déclarer un engagement achevé : ses rapports trimestriels cessent, son évaluation finale devient due",
  "cmd.complete.usage": "Tapez /ogp complete ENGAGEMENT, par exemple /ogp complete sprfd0001.",
  "cmd.complete.not_allowed":
    "Seul le point de contact de {member}, ou un agent qu'il a autorisé, déclare ses engagements achevés (manuel §1).",
  "cmd.complete.already_completed":
    "{code} a déjà été achevé le {date} ; rien n'a changé. Son évaluation de fin d'engagement suit (règle DUE-ASSESS-END, §3.5.2).",
  "cmd.complete.already_completed_undated":
    "{code} est déjà achevé ; rien n'a changé. Son évaluation de fin d'engagement suit (règle DUE-ASSESS-END, §3.5.2).",
  "cmd.complete.withdrawn":
    "{code} a été retiré par une modification approuvée (règle MOD-2, §3.2.1.3) : un engagement retiré ne peut pas être achevé.",
  "cmd.complete.not_in_implementation":
    "{code} a le statut {status} et son plan le statut {plan} : un engagement s'achève lorsqu'il est actif dans un plan en mise en œuvre (règles DUE-UPDATE et DUE-ASSESS-END, §3.5).",
  "cmd.complete.not_started":
    "Règle COMMIT-1 (§3.2.1.2) : {code} commence le {start} ; il peut être achevé une fois commencé.",
  "cmd.complete.done": "{code} · {title} est déclaré achevé le {date}.",
  "cmd.complete.shared": "Annoncé dans {count} canal/canaux qui suivent ce membre.",
  "cmd.complete.not_shared":
    "Aucun canal ne suit encore les mises à jour de {member} : le point de contact ou l'Unité d'appui peut taper /ogp subscribe updates MEMBRE dans l'un d'eux.",
  "cmd.complete.button": "Déclarer achevé",
  "cmd.complete.ready":
    "{code} · {title} indique un avancement de 100 % : déclarez-le achevé une fois le travail terminé.",
  "cmd.complete.post.summary": "{code} est achevé ({members})",
  "cmd.complete.post.heading": "{members} : {code} · {title} — achevé",
  "cmd.complete.post.completed_on": "Achevé le",
  "cmd.complete.post.marked_by": "Déclaré par",
  "cmd.complete.post.next_assessment":
    "Plus aucun rapport trimestriel n'est dû pour cet engagement (règle DUE-UPDATE). L'évaluation de fin d'engagement par l'organe de suivi est due au plus tard le {date} (règle DUE-ASSESS-END, §3.5.2).",
  "cmd.complete.post.no_more_updates":
    "Plus aucun rapport trimestriel n'est dû pour cet engagement (règle DUE-UPDATE, §3.5).",
  "cmd.assessment.summary":
    "remettre une évaluation du plan d'action ou d'un engagement (organe de suivi ; un formulaire)",
  "cmd.assessment.usage": "Tapez /ogp assessment submit ou /ogp assessment submit MEMBRE.",
  "cmd.assessment.no_rights":
    "Seul l'organe de suivi d'un membre, ou l'Unité d'appui, remet ses évaluations (manuel §2.3, §3.5).",
  "cmd.assessment.not_allowed":
    "Seul l'organe de suivi de {owner}, ou l'Unité d'appui, remet les évaluations de son plan d'action (manuel §2.3, §3.5).",
  "cmd.assessment.no_plan":
    "{member} n'a pas encore soumis de plan d'action : les évaluations suivent la soumission d'un plan (règle DUE-ASSESS-INITIAL, §3.5.1).",
  "cmd.assessment.already_submitted_plan":
    "Le rapport « {kind} » du plan d'action « {plan} » a déjà été remis le {date} (règle {rule}, {section}) ; rien n'a changé.",
  "cmd.assessment.already_submitted_commitment":
    "Le rapport « {kind} » de {code} a déjà été remis le {date} (règle {rule}, {section}) ; rien n'a changé.",
  "cmd.assessment.form_title": "Remettre une évaluation",
  "cmd.assessment.submit": "Remettre",
  "cmd.assessment.field.kind": "Évaluation",
  "cmd.assessment.field.commitment": "Engagement évalué",
  "cmd.assessment.field.report_url": "Lien vers le rapport",
  "cmd.assessment.field.submitted_on": "Date de remise",
  "cmd.assessment.field.due_on": "Échéance",
  "cmd.assessment.hint.plan": "Du plan d'action « {plan} » ({owner}).",
  "cmd.assessment.hint.commitment": "Seulement pour une évaluation de fin d'engagement.",
  "cmd.assessment.kind.initial": "Évaluation initiale",
  "cmd.assessment.kind.end_of_commitment": "Évaluation de fin d'engagement",
  "cmd.assessment.kind.final_learning": "Rapport d'apprentissage final",
  "cmd.assessment.subject_plan": "« {plan} »",
  "cmd.assessment.error.commitment_needed":
    "Choisissez l'engagement sur lequel porte cette évaluation de fin d'engagement (règle DUE-ASSESS-END, §3.5.2).",
  "cmd.assessment.error.commitment_not_taken":
    "Seule une évaluation de fin d'engagement porte sur un engagement : laissez ce champ vide.",
  "cmd.assessment.error.no_commitments": "Ce plan n'a aucun engagement actif ou achevé à évaluer.",
  "cmd.assessment.error.report_url": "Indiquez le lien web du rapport, commençant par http:// ou https://.",
  "cmd.assessment.error.future":
    "Une évaluation s'enregistre une fois remise : la date ne peut pas être dans le futur.",
  "cmd.assessment.error.before_plan": "Le plan a été soumis le {date} : ses évaluations viennent après.",
  "cmd.assessment.recorded": "C'est enregistré : {kind} de {subject}, remise du {date}.",
  "cmd.assessment.cleared": "Règle {rule} ({section}) : l'échéance du {date} est remplie.",
  "cmd.assessment.listed": "Le rapport figure sur la page publique de {owner}.",
  "cmd.assessment.report": "Lire le rapport",
  "cmd.assessment.button": "Remettre une évaluation",
} satisfies Record<keyof typeof english, string>;
