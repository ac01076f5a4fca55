import type { MessageTable } from "../types.js";

/**
 * Texts of the rules engine (src/domain/rules): status reasons and transitions, due items,
 * reminders, Support Unit letters and validation messages. Each names its rule and handbook section.
 */
export const rulesMessages = {
  en: {
    "rules.reason.inact1": "Rule INACT-1 (§4.1.1): the first action plan was not submitted by {dueOn}.",
    "rules.reason.inact2":
      "Rule INACT-2 (§4.1.2): no new action plan was submitted by {dueOn}, {months} months after the previous plan ended on {planEnd}.",
    "rules.reason.inact3":
      "Rule INACT-3 (§4.1.3): the updates of {from} to {to} show no progress on any commitment.",
    "rules.reason.inact4": "Rule INACT-4 (§4.1.4): no progress update was posted from {from} to {to}.",
    "rules.reason.vol1": "Rule VOL-1 (§4.1): voluntarily inactive from {from} to {until}: {reason}",
    "rules.reason.vol1.open":
      "Rule VOL-1 (§4.1): voluntarily inactive from {from} until further notice: {reason}",
    "rules.reason.prob1":
      "Rule PROB-1 (§4.2): inactive for {months} consecutive months since {inactiveSince}.",
    "rules.reason.prob2.forum":
      "Rule PROB-2 (§4.2): no participation space (Forum) was recorded when the plan was submitted on {submittedOn}.",
    "rules.reason.prob2.co_creation_meeting":
      "Rule PROB-2 (§4.2): no co-creation meeting was held before the plan was submitted on {submittedOn}.",
    "rules.reason.prob2.multi_stakeholder":
      "Rule PROB-2 (§4.2): no meeting with both government and non-government participants was held before the plan was submitted on {submittedOn}.",
    "rules.reason.prob2.endorsement":
      "Rule PROB-2 (§4.2): the plan submitted on {submittedOn} was not endorsed by any non-government organization.",
    "rules.reason.prob2.implementation_meetings":
      "Rule PROB-2 (§4.2): {held} implementation meeting(s) from {from} to {to}; at least {required} are required.",
    "rules.reason.revoke1_due":
      "Rule REVOKE-1 (§4.2): still on probation since {probationSince}; revocation fell due on {dueOn} and awaits the Support Unit's confirmation.",
    "rules.reason.revoked":
      "Rule REVOKE-1 (§4.2): revocation confirmed by the Support Unit on {effectiveOn}: {reason}",
    "rules.reason.override":
      "Support Unit decision (§4.2): status set to {status} on {effectiveOn}: {reason}",
    "rules.transition.joined": "Joined OGP Local on {on}.",
    "rules.transition.react1":
      "Rule REACT-1 (§4.1): active again on {on}: co-creation began or progress was recorded.",
    "rules.transition.extension":
      "Rule INACT-1 (§4.1.1): the Support Unit extended the first-plan deadline to {dueOn}.",
    "rules.transition.prob3": "Rule PROB-3 (§4.2): every unmet requirement was met on {on}; active again.",
    "rules.transition.vol1_ended": "Rule VOL-1 (§4.1): voluntary inactivity ended on {on}.",
    "rules.due.update": "Post the {quarter} progress update for commitment {commitment} by {dueOn}.",
    "rules.due.update.overdue":
      "The {quarter} progress update for commitment {commitment} was due on {dueOn}.",
    "rules.due.progress":
      "Show progress on at least one commitment by {dueOn}: the updates so far show none in {quarter} nor in the previous quarter (risk of INACT-3).",
    "rules.due.plan_new": "Submit the first action plan by {dueOn}.",
    "rules.due.plan_new.overdue": "The first action plan was due on {dueOn}.",
    "rules.due.plan_next": "Submit the next action plan by {dueOn} (the current plan ends on {planEnd}).",
    "rules.due.plan_next.overdue":
      "The next action plan was due on {dueOn} (the previous plan ended on {planEnd}).",
    "rules.due.assess_initial": "Submit the initial assessment of the action plan by {dueOn}.",
    "rules.due.assess_initial.overdue": "The initial assessment of the action plan was due on {dueOn}.",
    "rules.due.assess_end": "Submit the end-of-commitment assessment of {commitment} by {dueOn}.",
    "rules.due.assess_end.overdue": "The end-of-commitment assessment of {commitment} was due on {dueOn}.",
    "rules.due.assess_final": "Submit the final learning report by {dueOn}.",
    "rules.due.assess_final.overdue": "The final learning report was due on {dueOn}.",
    "rules.due.milestone":
      "Complete the milestone of commitment {commitment} planned for {month} by {dueOn}.",
    "rules.due.milestone.overdue":
      "The milestone of commitment {commitment} planned for {month} was due on {dueOn}.",
    "rules.due.meetings":
      "Hold at least {required} implementation meetings by {dueOn}; {held} recorded so far in this 12-month period.",
    "rules.due.mod_window": "Modifications to commitment {commitment} can be proposed until {dueOn}.",
    "rules.due.probation": "Meet every unmet requirement before {dueOn}, when revocation falls due.",
    "rules.alert.inact4_risk":
      "No progress update was posted last quarter and none yet in {quarter}: post one by {dueOn} to avoid inactivity (INACT-4).",
    "rules.alert.revoke1_due":
      "Rule REVOKE-1 (§4.2): {member} has been on probation since {probationSince}; revocation fell due on {dueOn}. Confirm or override it.",
    "rules.letter.inactive":
      "Draft letter to {member}: under the OGP Local handbook (§4.1, rule {rule}), your membership is inactive since {since}.",
    "rules.letter.probation":
      "Draft letter to {member}: under the OGP Local handbook (§4.2, rule {rule}), your membership is on probation since {since}.",
    "rules.letter.revoked":
      "Draft letter to {member}: under the OGP Local handbook (§4.2, rule {rule}), your membership is revoked since {since}.",
    "rules.violation.invalid_date": "Rule {rule}: {field} must be a calendar date written YYYY-MM-DD.",
    "rules.violation.invalid_month": "Rule {rule}: {field} must be a month written YYYY-MM.",
    "rules.violation.period_order": "Rule {rule}: the end date must come after the start date.",
    "rules.violation.plan1":
      "Rule PLAN-1 (§3.2): the plan must end by {latestEnd}, {months} months before the mandate ends on {mandateEnd}.",
    "rules.violation.plan2.too_short":
      "Rule PLAN-2 (§3.2): without elections, a plan lasts at least {years} year(s); it must end on or after {earliestEnd}.",
    "rules.violation.plan2.too_long":
      "Rule PLAN-2 (§3.2): without elections, a plan lasts at most {years} years; it must end by {latestEnd}.",
    "rules.violation.plan3":
      "Rule PLAN-3 (§3.2, §3.4): at most {cap} open commitments at a time; this would make {count}.",
    "rules.violation.plan4.size": "Rule PLAN-4 (§3.4): a coalition has {min} to {max} members, not {count}.",
    "rules.violation.plan4.country":
      "Rule PLAN-4 (§3.4): coalition members must all be of one country, not {countries}.",
    "rules.violation.plan4.point_of_contact":
      "Rule PLAN-4 (§3.4): a coalition has one point of contact, not {count}.",
    "rules.violation.plan4.monitoring_body":
      "Rule PLAN-4 (§3.4): a coalition has one monitoring body, not {count}.",
    "rules.violation.plan4.plan_end":
      "Rule PLAN-4 (§3.4): the coalition's plan must end by {latestEnd}, {months} months before the longest mandate ends on {mandateEnd}.",
    "rules.violation.plan4.commitment_end":
      "Rule PLAN-4 (§3.4): commitment {commitment} of {member} must end by {latestEnd}, {months} months before that member's mandate ends on {mandateEnd}.",
    "rules.violation.plan5":
      "Rule PLAN-5 (§3.3.1): the plan needs at least {required} endorsement(s) by non-government organizations before it is submitted.",
    "rules.violation.plan6.language":
      "Rule PLAN-6 (§3.2): plans are submitted in English, not in {language}.",
    "rules.violation.plan6.english_text": "Rule PLAN-6 (§3.2): the English text of {field} is required.",
    "rules.violation.commit1.too_short":
      "Rule COMMIT-1 (§3.2.1.2): a commitment lasts at least {years} year(s); it must end on or after {earliestEnd}.",
    "rules.violation.commit1.after_plan":
      "Rule COMMIT-1 (§3.2.1.2): a commitment must end by the end of its plan, {planEnd}.",
    "rules.violation.commit2.required": "Rule COMMIT-2 (Annex 2): {field} is required.",
    "rules.violation.commit2.count":
      "Rule COMMIT-2 (Annex 2): choose {min} to {max} codes for {field}, not {count}.",
    "rules.violation.commit2.unknown_code": "Rule COMMIT-2 (Annex 2): {code} is not a code of {field}.",
    "rules.violation.commit2.milestones":
      "Rule COMMIT-2 (Annex 2): a commitment has at least {min} milestone(s).",
    "rules.violation.commit3.starts_before":
      "Rule COMMIT-3 (§3.2): a commitment added on {addedOn} cannot start before that day.",
    "rules.violation.commit3.no_time":
      "Rule COMMIT-3 (§3.2): from {addedOn} the plan (ending {planEnd}) has less than the {years} year(s) a commitment needs.",
    "rules.violation.milestone1.order":
      "Rule MILESTONE-1: the end month {endMonth} is before the start month {startMonth}.",
    "rules.violation.milestone1.outside":
      "Rule MILESTONE-1: milestone months must lie within the commitment, {from} to {to}.",
    "rules.violation.mod1":
      "Rule MOD-1 (§3.2.1.3): modifications may be proposed until {closesOn}, {months} months after the commitment was submitted.",
    "rules.violation.mod2.no_approval":
      "Rule MOD-2 (§3.2.1.3): a modification takes effect only once a civil-society stakeholder of the member approves it.",
    "rules.violation.mod2.rejected":
      "Rule MOD-2 (§3.2.1.3): a civil-society stakeholder of the member rejected this modification.",
    "rules.violation.apply1":
      "Rule APPLY-1 (§1.1): at least {months} months must remain in the mandate, until {neededUntil}; it ends on {mandateEnd}.",
    "rules.violation.apply2.missing": "Rule APPLY-2 (§1.2): the letter of support is required.",
    "rules.violation.apply2.pages":
      "Rule APPLY-2 (§1.2): the letter of support has 1 to {max} pages, not {pages}.",
    "rules.violation.apply2.language": "Rule APPLY-2 (§1.2): the letter of support is written in English.",
    "rules.violation.apply2.head_of_government":
      "Rule APPLY-2 (§1.2): the letter of support is signed by the head of government or a delegated senior official.",
    "rules.violation.apply2.non_government":
      "Rule APPLY-2 (§1.2): the letter of support is signed by at least {min} non-government stakeholder(s).",
  },
  fr: {
    "rules.reason.inact1":
      "Règle INACT-1 (§4.1.1) : le premier plan d'action n'a pas été soumis au plus tard le {dueOn}.",
    "rules.reason.inact2":
      "Règle INACT-2 (§4.1.2) : aucun nouveau plan d'action n'a été soumis au plus tard le {dueOn}, {months} mois après la fin du plan précédent le {planEnd}.",
    "rules.reason.inact3":
      "Règle INACT-3 (§4.1.3) : les mises à jour de {from} à {to} ne montrent aucun progrès sur aucun engagement.",
    "rules.reason.inact4": "Règle INACT-4 (§4.1.4) : aucune mise à jour n'a été publiée de {from} à {to}.",
    "rules.reason.vol1": "Règle VOL-1 (§4.1) : inactif volontairement du {from} au {until} : {reason}",
    "rules.reason.vol1.open":
      "Règle VOL-1 (§4.1) : inactif volontairement depuis le {from}, jusqu'à nouvel ordre : {reason}",
    "rules.reason.prob1":
      "Règle PROB-1 (§4.2) : inactif depuis {months} mois consécutifs, depuis le {inactiveSince}.",
    "rules.reason.prob2.forum":
      "Règle PROB-2 (§4.2) : aucun espace de participation (Forum) n'était enregistré lors de la soumission du plan le {submittedOn}.",
    "rules.reason.prob2.co_creation_meeting":
      "Règle PROB-2 (§4.2) : aucune réunion de co-création n'a eu lieu avant la soumission du plan le {submittedOn}.",
    "rules.reason.prob2.multi_stakeholder":
      "Règle PROB-2 (§4.2) : aucune réunion réunissant des participants gouvernementaux et non gouvernementaux n'a eu lieu avant la soumission du plan le {submittedOn}.",
    "rules.reason.prob2.endorsement":
      "Règle PROB-2 (§4.2) : le plan soumis le {submittedOn} n'a été approuvé par aucune organisation non gouvernementale.",
    "rules.reason.prob2.implementation_meetings":
      "Règle PROB-2 (§4.2) : {held} réunion(s) de mise en œuvre du {from} au {to} ; il en faut au moins {required}.",
    "rules.reason.revoke1_due":
      "Règle REVOKE-1 (§4.2) : toujours en probation depuis le {probationSince} ; la révocation est due depuis le {dueOn} et attend la confirmation de l'Unité de soutien.",
    "rules.reason.revoked":
      "Règle REVOKE-1 (§4.2) : révocation confirmée par l'Unité de soutien le {effectiveOn} : {reason}",
    "rules.reason.override":
      "Décision de l'Unité de soutien (§4.2) : statut fixé à {status} le {effectiveOn} : {reason}",
    "rules.transition.joined": "A rejoint le PGO local le {on}.",
    "rules.transition.react1":
      "Règle REACT-1 (§4.1) : de nouveau actif le {on} : la co-création a commencé ou un progrès a été enregistré.",
    "rules.transition.extension":
      "Règle INACT-1 (§4.1.1) : l'Unité de soutien a reporté l'échéance du premier plan au {dueOn}.",
    "rules.transition.prob3":
      "Règle PROB-3 (§4.2) : toutes les exigences non remplies l'ont été le {on} ; de nouveau actif.",
    "rules.transition.vol1_ended": "Règle VOL-1 (§4.1) : l'inactivité volontaire a pris fin le {on}.",
    "rules.due.update":
      "Publier la mise à jour {quarter} de l'engagement {commitment} au plus tard le {dueOn}.",
    "rules.due.update.overdue": "La mise à jour {quarter} de l'engagement {commitment} était due le {dueOn}.",
    "rules.due.progress":
      "Montrer un progrès sur au moins un engagement au plus tard le {dueOn} : les mises à jour n'en montrent aucun en {quarter} ni au trimestre précédent (risque INACT-3).",
    "rules.due.plan_new": "Soumettre le premier plan d'action au plus tard le {dueOn}.",
    "rules.due.plan_new.overdue": "Le premier plan d'action était dû le {dueOn}.",
    "rules.due.plan_next":
      "Soumettre le prochain plan d'action au plus tard le {dueOn} (le plan en cours se termine le {planEnd}).",
    "rules.due.plan_next.overdue":
      "Le prochain plan d'action était dû le {dueOn} (le plan précédent s'est terminé le {planEnd}).",
    "rules.due.assess_initial": "Soumettre l'évaluation initiale du plan d'action au plus tard le {dueOn}.",
    "rules.due.assess_initial.overdue": "L'évaluation initiale du plan d'action était due le {dueOn}.",
    "rules.due.assess_end":
      "Soumettre l'évaluation de fin d'engagement de {commitment} au plus tard le {dueOn}.",
    "rules.due.assess_end.overdue": "L'évaluation de fin d'engagement de {commitment} était due le {dueOn}.",
    "rules.due.assess_final": "Soumettre le rapport d'apprentissage final au plus tard le {dueOn}.",
    "rules.due.assess_final.overdue": "Le rapport d'apprentissage final était dû le {dueOn}.",
    "rules.due.milestone":
      "Achever le jalon de l'engagement {commitment} prévu pour {month} au plus tard le {dueOn}.",
    "rules.due.milestone.overdue":
      "Le jalon de l'engagement {commitment} prévu pour {month} était dû le {dueOn}.",
    "rules.due.meetings":
      "Tenir au moins {required} réunions de mise en œuvre au plus tard le {dueOn} ; {held} enregistrée(s) à ce jour dans cette période de 12 mois.",
    "rules.due.mod_window":
      "Des modifications de l'engagement {commitment} peuvent être proposées jusqu'au {dueOn}.",
    "rules.due.probation":
      "Remplir toutes les exigences non remplies au plus tard le {dueOn}, faute de quoi la révocation sera due.",
    "rules.alert.inact4_risk":
      "Aucune mise à jour n'a été publiée le trimestre dernier ni encore en {quarter} : en publier une au plus tard le {dueOn} pour éviter l'inactivité (INACT-4).",
    "rules.alert.revoke1_due":
      "Règle REVOKE-1 (§4.2) : {member} est en probation depuis le {probationSince} ; la révocation est due depuis le {dueOn}. La confirmer ou la remplacer par une décision.",
    "rules.letter.inactive":
      "Projet de lettre à {member} : selon le manuel du PGO local (§4.1, règle {rule}), votre adhésion est inactive depuis le {since}.",
    "rules.letter.probation":
      "Projet de lettre à {member} : selon le manuel du PGO local (§4.2, règle {rule}), votre adhésion est en probation depuis le {since}.",
    "rules.letter.revoked":
      "Projet de lettre à {member} : selon le manuel du PGO local (§4.2, règle {rule}), votre adhésion est révoquée depuis le {since}.",
    "rules.violation.invalid_date": "Règle {rule} : {field} doit être une date écrite AAAA-MM-JJ.",
    "rules.violation.invalid_month": "Règle {rule} : {field} doit être un mois écrit AAAA-MM.",
    "rules.violation.period_order": "Règle {rule} : la date de fin doit suivre la date de début.",
    "rules.violation.plan1":
      "Règle PLAN-1 (§3.2) : le plan doit se terminer au plus tard le {latestEnd}, {months} mois avant la fin du mandat le {mandateEnd}.",
    "rules.violation.plan2.too_short":
      "Règle PLAN-2 (§3.2) : sans élections, un plan dure au moins {years} an(s) ; il doit se terminer le {earliestEnd} ou après.",
    "rules.violation.plan2.too_long":
      "Règle PLAN-2 (§3.2) : sans élections, un plan dure au plus {years} ans ; il doit se terminer au plus tard le {latestEnd}.",
    "rules.violation.plan3":
      "Règle PLAN-3 (§3.2, §3.4) : au plus {cap} engagements ouverts à la fois ; il y en aurait {count}.",
    "rules.violation.plan4.size":
      "Règle PLAN-4 (§3.4) : une coalition compte de {min} à {max} membres, pas {count}.",
    "rules.violation.plan4.country":
      "Règle PLAN-4 (§3.4) : les membres d'une coalition sont tous d'un même pays, pas de {countries}.",
    "rules.violation.plan4.point_of_contact":
      "Règle PLAN-4 (§3.4) : une coalition a un seul point de contact, pas {count}.",
    "rules.violation.plan4.monitoring_body":
      "Règle PLAN-4 (§3.4) : une coalition a un seul organe de suivi, pas {count}.",
    "rules.violation.plan4.plan_end":
      "Règle PLAN-4 (§3.4) : le plan de la coalition doit se terminer au plus tard le {latestEnd}, {months} mois avant la fin du mandat le plus long le {mandateEnd}.",
    "rules.violation.plan4.commitment_end":
      "Règle PLAN-4 (§3.4) : l'engagement {commitment} de {member} doit se terminer au plus tard le {latestEnd}, {months} mois avant la fin du mandat de ce membre le {mandateEnd}.",
    "rules.violation.plan5":
      "Règle PLAN-5 (§3.3.1) : le plan doit être approuvé par au moins {required} organisation(s) non gouvernementale(s) avant sa soumission.",
    "rules.violation.plan6.language":
      "Règle PLAN-6 (§3.2) : les plans sont soumis en anglais, pas en {language}.",
    "rules.violation.plan6.english_text":
      "Règle PLAN-6 (§3.2) : le texte anglais de {field} est obligatoire.",
    "rules.violation.commit1.too_short":
      "Règle COMMIT-1 (§3.2.1.2) : un engagement dure au moins {years} an(s) ; il doit se terminer le {earliestEnd} ou après.",
    "rules.violation.commit1.after_plan":
      "Règle COMMIT-1 (§3.2.1.2) : un engagement doit se terminer au plus tard à la fin de son plan, le {planEnd}.",
    "rules.violation.commit2.required": "Règle COMMIT-2 (annexe 2) : {field} est obligatoire.",
    "rules.violation.commit2.count":
      "Règle COMMIT-2 (annexe 2) : choisir de {min} à {max} codes pour {field}, pas {count}.",
    "rules.violation.commit2.unknown_code":
      "Règle COMMIT-2 (annexe 2) : {code} n'est pas un code de {field}.",
    "rules.violation.commit2.milestones":
      "Règle COMMIT-2 (annexe 2) : un engagement compte au moins {min} jalon(s).",
    "rules.violation.commit3.starts_before":
      "Règle COMMIT-3 (§3.2) : un engagement ajouté le {addedOn} ne peut pas commencer avant ce jour.",
    "rules.violation.commit3.no_time":
      "Règle COMMIT-3 (§3.2) : à partir du {addedOn}, il reste au plan (qui se termine le {planEnd}) moins des {years} an(s) nécessaires à un engagement.",
    "rules.violation.milestone1.order":
      "Règle MILESTONE-1 : le mois de fin {endMonth} précède le mois de début {startMonth}.",
    "rules.violation.milestone1.outside":
      "Règle MILESTONE-1 : les mois du jalon doivent être compris dans l'engagement, de {from} à {to}.",
    "rules.violation.mod1":
      "Règle MOD-1 (§3.2.1.3) : des modifications peuvent être proposées jusqu'au {closesOn}, {months} mois après la soumission de l'engagement.",
    "rules.violation.mod2.no_approval":
      "Règle MOD-2 (§3.2.1.3) : une modification ne prend effet qu'après l'approbation d'un acteur de la société civile du membre.",
    "rules.violation.mod2.rejected":
      "Règle MOD-2 (§3.2.1.3) : un acteur de la société civile du membre a rejeté cette modification.",
    "rules.violation.apply1":
      "Règle APPLY-1 (§1.1) : il doit rester au moins {months} mois de mandat, jusqu'au {neededUntil} ; il se termine le {mandateEnd}.",
    "rules.violation.apply2.missing": "Règle APPLY-2 (§1.2) : la lettre de soutien est obligatoire.",
    "rules.violation.apply2.pages":
      "Règle APPLY-2 (§1.2) : la lettre de soutien compte de 1 à {max} pages, pas {pages}.",
    "rules.violation.apply2.language": "Règle APPLY-2 (§1.2) : la lettre de soutien est rédigée en anglais.",
    "rules.violation.apply2.head_of_government":
      "Règle APPLY-2 (§1.2) : la lettre de soutien est signée par le chef du gouvernement ou un haut fonctionnaire délégué.",
    "rules.violation.apply2.non_government":
      "Règle APPLY-2 (§1.2) : la lettre de soutien est signée par au moins {min} acteur(s) non gouvernemental(aux).",
  },
  es: {
    "rules.reason.inact1":
      "Regla INACT-1 (§4.1.1): el primer plan de acción no se presentó a más tardar el {dueOn}.",
    "rules.reason.inact2":
      "Regla INACT-2 (§4.1.2): no se presentó un nuevo plan de acción a más tardar el {dueOn}, {months} meses después de que el plan anterior terminara el {planEnd}.",
    "rules.reason.inact3":
      "Regla INACT-3 (§4.1.3): las actualizaciones de {from} a {to} no muestran avances en ningún compromiso.",
    "rules.reason.inact4": "Regla INACT-4 (§4.1.4): no se publicó ninguna actualización de {from} a {to}.",
    "rules.reason.vol1": "Regla VOL-1 (§4.1): inactivo voluntariamente del {from} al {until}: {reason}",
    "rules.reason.vol1.open":
      "Regla VOL-1 (§4.1): inactivo voluntariamente desde el {from} hasta nuevo aviso: {reason}",
    "rules.reason.prob1":
      "Regla PROB-1 (§4.2): inactivo durante {months} meses consecutivos, desde el {inactiveSince}.",
    "rules.reason.prob2.forum":
      "Regla PROB-2 (§4.2): no había un espacio de participación (Foro) registrado cuando se presentó el plan el {submittedOn}.",
    "rules.reason.prob2.co_creation_meeting":
      "Regla PROB-2 (§4.2): no se celebró ninguna reunión de cocreación antes de presentar el plan el {submittedOn}.",
    "rules.reason.prob2.multi_stakeholder":
      "Regla PROB-2 (§4.2): no se celebró ninguna reunión con participantes gubernamentales y no gubernamentales antes de presentar el plan el {submittedOn}.",
    "rules.reason.prob2.endorsement":
      "Regla PROB-2 (§4.2): ninguna organización no gubernamental respaldó el plan presentado el {submittedOn}.",
    "rules.reason.prob2.implementation_meetings":
      "Regla PROB-2 (§4.2): {held} reunión(es) de implementación del {from} al {to}; se requieren al menos {required}.",
    "rules.reason.revoke1_due":
      "Regla REVOKE-1 (§4.2): sigue en periodo de prueba desde el {probationSince}; la revocación procede desde el {dueOn} y espera la confirmación de la Unidad de Apoyo.",
    "rules.reason.revoked":
      "Regla REVOKE-1 (§4.2): revocación confirmada por la Unidad de Apoyo el {effectiveOn}: {reason}",
    "rules.reason.override":
      "Decisión de la Unidad de Apoyo (§4.2): estado fijado en {status} el {effectiveOn}: {reason}",
    "rules.transition.joined": "Se unió a OGP Local el {on}.",
    "rules.transition.react1":
      "Regla REACT-1 (§4.1): activo de nuevo el {on}: comenzó la cocreación o se registró un avance.",
    "rules.transition.extension":
      "Regla INACT-1 (§4.1.1): la Unidad de Apoyo prorrogó el plazo del primer plan hasta el {dueOn}.",
    "rules.transition.prob3":
      "Regla PROB-3 (§4.2): se cumplieron todos los requisitos pendientes el {on}; activo de nuevo.",
    "rules.transition.vol1_ended": "Regla VOL-1 (§4.1): la inactividad voluntaria terminó el {on}.",
    "rules.due.update":
      "Publicar la actualización de {quarter} del compromiso {commitment} a más tardar el {dueOn}.",
    "rules.due.update.overdue":
      "La actualización de {quarter} del compromiso {commitment} vencía el {dueOn}.",
    "rules.due.progress":
      "Mostrar avances en al menos un compromiso a más tardar el {dueOn}: las actualizaciones no muestran ninguno en {quarter} ni en el trimestre anterior (riesgo de INACT-3).",
    "rules.due.plan_new": "Presentar el primer plan de acción a más tardar el {dueOn}.",
    "rules.due.plan_new.overdue": "El primer plan de acción vencía el {dueOn}.",
    "rules.due.plan_next":
      "Presentar el siguiente plan de acción a más tardar el {dueOn} (el plan actual termina el {planEnd}).",
    "rules.due.plan_next.overdue":
      "El siguiente plan de acción vencía el {dueOn} (el plan anterior terminó el {planEnd}).",
    "rules.due.assess_initial": "Presentar la evaluación inicial del plan de acción a más tardar el {dueOn}.",
    "rules.due.assess_initial.overdue": "La evaluación inicial del plan de acción vencía el {dueOn}.",
    "rules.due.assess_end":
      "Presentar la evaluación de fin de compromiso de {commitment} a más tardar el {dueOn}.",
    "rules.due.assess_end.overdue": "La evaluación de fin de compromiso de {commitment} vencía el {dueOn}.",
    "rules.due.assess_final": "Presentar el informe final de aprendizaje a más tardar el {dueOn}.",
    "rules.due.assess_final.overdue": "El informe final de aprendizaje vencía el {dueOn}.",
    "rules.due.milestone":
      "Completar el hito del compromiso {commitment} previsto para {month} a más tardar el {dueOn}.",
    "rules.due.milestone.overdue":
      "El hito del compromiso {commitment} previsto para {month} vencía el {dueOn}.",
    "rules.due.meetings":
      "Celebrar al menos {required} reuniones de implementación a más tardar el {dueOn}; {held} registrada(s) hasta ahora en este periodo de 12 meses.",
    "rules.due.mod_window": "Se pueden proponer modificaciones al compromiso {commitment} hasta el {dueOn}.",
    "rules.due.probation":
      "Cumplir todos los requisitos pendientes a más tardar el {dueOn}; de lo contrario procede la revocación.",
    "rules.alert.inact4_risk":
      "No se publicó ninguna actualización el trimestre pasado ni todavía en {quarter}: publique una a más tardar el {dueOn} para evitar la inactividad (INACT-4).",
    "rules.alert.revoke1_due":
      "Regla REVOKE-1 (§4.2): {member} está en periodo de prueba desde el {probationSince}; la revocación procede desde el {dueOn}. Confírmela o sustitúyala por una decisión.",
    "rules.letter.inactive":
      "Borrador de carta a {member}: según el manual de OGP Local (§4.1, regla {rule}), su membresía está inactiva desde el {since}.",
    "rules.letter.probation":
      "Borrador de carta a {member}: según el manual de OGP Local (§4.2, regla {rule}), su membresía está en periodo de prueba desde el {since}.",
    "rules.letter.revoked":
      "Borrador de carta a {member}: según el manual de OGP Local (§4.2, regla {rule}), su membresía está revocada desde el {since}.",
    "rules.violation.invalid_date": "Regla {rule}: {field} debe ser una fecha escrita AAAA-MM-DD.",
    "rules.violation.invalid_month": "Regla {rule}: {field} debe ser un mes escrito AAAA-MM.",
    "rules.violation.period_order": "Regla {rule}: la fecha de fin debe ser posterior a la fecha de inicio.",
    "rules.violation.plan1":
      "Regla PLAN-1 (§3.2): el plan debe terminar a más tardar el {latestEnd}, {months} meses antes de que termine el mandato el {mandateEnd}.",
    "rules.violation.plan2.too_short":
      "Regla PLAN-2 (§3.2): sin elecciones, un plan dura al menos {years} año(s); debe terminar el {earliestEnd} o después.",
    "rules.violation.plan2.too_long":
      "Regla PLAN-2 (§3.2): sin elecciones, un plan dura como máximo {years} años; debe terminar a más tardar el {latestEnd}.",
    "rules.violation.plan3":
      "Regla PLAN-3 (§3.2, §3.4): como máximo {cap} compromisos abiertos a la vez; con este serían {count}.",
    "rules.violation.plan4.size":
      "Regla PLAN-4 (§3.4): una coalición tiene de {min} a {max} miembros, no {count}.",
    "rules.violation.plan4.country":
      "Regla PLAN-4 (§3.4): todos los miembros de una coalición son de un mismo país, no de {countries}.",
    "rules.violation.plan4.point_of_contact":
      "Regla PLAN-4 (§3.4): una coalición tiene un solo punto de contacto, no {count}.",
    "rules.violation.plan4.monitoring_body":
      "Regla PLAN-4 (§3.4): una coalición tiene un solo órgano de seguimiento, no {count}.",
    "rules.violation.plan4.plan_end":
      "Regla PLAN-4 (§3.4): el plan de la coalición debe terminar a más tardar el {latestEnd}, {months} meses antes de que termine el mandato más largo el {mandateEnd}.",
    "rules.violation.plan4.commitment_end":
      "Regla PLAN-4 (§3.4): el compromiso {commitment} de {member} debe terminar a más tardar el {latestEnd}, {months} meses antes de que termine el mandato de ese miembro el {mandateEnd}.",
    "rules.violation.plan5":
      "Regla PLAN-5 (§3.3.1): el plan necesita el respaldo de al menos {required} organización(es) no gubernamental(es) antes de presentarse.",
    "rules.violation.plan6.language":
      "Regla PLAN-6 (§3.2): los planes se presentan en inglés, no en {language}.",
    "rules.violation.plan6.english_text":
      "Regla PLAN-6 (§3.2): el texto en inglés de {field} es obligatorio.",
    "rules.violation.commit1.too_short":
      "Regla COMMIT-1 (§3.2.1.2): un compromiso dura al menos {years} año(s); debe terminar el {earliestEnd} o después.",
    "rules.violation.commit1.after_plan":
      "Regla COMMIT-1 (§3.2.1.2): un compromiso debe terminar a más tardar al final de su plan, el {planEnd}.",
    "rules.violation.commit2.required": "Regla COMMIT-2 (anexo 2): {field} es obligatorio.",
    "rules.violation.commit2.count":
      "Regla COMMIT-2 (anexo 2): elija de {min} a {max} códigos para {field}, no {count}.",
    "rules.violation.commit2.unknown_code": "Regla COMMIT-2 (anexo 2): {code} no es un código de {field}.",
    "rules.violation.commit2.milestones":
      "Regla COMMIT-2 (anexo 2): un compromiso tiene al menos {min} hito(s).",
    "rules.violation.commit3.starts_before":
      "Regla COMMIT-3 (§3.2): un compromiso añadido el {addedOn} no puede comenzar antes de ese día.",
    "rules.violation.commit3.no_time":
      "Regla COMMIT-3 (§3.2): desde el {addedOn}, al plan (que termina el {planEnd}) le queda menos de los {years} año(s) que necesita un compromiso.",
    "rules.violation.milestone1.order":
      "Regla MILESTONE-1: el mes de fin {endMonth} es anterior al mes de inicio {startMonth}.",
    "rules.violation.milestone1.outside":
      "Regla MILESTONE-1: los meses del hito deben estar dentro del compromiso, de {from} a {to}.",
    "rules.violation.mod1":
      "Regla MOD-1 (§3.2.1.3): se pueden proponer modificaciones hasta el {closesOn}, {months} meses después de presentar el compromiso.",
    "rules.violation.mod2.no_approval":
      "Regla MOD-2 (§3.2.1.3): una modificación solo surte efecto cuando la aprueba un actor de la sociedad civil del miembro.",
    "rules.violation.mod2.rejected":
      "Regla MOD-2 (§3.2.1.3): un actor de la sociedad civil del miembro rechazó esta modificación.",
    "rules.violation.apply1":
      "Regla APPLY-1 (§1.1): deben quedar al menos {months} meses de mandato, hasta el {neededUntil}; termina el {mandateEnd}.",
    "rules.violation.apply2.missing": "Regla APPLY-2 (§1.2): la carta de apoyo es obligatoria.",
    "rules.violation.apply2.pages":
      "Regla APPLY-2 (§1.2): la carta de apoyo tiene de 1 a {max} páginas, no {pages}.",
    "rules.violation.apply2.language": "Regla APPLY-2 (§1.2): la carta de apoyo está redactada en inglés.",
    "rules.violation.apply2.head_of_government":
      "Regla APPLY-2 (§1.2): la carta de apoyo está firmada por el jefe de gobierno o un alto funcionario delegado.",
    "rules.violation.apply2.non_government":
      "Regla APPLY-2 (§1.2): la carta de apoyo está firmada por al menos {min} actor(es) no gubernamental(es).",
  },
} satisfies MessageTable;
