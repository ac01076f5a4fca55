import type { scheduler as english } from "../en/scheduler.js";

export const scheduler = {
  "scheduler.title": "{what} · {member}",
  "scheduler.title.overdue": "En retard : {what} · {member}",
  "scheduler.kind.DUE-UPDATE": "Mise à jour trimestrielle",
  "scheduler.kind.DUE-PROGRESS": "Progrès ce trimestre",
  "scheduler.kind.DUE-PLAN-NEW": "Premier plan d'action",
  "scheduler.kind.DUE-PLAN-NEXT": "Prochain plan d'action",
  "scheduler.kind.DUE-ASSESS-INITIAL": "Évaluation initiale",
  "scheduler.kind.DUE-ASSESS-END": "Évaluation de fin d'engagement",
  "scheduler.kind.DUE-ASSESS-FINAL": "Rapport d'apprentissage final",
  "scheduler.kind.DUE-MILESTONE": "Jalon",
  "scheduler.kind.DUE-MEETINGS": "Réunions de mise en œuvre",
  "scheduler.kind.DUE-MOD-WINDOW": "Délai de modification",
  "scheduler.kind.DUE-PROBATION": "Probation",
  "scheduler.kind.PLAN-5": "Approbation demandée",
  "scheduler.field.member": "Membre",
  "scheduler.field.due": "Échéance",
  "scheduler.field.since": "Depuis",
  "scheduler.footer": "Règle {rule} ({section}) · {step} · dates en {timeZone}",
  "scheduler.step.days_before": "rappel {days} jours avant",
  "scheduler.step.on_the_day": "rappel le jour même",
  "scheduler.step.overdue": "en retard",
  "scheduler.step.checkpoint": "point d'étape à {months} mois",
  "scheduler.step.risk": "alerte de risque",
  "scheduler.step.letter": "projet de lettre",
  "scheduler.step.confirm": "décision requise",
  "scheduler.step.request": "demande",
  "scheduler.button.update": "Publier la mise à jour",
  "scheduler.button.meeting": "Enregistrer une réunion",
  "scheduler.button.modify": "Proposer une modification",
  "scheduler.button.endorse": "Examiner et approuver",
  "scheduler.button.snooze": "Reporter de 3 jours",
  "scheduler.button.public_page": "Page publique",
  "scheduler.button.letter_sent": "Marquer la lettre envoyée",
  "scheduler.button.confirm_revocation": "Confirmer la révocation",
  "scheduler.endorse.request":
    "Le plan d'action « {plan} » est en cours de co-création et aucune organisation non gouvernementale ne l'a encore approuvé. Règle PLAN-5 (§3.3.1) : il doit recevoir au moins une telle approbation avant d'être soumis.",
  "scheduler.language.en": "anglais",
  "scheduler.language.fr": "français",
  "scheduler.language.es": "espagnol",
  "scheduler.letter.title.inactive": "Projet de lettre : {member} est inactif",
  "scheduler.letter.title.probation": "Projet de lettre : {member} est en probation",
  "scheduler.letter.title.revoked": "Projet de lettre : l'adhésion de {member} est révoquée",
  "scheduler.letter.intro":
    "Projet de lettre à envoyer au membre, en {language}. Marquez-la envoyée une fois partie.",
  "scheduler.letter.body.inactive":
    "Chères et chers collègues de {member},\n\nConformément au Manuel OGP Local (§4.1), votre adhésion est inactive depuis le {since} :\n{reasons}\n\nVotre adhésion redevient active dès que vous commencez la co-création d'un plan d'action ou enregistrez un progrès sur un engagement (règle REACT-1). Si elle reste inactive pendant {months} mois consécutifs, elle sera mise en probation (règle PROB-1, §4.2).\n\nL'Unité d'appui d'OGP Local",
  "scheduler.letter.body.probation":
    "Chères et chers collègues de {member},\n\nConformément au Manuel OGP Local (§4.2), votre adhésion est en probation depuis le {since} :\n{reasons}\n\nVous avez jusqu'au {deadline} pour satisfaire à chaque exigence non remplie (règle PROB-3). Passé cette date, l'Unité d'appui pourra révoquer votre adhésion (règle REVOKE-1).\n\nL'Unité d'appui d'OGP Local",
  "scheduler.letter.body.revoked":
    "Chères et chers collègues de {member},\n\nConformément au Manuel OGP Local (§4.2), votre adhésion à OGP Local est révoquée à compter du {since} :\n{reasons}\n\nMerci pour le travail accompli avec votre communauté. Vous pourrez présenter une nouvelle candidature lorsque les conditions du §1 seront réunies.\n\nL'Unité d'appui d'OGP Local",
  "scheduler.letter.body.revocation":
    "Chères et chers collègues de {member},\n\nVotre adhésion est en probation depuis le {probationSince} et les exigences non remplies ne l'ont pas été dans le délai prévu par le Manuel OGP Local (§4.2). L'Unité d'appui a donc décidé de révoquer votre adhésion (règle REVOKE-1), à compter de la date de cette lettre.\n\nL'Unité d'appui d'OGP Local",
  "scheduler.revocation.title": "Révocation due : {member}",
  "scheduler.revocation.intro":
    "La révocation ne prend effet qu'une fois confirmée par vous (règle REVOKE-1). Projet de lettre au membre, en {language} :",
  "scheduler.digest.weekly.title": "Récapitulatif hebdomadaire · {member} · {week}",
  "scheduler.digest.status": "Statut : {status} depuis le {since}.",
  "scheduler.digest.due_heading": "En retard, et à rendre dans les {days} prochains jours :",
  "scheduler.digest.nothing_due": "Rien n'est en retard ni à rendre dans les {days} prochains jours.",
  "scheduler.digest.more": "…et {count} de plus.",
  "scheduler.digest.footer": "Récapitulatif hebdomadaire des échéances du manuel (§6) · dates en {timeZone}",
  "scheduler.digest.country.title": "Membres OGP Local en {country} · du {from} au {to}",
  "scheduler.digest.country.intro": "{count} membre(s) local(aux) en {country} : statut et points ouverts.",
  "scheduler.digest.country.member":
    "{status} depuis le {since} · {overdue} en retard · {upcoming} à rendre dans les {days} prochains jours",
  "scheduler.digest.country.footer": "Récapitulatif national pour les coordinateurs nationaux (§7)",
  "scheduler.failure.title": "Alerte non distribuée",
  "scheduler.failure.text":
    "Une alerte ({kind}) pour {member} n'a pas pu être distribuée à {target} sur {platform} : {reason}",
  "scheduler.failure.fallback":
    "La personne n'accepte pas de messages privés sur Discord : l'alerte a été publiée dans le ou les canaux du membre à la place.",
  "scheduler.failure.no_fallback":
    "La personne n'accepte pas de messages privés sur Discord, et aucun canal ne suit le membre pour y publier l'alerte à la place.",
  "scheduler.failure.unknown_member": "aucun membre",
  "cmd.revoke.summary": "Confirmer une révocation que les règles jugent due (Unité d'appui)",
  "cmd.revoke.usage": "Utilisation : /ogp revoke confirm MEMBRE [MOTIF]",
  "cmd.revoke.support_unit_only": "Seule l'Unité d'appui confirme une révocation (règle REVOKE-1, §4.2).",
  "cmd.revoke.not_due":
    "La révocation de {member} n'est pas due : son statut est {status}. La règle REVOKE-1 (§4.2) s'applique après {months} mois de probation.",
  "cmd.revoke.already": "L'adhésion de {member} est déjà révoquée, depuis le {since}.",
  "cmd.revoke.confirmed":
    "Révocation de {member} confirmée par {name}, effective le {on} (règle REVOKE-1, §4.2). Le projet de lettre de révocation suit dans le canal de l'Unité d'appui.",
  "cmd.revoke.default_reason": "Confirmée par l'Unité d'appui depuis l'alerte REVOKE-1.",
  "cmd.letter.summary": "Enregistrer l'envoi d'une lettre de statut à un membre (Unité d'appui)",
  "cmd.letter.usage": "Utilisation : /ogp letter sent MEMBRE [AAAA-MM-JJ]",
  "cmd.letter.support_unit_only": "Seule l'Unité d'appui enregistre les lettres qu'elle envoie (§4.1, §4.2).",
  "cmd.letter.none":
    "{member} n'a aucune inactivité, probation ou révocation enregistrée qui appelle une lettre.",
  "cmd.letter.none_on":
    "{member} n'a aucune inactivité, probation ou révocation enregistrée commençant le {on}.",
  "cmd.letter.already":
    "La lettre à {member} ({status} depuis le {since}) a déjà été enregistrée comme envoyée par {by} le {when}.",
  "cmd.letter.sent":
    "Lettre à {member} ({status} depuis le {since}) enregistrée comme envoyée par {name} le {on}.",
  "cmd.snooze.summary": "Reporter un rappel d'échéance de 3 jours (une fois)",
  "cmd.snooze.usage": "Utilisation : /ogp snooze ALERTE (le bouton « Reporter » d'un rappel)",
  "cmd.snooze.not_found": "Il n'y a pas de rappel {ref}.",
  "cmd.snooze.not_reminder": "Seuls les rappels d'échéance peuvent être reportés.",
  "cmd.snooze.not_yours": "Ce rappel ne vous est pas adressé.",
  "cmd.snooze.once": "Ce rappel a déjà été reporté une fois ; il ne peut pas l'être de nouveau.",
  "cmd.snooze.already":
    "Ce rappel est déjà reporté : il reviendra le {when}. Un rappel ne peut être reporté qu'une fois.",
  "cmd.snooze.done": "Reporté : ce rappel reviendra le {when}.",
  "cmd.snooze.note": "Reporté par {name}",
  "discord.option.alert": "le rappel (son bouton « Reporter » le remplit)",
  "discord.option.reason": "le motif (enregistré avec la décision)",
  "discord.option.date": "une date, AAAA-MM-JJ",
} satisfies Record<keyof typeof english, string>;
