import type { MessageTable } from "../types.js";

/**
 * Texts of the scheduler (src/scheduler): reminder titles and buttons, the Support Unit's draft
 * letters (§4.1, §4.2), digests (§7), delivery-failure notices, and the Support-Unit commands it
 * adds to the core (`revoke`, `letter`, `snooze`). `discord.option.*` keys describe those commands'
 * options for Discord's registration, which builds its options from the command catalog.
 */
export const schedulerMessages = {
  en: {
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
    "cmd.letter.none":
      "{member} has no inactivity, probation or revocation on record that calls for a letter.",
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
  },
  fr: {
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
    "scheduler.digest.footer":
      "Récapitulatif hebdomadaire des échéances du manuel (§6) · dates en {timeZone}",
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
    "cmd.letter.support_unit_only":
      "Seule l'Unité d'appui enregistre les lettres qu'elle envoie (§4.1, §4.2).",
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
  },
  es: {
    "scheduler.title": "{what} · {member}",
    "scheduler.title.overdue": "Vencido: {what} · {member}",
    "scheduler.kind.DUE-UPDATE": "Actualización trimestral",
    "scheduler.kind.DUE-PROGRESS": "Avance este trimestre",
    "scheduler.kind.DUE-PLAN-NEW": "Primer plan de acción",
    "scheduler.kind.DUE-PLAN-NEXT": "Siguiente plan de acción",
    "scheduler.kind.DUE-ASSESS-INITIAL": "Evaluación inicial",
    "scheduler.kind.DUE-ASSESS-END": "Evaluación de fin de compromiso",
    "scheduler.kind.DUE-ASSESS-FINAL": "Informe final de aprendizaje",
    "scheduler.kind.DUE-MILESTONE": "Hito",
    "scheduler.kind.DUE-MEETINGS": "Reuniones de implementación",
    "scheduler.kind.DUE-MOD-WINDOW": "Plazo de modificación",
    "scheduler.kind.DUE-PROBATION": "Periodo de prueba",
    "scheduler.kind.PLAN-5": "Aval solicitado",
    "scheduler.field.member": "Miembro",
    "scheduler.field.due": "Vence",
    "scheduler.field.since": "Desde",
    "scheduler.footer": "Regla {rule} ({section}) · {step} · fechas en {timeZone}",
    "scheduler.step.days_before": "recordatorio {days} días antes",
    "scheduler.step.on_the_day": "recordatorio el mismo día",
    "scheduler.step.overdue": "vencido",
    "scheduler.step.checkpoint": "control a los {months} meses",
    "scheduler.step.risk": "aviso de riesgo",
    "scheduler.step.letter": "borrador de carta",
    "scheduler.step.confirm": "decisión pendiente",
    "scheduler.step.request": "solicitud",
    "scheduler.button.update": "Publicar la actualización",
    "scheduler.button.meeting": "Registrar una reunión",
    "scheduler.button.modify": "Proponer una modificación",
    "scheduler.button.endorse": "Revisar y avalar",
    "scheduler.button.snooze": "Posponer 3 días",
    "scheduler.button.public_page": "Página pública",
    "scheduler.button.letter_sent": "Marcar carta enviada",
    "scheduler.button.confirm_revocation": "Confirmar la revocación",
    "scheduler.endorse.request":
      "El plan de acción «{plan}» está en cocreación y ninguna organización no gubernamental lo ha avalado todavía. Regla PLAN-5 (§3.3.1): necesita al menos un aval de ese tipo antes de presentarse.",
    "scheduler.language.en": "inglés",
    "scheduler.language.fr": "francés",
    "scheduler.language.es": "español",
    "scheduler.letter.title.inactive": "Borrador de carta: {member} está inactivo",
    "scheduler.letter.title.probation": "Borrador de carta: {member} está en periodo de prueba",
    "scheduler.letter.title.revoked": "Borrador de carta: la membresía de {member} está revocada",
    "scheduler.letter.intro":
      "Borrador de carta para enviar al miembro, en {language}. Márquela como enviada una vez enviada.",
    "scheduler.letter.body.inactive":
      "Estimadas y estimados colegas de {member}:\n\nConforme al Manual de OGP Local (§4.1), su membresía está inactiva desde el {since}:\n{reasons}\n\nSu membresía vuelve a estar activa en cuanto inicien la cocreación de un plan de acción o registren un avance en un compromiso (regla REACT-1). Si permanece inactiva durante {months} meses consecutivos, pasará a periodo de prueba (regla PROB-1, §4.2).\n\nLa Unidad de Apoyo de OGP Local",
    "scheduler.letter.body.probation":
      "Estimadas y estimados colegas de {member}:\n\nConforme al Manual de OGP Local (§4.2), su membresía está en periodo de prueba desde el {since}:\n{reasons}\n\nTienen hasta el {deadline} para cumplir cada requisito pendiente (regla PROB-3). Después de esa fecha, la Unidad de Apoyo podrá revocar su membresía (regla REVOKE-1).\n\nLa Unidad de Apoyo de OGP Local",
    "scheduler.letter.body.revoked":
      "Estimadas y estimados colegas de {member}:\n\nConforme al Manual de OGP Local (§4.2), su membresía en OGP Local queda revocada a partir del {since}:\n{reasons}\n\nGracias por el trabajo realizado con su comunidad. Podrán volver a postularse cuando se cumplan las condiciones del §1.\n\nLa Unidad de Apoyo de OGP Local",
    "scheduler.letter.body.revocation":
      "Estimadas y estimados colegas de {member}:\n\nSu membresía está en periodo de prueba desde el {probationSince} y los requisitos pendientes no se cumplieron en el plazo que establece el Manual de OGP Local (§4.2). Por ello, la Unidad de Apoyo ha decidido revocar su membresía (regla REVOKE-1), a partir de la fecha de esta carta.\n\nLa Unidad de Apoyo de OGP Local",
    "scheduler.revocation.title": "Revocación pendiente: {member}",
    "scheduler.revocation.intro":
      "La revocación solo surte efecto cuando usted la confirma (regla REVOKE-1). Borrador de carta para el miembro, en {language}:",
    "scheduler.digest.weekly.title": "Resumen semanal · {member} · {week}",
    "scheduler.digest.status": "Estado: {status} desde el {since}.",
    "scheduler.digest.due_heading": "Vencido, y por vencer en los próximos {days} días:",
    "scheduler.digest.nothing_due": "Nada está vencido ni vence en los próximos {days} días.",
    "scheduler.digest.more": "…y {count} más.",
    "scheduler.digest.footer": "Resumen semanal de los plazos del manual (§6) · fechas en {timeZone}",
    "scheduler.digest.country.title": "Miembros de OGP Local en {country} · del {from} al {to}",
    "scheduler.digest.country.intro": "{count} miembro(s) local(es) en {country}: estado y pendientes.",
    "scheduler.digest.country.member":
      "{status} desde el {since} · {overdue} vencido(s) · {upcoming} por vencer en los próximos {days} días",
    "scheduler.digest.country.footer": "Resumen nacional para las coordinaciones nacionales (§7)",
    "scheduler.failure.title": "Alerta no entregada",
    "scheduler.failure.text":
      "Una alerta ({kind}) para {member} no pudo entregarse a {target} en {platform}: {reason}",
    "scheduler.failure.fallback":
      "La persona no acepta mensajes directos en Discord: la alerta se publicó en el canal o los canales del miembro.",
    "scheduler.failure.no_fallback":
      "La persona no acepta mensajes directos en Discord y ningún canal sigue al miembro para publicar la alerta allí.",
    "scheduler.failure.unknown_member": "ningún miembro",
    "cmd.revoke.summary": "Confirmar una revocación que las reglas dan por vencida (Unidad de Apoyo)",
    "cmd.revoke.usage": "Uso: /ogp revoke confirm MIEMBRO [MOTIVO]",
    "cmd.revoke.support_unit_only": "Solo la Unidad de Apoyo confirma una revocación (regla REVOKE-1, §4.2).",
    "cmd.revoke.not_due":
      "La revocación de {member} no está pendiente: su estado es {status}. La regla REVOKE-1 (§4.2) se aplica a los {months} meses del periodo de prueba.",
    "cmd.revoke.already": "La membresía de {member} ya está revocada, desde el {since}.",
    "cmd.revoke.confirmed":
      "Revocación de {member} confirmada por {name}, efectiva el {on} (regla REVOKE-1, §4.2). El borrador de la carta de revocación sigue en el canal de la Unidad de Apoyo.",
    "cmd.revoke.default_reason": "Confirmada por la Unidad de Apoyo desde la alerta REVOKE-1.",
    "cmd.letter.summary": "Registrar como enviada una carta de estado a un miembro (Unidad de Apoyo)",
    "cmd.letter.usage": "Uso: /ogp letter sent MIEMBRO [AAAA-MM-DD]",
    "cmd.letter.support_unit_only": "Solo la Unidad de Apoyo registra las cartas que envía (§4.1, §4.2).",
    "cmd.letter.none":
      "{member} no tiene inactividad, periodo de prueba ni revocación registrados que requieran una carta.",
    "cmd.letter.none_on":
      "{member} no tiene inactividad, periodo de prueba ni revocación registrados que comiencen el {on}.",
    "cmd.letter.already":
      "La carta a {member} ({status} desde el {since}) ya fue registrada como enviada por {by} el {when}.",
    "cmd.letter.sent":
      "Carta a {member} ({status} desde el {since}) registrada como enviada por {name} el {on}.",
    "cmd.snooze.summary": "Posponer un recordatorio de plazo 3 días (una vez)",
    "cmd.snooze.usage": "Uso: /ogp snooze ALERTA (el botón «Posponer» de un recordatorio)",
    "cmd.snooze.not_found": "No existe el recordatorio {ref}.",
    "cmd.snooze.not_reminder": "Solo se pueden posponer los recordatorios de plazos.",
    "cmd.snooze.not_yours": "Este recordatorio no está dirigido a usted.",
    "cmd.snooze.once": "Este recordatorio ya se pospuso una vez; no se puede posponer de nuevo.",
    "cmd.snooze.already":
      "Este recordatorio ya está pospuesto: volverá el {when}. Un recordatorio solo se puede posponer una vez.",
    "cmd.snooze.done": "Pospuesto: este recordatorio volverá el {when}.",
    "cmd.snooze.note": "Pospuesto por {name}",
    "discord.option.alert": "el recordatorio (lo completa su botón «Posponer»)",
    "discord.option.reason": "el motivo (se registra con la decisión)",
    "discord.option.date": "una fecha, AAAA-MM-DD",
  },
} satisfies MessageTable;
