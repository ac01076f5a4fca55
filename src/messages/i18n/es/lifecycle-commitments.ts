import type { lifecycleCommitments as english } from "../en/lifecycle-commitments.js";

export const lifecycleCommitments = {
  "cmd.complete.summary":
    "declarar un compromiso completado: cesan sus informes trimestrales y vence su evaluación final",
  "cmd.complete.usage": "Escriba /ogp complete COMPROMISO, por ejemplo /ogp complete sprfd0001.",
  "cmd.complete.not_allowed":
    "Solo el punto de contacto de {member}, o un funcionario que haya autorizado, declara sus compromisos completados (manual §1).",
  "cmd.complete.already_completed":
    "{code} ya se completó el {date}; no se cambió nada. Le sigue su evaluación de fin de compromiso (regla DUE-ASSESS-END, §3.5.2).",
  "cmd.complete.already_completed_undated":
    "{code} ya está completado; no se cambió nada. Le sigue su evaluación de fin de compromiso (regla DUE-ASSESS-END, §3.5.2).",
  "cmd.complete.withdrawn":
    "{code} se retiró mediante una modificación aprobada (regla MOD-2, §3.2.1.3): un compromiso retirado no puede completarse.",
  "cmd.complete.not_in_implementation":
    "{code} tiene el estado {status} y su plan el estado {plan}: un compromiso se completa mientras está activo en un plan en implementación (reglas DUE-UPDATE y DUE-ASSESS-END, §3.5).",
  "cmd.complete.not_started":
    "Regla COMMIT-1 (§3.2.1.2): {code} comienza el {start}; puede completarse una vez comenzado.",
  "cmd.complete.done": "{code} · {title} queda declarado completado el {date}.",
  "cmd.complete.shared": "Anunciado en {count} canal(es) que siguen a este miembro.",
  "cmd.complete.not_shared":
    "Ningún canal sigue todavía los informes de {member}: el punto de contacto o la Unidad de Apoyo puede escribir /ogp subscribe updates MIEMBRO en uno.",
  "cmd.complete.button": "Declarar completado",
  "cmd.complete.ready":
    "{code} · {title} informa un avance del 100 %: declárelo completado cuando el trabajo esté terminado.",
  "cmd.complete.post.summary": "{code} está completado ({members})",
  "cmd.complete.post.heading": "{members}: {code} · {title} — completado",
  "cmd.complete.post.completed_on": "Completado el",
  "cmd.complete.post.marked_by": "Declarado por",
  "cmd.complete.post.next_assessment":
    "Ya no se deben informes trimestrales sobre este compromiso (regla DUE-UPDATE). La evaluación de fin de compromiso del órgano de monitoreo vence el {date} (regla DUE-ASSESS-END, §3.5.2).",
  "cmd.complete.post.no_more_updates":
    "Ya no se deben informes trimestrales sobre este compromiso (regla DUE-UPDATE, §3.5).",
  "cmd.assessment.summary":
    "presentar una evaluación del plan de acción o de un compromiso (órgano de monitoreo; un formulario)",
  "cmd.assessment.usage": "Escriba /ogp assessment submit o /ogp assessment submit MIEMBRO.",
  "cmd.assessment.no_rights":
    "Solo el órgano de monitoreo de un miembro, o la Unidad de Apoyo, presenta sus evaluaciones (manual §2.3, §3.5).",
  "cmd.assessment.not_allowed":
    "Solo el órgano de monitoreo de {owner}, o la Unidad de Apoyo, presenta las evaluaciones de su plan de acción (manual §2.3, §3.5).",
  "cmd.assessment.no_plan":
    "{member} todavía no ha presentado ningún plan de acción: las evaluaciones siguen a la presentación de un plan (regla DUE-ASSESS-INITIAL, §3.5.1).",
  "cmd.assessment.already_submitted_plan":
    "El informe «{kind}» del plan de acción «{plan}» ya se presentó el {date} (regla {rule}, {section}); no se cambió nada.",
  "cmd.assessment.already_submitted_commitment":
    "El informe «{kind}» de {code} ya se presentó el {date} (regla {rule}, {section}); no se cambió nada.",
  "cmd.assessment.form_title": "Presentar una evaluación",
  "cmd.assessment.submit": "Presentar",
  "cmd.assessment.field.kind": "Evaluación",
  "cmd.assessment.field.commitment": "Compromiso evaluado",
  "cmd.assessment.field.report_url": "Enlace al informe",
  "cmd.assessment.field.submitted_on": "Fecha de presentación",
  "cmd.assessment.field.due_on": "Vencimiento",
  "cmd.assessment.hint.plan": "Del plan de acción «{plan}» ({owner}).",
  "cmd.assessment.hint.commitment": "Solo para una evaluación de fin de compromiso.",
  "cmd.assessment.kind.initial": "Evaluación inicial",
  "cmd.assessment.kind.end_of_commitment": "Evaluación de fin de compromiso",
  "cmd.assessment.kind.final_learning": "Informe final de aprendizaje",
  "cmd.assessment.subject_plan": "«{plan}»",
  "cmd.assessment.error.commitment_needed":
    "Elija el compromiso al que se refiere esta evaluación de fin de compromiso (regla DUE-ASSESS-END, §3.5.2).",
  "cmd.assessment.error.commitment_not_taken":
    "Solo una evaluación de fin de compromiso se refiere a un compromiso: deje este campo vacío.",
  "cmd.assessment.error.no_commitments":
    "Este plan no tiene ningún compromiso activo o completado que evaluar.",
  "cmd.assessment.error.report_url": "Indique el enlace web del informe, que empiece por http:// o https://.",
  "cmd.assessment.error.future":
    "Una evaluación se registra una vez presentada: la fecha no puede estar en el futuro.",
  "cmd.assessment.error.before_plan": "El plan se presentó el {date}: sus evaluaciones vienen después.",
  "cmd.assessment.recorded": "Registrado: {kind} de {subject}, presentación del {date}.",
  "cmd.assessment.cleared": "Regla {rule} ({section}): el vencimiento del {date} está cumplido.",
  "cmd.assessment.listed": "El informe figura en la página pública de {owner}.",
  "cmd.assessment.report": "Leer el informe",
  "cmd.assessment.button": "Presentar una evaluación",
} satisfies Record<keyof typeof english, string>;
