import type { plans as english } from "../en/plans.js";

export const plans = {
  "plans.cmd.draft.summary":
    "rédiger le prochain plan d'action de votre membre : période et vision (point de contact ; §3.2)",
  "plans.cmd.submit.summary":
    "soumettre le plan une fois ses engagements, jalons et approbation réunis (point de contact ; PLAN-1…6)",
  "plans.cmd.request_endorsement.summary":
    "demander à la société civile de votre membre d'approuver le plan (point de contact ; PLAN-5)",
  "plans.cmd.commitment_add.summary":
    "ajouter un engagement au plan en cours de rédaction (point de contact ; annexe 2, COMMIT-1/2, PLAN-3)",
  "plans.cmd.milestone_add.summary":
    "ajouter un jalon à un engagement du plan en cours de rédaction (point de contact ; MILESTONE-1)",
  "plans.usage":
    "Tapez /ogp plan draft, /ogp plan request-endorsement ou /ogp plan submit, suivi si besoin du nom court du membre.",
  "plans.not_poc": "Seul le point de contact de {member} rédige et soumet son plan d'action (§1, §3.2).",
  "plans.none_in_preparation":
    "{member} n'a aucun plan d'action en brouillon ou en co-création. Commencez-en un avec /ogp plan draft.",
  "plans.no_member":
    "Vous n'êtes le point de contact d'aucun membre : il n'y a pas de plan à rédiger (/ogp {usage}).",
  "plans.hint.english": "En anglais : les plans sont soumis en anglais (règle PLAN-6).",
  "plans.field.member": "Membre",
  "plans.field.period": "Période",
  "plans.field.endorsed_by": "Approuvé par",
  "plans.field.commitments": "Engagements",
  "plans.field.dates": "Dates",
  "plans.button.draft": "Rédiger le prochain plan",
  "plans.button.add_commitment": "Ajouter un engagement",
  "plans.button.add_milestone": "Ajouter un jalon",
  "plans.button.submit": "Soumettre le plan",
  "plans.button.request_endorsement": "Demander l'approbation",
  "plans.draft.open_plan":
    "{member} a déjà le plan « {plan} » ({status}) en cours jusqu'au {end} : un nouveau plan se rédige une fois celui-ci terminé (§3.2).",
  "plans.draft.form_title": "Rédiger un plan",
  "plans.draft.submit": "Enregistrer le brouillon",
  "plans.draft.field.title": "Titre du plan",
  "plans.draft.field.period_start": "Début de la période du plan",
  "plans.draft.field.period_end": "Fin de la période du plan",
  "plans.draft.field.long_term_vision": "Vision à long terme (annexe 1)",
  "plans.draft.field.participation_space": "Espace de participation (lien ou lieu)",
  "plans.draft.hint.participation_space":
    "Où le public participe, en ligne ou sur place : la règle PROB-2 (Forum) en demande un d'ici la soumission.",
  "plans.draft.hint.plan1": "Au moins 2 mois avant la fin du mandat (règle PLAN-1).",
  "plans.draft.hint.plan2": "Sans élections, un plan dure de 1 à 4 ans (règle PLAN-2).",
  "plans.draft.hint.long_term_vision":
    "La vision de gouvernement ouvert que sert le plan, en quelques phrases.",
  "plans.draft.recorded": "Le plan {number} de {member}, « {plan} », est enregistré comme brouillon.",
  "plans.draft.next":
    "Ensuite : ajoutez ses engagements et leurs jalons, demandez l'approbation de la société civile, puis soumettez-le avec /ogp plan submit.",
  "plans.submit.no_commitments":
    "Le plan n'a encore aucun engagement : ajoutez-en un avec /ogp commitment add.",
  "plans.submit.refused": "« {plan} » ne peut pas encore être soumis ({count} problème(s)) :",
  "plans.submit.ask_endorsement":
    "La société civile du membre peut approuver le plan depuis un message privé : sollicitez-la avec le bouton ci-dessous.",
  "plans.submit.shared": "Annoncé dans {count} canal(aux).",
  "plans.submit.not_shared":
    "Aucun canal ne suit ce membre : la soumission n'a pas été annoncée dans le chat.",
  "plans.submitted.summary": "{member} a soumis le plan d'action « {plan} » le {date}.",
  "plans.submitted.rule":
    "Règle PLAN-5 (§3.3.1) : la soumission indique les organisations non gouvernementales qui approuvent le plan. Ses engagements sont désormais actifs.",
  "plans.endorsement_request.summary": "{member} vous demande d'approuver son plan d'action « {plan} »",
  "plans.endorsement_request.text":
    "{name}, point de contact de {member}, demande à votre organisation d'approuver ce plan d'action avant sa soumission.",
  "plans.endorsement_request.button": "Examiner et approuver",
  "plans.endorsement_request.rule":
    "Règle PLAN-5 (§3.3.1) : un plan n'est soumis qu'avec l'approbation d'au moins une organisation non gouvernementale.",
  "plans.endorsement_request.no_civil_society":
    "{member} n'a aucun acteur de la société civile enregistré à qui demander une approbation (règle PLAN-5). Demandez à l'Unité d'appui d'en enregistrer un.",
  "plans.endorsement_request.sent":
    "« {plan} » : {count} acteur(s) de la société civile sollicité(s) maintenant pour l'approuver.",
  "plans.endorsement_request.asked": "Sollicités par message privé : {names}.",
  "plans.endorsement_request.already_asked": "Déjà sollicités : {names}.",
  "plans.endorsement_request.unreachable": "Sans compte de chat lié, à solliciter autrement : {names}.",
  "plans.endorsement_request.next":
    "Le plan est désormais : {status}. Dès qu'une organisation l'approuve, soumettez-le avec /ogp plan submit.",
  "plans.commitment.usage": "Tapez /ogp commitment add, suivi si besoin du nom court du membre.",
  "plans.commitment.form_title": "Ajouter un engagement",
  "plans.commitment.submit": "Ajouter l'engagement",
  "plans.commitment.step.problem": "Problème et action",
  "plans.commitment.step.classification": "Classification et ressources",
  "plans.commitment.field.title": "Titre",
  "plans.commitment.field.short_title": "Titre court",
  "plans.commitment.field.start_date": "Date de début",
  "plans.commitment.field.end_date": "Date de fin",
  "plans.commitment.field.lead_agency": "Agence chef de file (service)",
  "plans.commitment.field.problem": "Problème traité",
  "plans.commitment.field.action": "Ce que fait l'engagement",
  "plans.commitment.field.expected_results": "Résultats attendus",
  "plans.commitment.field.national_alignment": "Engagement du plan national correspondant",
  "plans.commitment.field.policy_areas": "Domaines d'action",
  "plans.commitment.field.sectors": "Secteurs principaux",
  "plans.commitment.field.ogp_values": "Valeurs du PGO",
  "plans.commitment.field.resources_secured": "Ressources assurées",
  "plans.commitment.hint.commit1":
    "Au moins un an, et au plus tard à la fin du plan, le {end} (règle COMMIT-1).",
  "plans.commitment.hint.national_alignment": "Facultatif : l'engagement ou l'axe prioritaire national (§7).",
  "plans.commitment.hint.one_or_two": "Choisissez-en 1 ou 2 (règle COMMIT-2).",
  "plans.commitment.hint.at_least_one": "Choisissez-en au moins une (règle COMMIT-2).",
  "plans.resources_secured.yes": "Oui",
  "plans.resources_secured.no": "Non",
  "plans.resources_secured.partially": "En partie",
  "plans.commitment.added": "L'engagement {code}, « {title} », est ajouté à « {plan} ».",
  "plans.commitment.next":
    "Règle COMMIT-2 (annexe 2) : un engagement compte au moins un jalon. Ajoutez maintenant les jalons de {code}.",
  "plans.milestone.usage":
    "Tapez /ogp milestone add ENGAGEMENT, avec le code de l'engagement (par exemple sprfd0003).",
  "plans.milestone.not_poc": "Seul le point de contact du membre de {code} ajoute ses jalons (§1).",
  "plans.milestone.submitted":
    "{code} appartient à un plan au statut {status} : ses jalons changent par une modification (/ogp modify {code}, §3.2.1.3).",
  "plans.milestone.form_title": "Ajouter un jalon",
  "plans.milestone.submit": "Ajouter le jalon",
  "plans.milestone.field.description": "Jalon",
  "plans.milestone.field.start_month": "Mois de début",
  "plans.milestone.field.end_month": "Mois de fin",
  "plans.milestone.field.responsible_organization": "Organisation responsable",
  "plans.milestone.hint.month": "AAAA-MM, dans les dates de l'engagement (règle MILESTONE-1).",
  "plans.milestone.added": "Le jalon {position} de {code} est ajouté ({from} – {to}).",
} satisfies Record<keyof typeof english, string>;
