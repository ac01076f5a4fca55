import type { rules as english } from "../en/rules.js";

export const rules = {
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
  "rules.due.update.overdue": "La actualización de {quarter} del compromiso {commitment} vencía el {dueOn}.",
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
  "rules.violation.plan6.english_text": "Regla PLAN-6 (§3.2): el texto en inglés de {field} es obligatorio.",
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
} satisfies Record<keyof typeof english, string>;
