import type { plans as english } from "../en/plans.js";

export const plans = {
  "plans.cmd.draft.summary":
    "redactar el próximo plan de acción de su miembro: período y visión (punto de contacto; §3.2)",
  "plans.cmd.submit.summary":
    "presentar el plan cuando tenga sus compromisos, hitos y respaldo (punto de contacto; PLAN-1…6)",
  "plans.cmd.request_endorsement.summary":
    "pedir a la sociedad civil de su miembro que respalde el plan (punto de contacto; PLAN-5)",
  "plans.cmd.commitment_add.summary":
    "añadir un compromiso al plan en redacción (punto de contacto; anexo 2, COMMIT-1/2, PLAN-3)",
  "plans.cmd.milestone_add.summary":
    "añadir un hito a un compromiso del plan en redacción (punto de contacto; MILESTONE-1)",
  "plans.usage":
    "Escriba /ogp plan draft, /ogp plan request-endorsement o /ogp plan submit, seguido si hace falta del nombre corto del miembro.",
  "plans.not_poc": "Solo el punto de contacto de {member} redacta y presenta su plan de acción (§1, §3.2).",
  "plans.none_in_preparation":
    "{member} no tiene ningún plan de acción en borrador ni en cocreación. Empiece uno con /ogp plan draft.",
  "plans.no_member":
    "No es punto de contacto de ningún miembro, así que no hay plan que redactar (/ogp {usage}).",
  "plans.hint.english": "En inglés: los planes se presentan en inglés (regla PLAN-6).",
  "plans.field.member": "Miembro",
  "plans.field.period": "Período",
  "plans.field.endorsed_by": "Respaldado por",
  "plans.field.commitments": "Compromisos",
  "plans.field.dates": "Fechas",
  "plans.button.draft": "Redactar el próximo plan",
  "plans.button.add_commitment": "Añadir un compromiso",
  "plans.button.add_milestone": "Añadir un hito",
  "plans.button.submit": "Presentar el plan",
  "plans.button.request_endorsement": "Pedir el respaldo",
  "plans.draft.open_plan":
    "{member} ya tiene el plan «{plan}» ({status}) vigente hasta el {end}: el nuevo plan se redacta cuando este termine (§3.2).",
  "plans.draft.form_title": "Nuevo plan de acción",
  "plans.draft.submit": "Guardar el borrador",
  "plans.draft.field.title": "Título del plan",
  "plans.draft.field.period_start": "Inicio del período del plan",
  "plans.draft.field.period_end": "Fin del período del plan",
  "plans.draft.field.long_term_vision": "Visión a largo plazo (anexo 1)",
  "plans.draft.field.participation_space": "Espacio de participación (enlace o lugar)",
  "plans.draft.hint.participation_space":
    "Dónde participa la gente, en línea o en persona: la regla PROB-2 (Foro) exige uno antes de la presentación.",
  "plans.draft.hint.plan1": "Al menos 2 meses antes de que termine el mandato (regla PLAN-1).",
  "plans.draft.hint.plan2": "Sin elecciones, un plan dura de 1 a 4 años (regla PLAN-2).",
  "plans.draft.hint.long_term_vision":
    "La visión de gobierno abierto a la que sirve el plan, en pocas frases.",
  "plans.draft.recorded": "El plan {number} de {member}, «{plan}», queda registrado como borrador.",
  "plans.draft.next":
    "Después: añada sus compromisos y sus hitos, pida el respaldo de la sociedad civil y preséntelo con /ogp plan submit.",
  "plans.submit.no_commitments": "El plan aún no tiene compromisos: añada uno con /ogp commitment add.",
  "plans.submit.refused": "«{plan}» todavía no puede presentarse ({count} problema(s)):",
  "plans.submit.ask_endorsement":
    "La sociedad civil del miembro puede respaldar el plan desde un mensaje directo: pídaselo con el botón de abajo.",
  "plans.submit.shared": "Anunciado en {count} canal(es).",
  "plans.submit.not_shared": "Ningún canal sigue a este miembro: la presentación no se anunció en el chat.",
  "plans.submitted.summary": "{member} presentó el plan de acción «{plan}» el {date}.",
  "plans.submitted.rule":
    "Regla PLAN-5 (§3.3.1): la presentación indica las organizaciones no gubernamentales que respaldan el plan. Sus compromisos pasan a estar activos.",
  "plans.endorsement_request.summary": "{member} le pide respaldar su plan de acción «{plan}»",
  "plans.endorsement_request.text":
    "{name}, punto de contacto de {member}, pide a su organización que respalde este plan de acción antes de presentarlo.",
  "plans.endorsement_request.button": "Revisar y respaldar",
  "plans.endorsement_request.rule":
    "Regla PLAN-5 (§3.3.1): un plan solo se presenta con el respaldo de al menos una organización no gubernamental.",
  "plans.endorsement_request.no_civil_society":
    "{member} no tiene ningún actor de la sociedad civil registrado a quien pedir un respaldo (regla PLAN-5). Pida a la Unidad de Apoyo que registre uno.",
  "plans.endorsement_request.sent":
    "«{plan}»: se pidió ahora el respaldo a {count} actor(es) de la sociedad civil.",
  "plans.endorsement_request.asked": "Consultados por mensaje directo: {names}.",
  "plans.endorsement_request.already_asked": "Ya consultados antes: {names}.",
  "plans.endorsement_request.unreachable": "Sin cuenta de chat vinculada, a consultar por otra vía: {names}.",
  "plans.endorsement_request.next":
    "El plan está ahora: {status}. En cuanto una organización lo respalde, preséntelo con /ogp plan submit.",
  "plans.commitment.usage":
    "Escriba /ogp commitment add, seguido si hace falta del nombre corto del miembro.",
  "plans.commitment.form_title": "Añadir un compromiso",
  "plans.commitment.submit": "Añadir el compromiso",
  "plans.commitment.step.problem": "Problema y acción",
  "plans.commitment.step.classification": "Clasificación y recursos",
  "plans.commitment.field.title": "Título",
  "plans.commitment.field.short_title": "Título corto",
  "plans.commitment.field.start_date": "Fecha de inicio",
  "plans.commitment.field.end_date": "Fecha de fin",
  "plans.commitment.field.lead_agency": "Institución responsable (oficina)",
  "plans.commitment.field.problem": "Problema que aborda",
  "plans.commitment.field.action": "Qué hace el compromiso",
  "plans.commitment.field.expected_results": "Resultados esperados",
  "plans.commitment.field.national_alignment": "Compromiso del plan nacional con el que se alinea",
  "plans.commitment.field.policy_areas": "Áreas de política",
  "plans.commitment.field.sectors": "Sectores principales",
  "plans.commitment.field.ogp_values": "Valores de OGP",
  "plans.commitment.field.resources_secured": "Recursos asegurados",
  "plans.commitment.hint.commit1":
    "Al menos un año, y a más tardar al final del plan, el {end} (regla COMMIT-1).",
  "plans.commitment.hint.national_alignment": "Opcional: el compromiso o área prioritaria nacional (§7).",
  "plans.commitment.hint.one_or_two": "Elija 1 o 2 (regla COMMIT-2).",
  "plans.commitment.hint.at_least_one": "Elija al menos uno (regla COMMIT-2).",
  "plans.resources_secured.yes": "Sí",
  "plans.resources_secured.no": "No",
  "plans.resources_secured.partially": "En parte",
  "plans.commitment.added": "El compromiso {code}, «{title}», se añadió a «{plan}».",
  "plans.commitment.next":
    "Regla COMMIT-2 (anexo 2): un compromiso tiene al menos un hito. Añada ahora los hitos de {code}.",
  "plans.milestone.usage":
    "Escriba /ogp milestone add COMPROMISO, con el código del compromiso (p. ej. sprfd0003).",
  "plans.milestone.not_poc": "Solo el punto de contacto del miembro de {code} añade sus hitos (§1).",
  "plans.milestone.submitted":
    "{code} pertenece a un plan con el estado {status}: sus hitos cambian mediante una modificación (/ogp modify {code}, §3.2.1.3).",
  "plans.milestone.form_title": "Añadir un hito",
  "plans.milestone.submit": "Añadir el hito",
  "plans.milestone.field.description": "Hito",
  "plans.milestone.field.start_month": "Mes de inicio",
  "plans.milestone.field.end_month": "Mes de fin",
  "plans.milestone.field.responsible_organization": "Organización responsable",
  "plans.milestone.hint.month": "AAAA-MM, dentro de las fechas del compromiso (regla MILESTONE-1).",
  "plans.milestone.added": "El hito {position} de {code} se añadió ({from} – {to}).",
} satisfies Record<keyof typeof english, string>;
