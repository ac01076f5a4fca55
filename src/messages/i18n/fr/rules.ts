import type { rules as english } from "../en/rules.js";

export const rules = {
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
  "rules.violation.plan6.english_text": "Règle PLAN-6 (§3.2) : le texte anglais de {field} est obligatoire.",
  "rules.violation.commit1.too_short":
    "Règle COMMIT-1 (§3.2.1.2) : un engagement dure au moins {years} an(s) ; il doit se terminer le {earliestEnd} ou après.",
  "rules.violation.commit1.after_plan":
    "Règle COMMIT-1 (§3.2.1.2) : un engagement doit se terminer au plus tard à la fin de son plan, le {planEnd}.",
  "rules.violation.commit2.required": "Règle COMMIT-2 (annexe 2) : {field} est obligatoire.",
  "rules.violation.commit2.count":
    "Règle COMMIT-2 (annexe 2) : choisir de {min} à {max} codes pour {field}, pas {count}.",
  "rules.violation.commit2.unknown_code": "Règle COMMIT-2 (annexe 2) : {code} n'est pas un code de {field}.",
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
} satisfies Record<keyof typeof english, string>;
