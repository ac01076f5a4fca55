import type { commands as english } from "../en/commands.js";

export const commands = {
  "cmd.unlinked":
    "Su cuenta de chat aún no está vinculada a una persona de OGP Local. Pida un código de vinculación a la Unidad de Apoyo (o a su punto de contacto) —lo crean con `link-code create`— y escriba /ogp link CÓDIGO. Después, sus roles deciden lo que puede hacer.",
  "cmd.changed_meanwhile":
    "Alguien cambió lo mismo en ese mismo momento, así que no se guardó nada de lo suyo. Vuelva a mirar (por ejemplo con /ogp status) e inténtelo de nuevo si aún hace falta.",
  "cmd.failed":
    "Algo salió mal de nuestro lado y no se guardó nada. Quedó registrado; inténtelo de nuevo en un momento.",
  "cmd.argument_too_long":
    "Un argumento es demasiado largo (más de {max} caracteres). Escriba /ogp help para ver cómo se escribe cada comando.",
  "cmd.unknown": "Comando desconocido «{typed}». Escriba /ogp help para ver lo que puede hacer.",
  "cmd.unknown_suggest":
    "Comando desconocido «{typed}». ¿Quiso decir /ogp {suggestion}? Escriba /ogp help para ver lo que puede hacer.",
  "cmd.list.more": "…y {count} más.",
  "cmd.completion.with_pct": "{label} ({percent} %)",
  "cmd.help.title": "Comandos de OGP Local",
  "cmd.help.summary": "lo que puede hacer aquí, según su rol",
  "cmd.help.you_are": "Usted es {name}: {roles}.",
  "cmd.help.no_roles":
    "Usted es {name}. Aún no tiene ningún rol: puede consultar pero no actuar; pida uno a la Unidad de Apoyo.",
  "cmd.help.role_in": "{role} de {scope}",
  "cmd.help.scope_global": "OGP Local",
  "cmd.help.footer":
    "Cada comando se escribe /ogp COMANDO. Los estados y los informes de avance son públicos (manual §3.5.4, §4).",
  "cmd.link.summary": "vincular esta cuenta de chat a su persona de OGP Local con un código de un solo uso",
  "cmd.link.usage":
    "Escriba /ogp link CÓDIGO con el código que le dio la Unidad de Apoyo (por ejemplo /ogp link ABCD-2345).",
  "cmd.link.invalid_code":
    "Ese código de vinculación no es válido: puede estar mal escrito, ya usado o vencido. Pida uno nuevo.",
  "cmd.link.linked_elsewhere":
    "Esta cuenta de chat ya está vinculada a otra persona. Pida primero a la Unidad de Apoyo que la desvincule.",
  "cmd.link.locked":
    "Demasiados códigos de vinculación erróneos: la vinculación se suspende durante {minutes} minutos. Pida un código nuevo si perdió el suyo; se ha avisado a la Unidad de Apoyo.",
  "cmd.link.lockout.title": "Códigos de vinculación: intentos bloqueados",
  "cmd.link.lockout.identity":
    "{attempts} códigos de vinculación erróneos en {minutes} minutos del usuario {platform} {user}: sus intentos quedan bloqueados durante una hora. Alguien puede estar adivinando códigos.",
  "cmd.link.lockout.everyone":
    "{attempts} códigos de vinculación erróneos en {minutes} minutos de todas las cuentas juntas: toda vinculación se suspende durante {minutes} minutos. Alguien puede estar adivinando códigos.",
  "cmd.link.linked": "Cuenta vinculada: usted es {name}. Escriba /ogp help para ver lo que puede hacer.",
  "cmd.link.already_linked": "Esta cuenta de chat ya estaba vinculada a {name}; el código queda usado.",
  "cmd.status.summary":
    "el estado de un miembro con sus razones, su plan, sus compromisos y sus próximos vencimientos",
  "cmd.status.heading": "{member} — {status}",
  "cmd.status.since": "Desde",
  "cmd.status.country": "País",
  "cmd.status.plan": "Plan de acción",
  "cmd.status.period": "Período",
  "cmd.status.plan_status": "Estado del plan",
  "cmd.status.endorsements": "Respaldado por",
  "cmd.status.no_endorsement": "ninguna organización por ahora",
  "cmd.status.reason_rule": "Regla {rule}: {reason} (desde el {date})",
  "cmd.status.reason": "{reason} (desde el {date})",
  "cmd.status.no_plan": "Aún no hay ningún plan de acción registrado.",
  "cmd.status.no_commitments": "El plan vigente aún no tiene compromisos registrados.",
  "cmd.status.commitments": "Compromisos:",
  "cmd.status.commitment_line": "{code} · {title} — {state}, {completion}, hitos completados {done}/{total}",
  "cmd.status.next_due": "Próximos vencimientos:",
  "cmd.due.summary": "lo que tiene que hacer a continuación, en todos sus miembros",
  "cmd.due.title": "Pendiente para usted",
  "cmd.due.none": "No tiene nada pendiente por ahora.",
  "cmd.due.item": "{date}: {text}",
  "cmd.due.item_overdue": "VENCIDO desde el {date}: {text}",
  "cmd.member.not_found":
    "No hay ningún miembro «{ref}». Use el nombre corto o el código del miembro, como en el sitio público.",
  "cmd.member.none_in_scope":
    "No sigue a ningún miembro, así que /ogp {command} necesita uno: /ogp {command} MIEMBRO.",
  "cmd.member.choose": "¿Qué miembro?",
  "cmd.member.placeholder": "Elija un miembro",
  "cmd.member.more": "{count} más sin mostrar: escriba /ogp {command} MIEMBRO.",
  "cmd.commitment.not_found":
    "No hay ningún compromiso «{ref}». Use su identificador, por ejemplo mxtdb0004.",
  "cmd.plan.not_found":
    "No hay ningún plan de acción «{ref}». Use el nombre corto del miembro (su último plan) o MIEMBRO:N para el plan número N.",
  "cmd.update.summary": "publicar un informe trimestral de avance sobre un compromiso (un formulario)",
  "cmd.update_edit.summary":
    "corregir uno de sus informes (el último por defecto); la versión anterior se conserva",
  "cmd.update.usage": "Escriba /ogp update, /ogp update COMPROMISO o /ogp update edit [INFORME].",
  "cmd.update.no_rights":
    "Solo un punto de contacto, o un funcionario autorizado por el punto de contacto, publica informes de avance (manual §1).",
  "cmd.update.not_allowed":
    "Solo el punto de contacto de {member}, o un funcionario que haya autorizado, publica informes sobre este compromiso (manual §1).",
  "cmd.update.not_updatable":
    "{code} tiene el estado {status}: los informes se publican sobre compromisos activos o recién completados.",
  "cmd.update.no_commitments": "Ninguno de sus miembros tiene un compromiso activo sobre el que informar.",
  "cmd.update.choose": "¿Sobre qué compromiso es su informe?",
  "cmd.update.choose_placeholder": "Elija un compromiso",
  "cmd.update.more": "{count} más sin mostrar: escriba /ogp update COMPROMISO.",
  "cmd.update.update_not_found": "No hay ningún informe de avance «{ref}».",
  "cmd.update.no_update_yet": "Aún no ha publicado ningún informe.",
  "cmd.update.not_author": "Solo el autor de un informe puede corregirlo.",
  "cmd.update.form_title": "Informe de avance",
  "cmd.update.form_title_edit": "Corregir un informe",
  "cmd.update.submit": "Publicar",
  "cmd.update.submit_edit": "Guardar corrección",
  "cmd.update.step_context": "Retrasos, próximos pasos y evidencias",
  "cmd.update.whole_commitment": "El compromiso en su conjunto",
  "cmd.update.field.milestone": "Hito",
  "cmd.update.field.milestone_status": "Estado del hito",
  "cmd.update.field.completion": "Avance del compromiso (%)",
  "cmd.update.field.narrative": "Qué pasó este trimestre",
  "cmd.update.field.delay_reasons": "Razones de los retrasos",
  "cmd.update.field.next_steps": "Próximos pasos",
  "cmd.update.field.challenges": "Dificultades",
  "cmd.update.field.evidence": "Enlaces a evidencias (uno por línea)",
  "cmd.update.hint.completion": "0 no iniciado, 1–49 limitado, 50–99 sustancial, 100 completo.",
  "cmd.update.hint.challenges":
    "Obligatorio cuando el informe no muestra avance o el avance es nulo o limitado.",
  "cmd.update.hint.milestone_fixed":
    "El hito de un informe no cambia; publique un nuevo informe para otro hito.",
  "cmd.update.error.status_needs_milestone": "Elija el hito cuyo estado fija.",
  "cmd.update.error.challenges_needed":
    "Este informe no muestra avance, o el avance es nulo o limitado: indique al menos una dificultad.",
  "cmd.update.posted": "Su informe sobre {code} está publicado (referencia {ref}).",
  "cmd.update.corrected":
    "Su informe {ref} sobre {code} está corregido (revisión {revision}); la versión anterior se conserva.",
  "cmd.update.shared": "Compartido en {count} canal(es) que siguen a este miembro.",
  "cmd.update.not_shared":
    "Ningún canal sigue aún los informes de {member}: el punto de contacto o la Unidad de Apoyo puede escribir /ogp subscribe updates MIEMBRO en uno.",
  "cmd.update.edit_button": "Editar",
  "cmd.update.post.summary": "Nuevo informe de avance sobre {code} ({members})",
  "cmd.update.post.heading": "{members}: {code} · {title}",
  "cmd.update.post.completion": "Avance",
  "cmd.update.post.posted": "Publicado",
  "cmd.update.post.by": "{name}, {when}",
  "cmd.update.post.no_progress": "Sin avance este trimestre (cuenta para la regla INACT-3, §4.1.3).",
  "cmd.update.post.delays": "Razones de los retrasos: {text}",
  "cmd.update.post.next_steps": "Próximos pasos: {text}",
  "cmd.update.post.challenges": "Dificultades: {list}",
  "cmd.update.post.footer": "Informe {ref} · los informes de avance son públicos (§3.5.4)",
  "cmd.update.post.footer_edited":
    "Informe {ref} · corregido el {when} (revisión {revision}) · las versiones anteriores se conservan",
  "cmd.endorse.summary":
    "respaldar el plan de acción de su miembro en nombre de su organización (regla PLAN-5)",
  "cmd.endorse_withdraw.summary": "retirar el respaldo de su organización antes de que se presente el plan",
  "cmd.endorse.usage":
    "Escriba /ogp endorse PLAN o /ogp endorse withdraw PLAN, donde PLAN es el nombre corto del miembro (o MIEMBRO:N).",
  "cmd.endorse.not_civil_society":
    "Solo la sociedad civil de {owner} puede respaldar su plan (regla PLAN-5, §3.3.1).",
  "cmd.endorse.government_refused":
    "Los roles de gobierno no pueden respaldar: la regla PLAN-5 (§3.3.1) pide el respaldo de organizaciones no gubernamentales de {owner}.",
  "cmd.endorse.no_organization":
    "Su perfil no indica ninguna organización no gubernamental, y un respaldo lo da una de ellas (regla PLAN-5, §2.2). Pida a la Unidad de Apoyo que la registre.",
  "cmd.endorse.submitted":
    "«{plan}» tiene el estado {status}: la regla PLAN-5 (§3.3.1) recibe los respaldos antes de que se presente el plan.",
  "cmd.endorse.withdraw_submitted":
    "«{plan}» tiene el estado {status}: un respaldo solo puede retirarse antes de que se presente el plan (regla PLAN-5, §3.3.1).",
  "cmd.endorse.already": "{organization} ya respalda este plan (desde el {when}).",
  "cmd.endorse.question": "¿Respaldar «{plan}» en nombre de {organization}?",
  "cmd.endorse.confirm_button": "Respaldar el plan",
  "cmd.endorse.owner": "Miembro",
  "cmd.endorse.rule":
    "Regla PLAN-5 (§3.3.1): un plan solo se presenta con el respaldo de al menos una organización no gubernamental.",
  "cmd.endorse.done": "{organization} respaldó «{plan}» — por {name}, el {when}.",
  "cmd.endorse.nothing_to_withdraw": "{organization} no respalda este plan, así que no hay nada que retirar.",
  "cmd.endorse.withdrawn": "{organization} retiró su respaldo a «{plan}» — por {name}, el {when}.",
  "cmd.modify.summary": "proponer una modificación de un compromiso (punto de contacto; regla MOD-1)",
  "cmd.modify.usage": "Escriba /ogp modify COMPROMISO, por ejemplo /ogp modify mxtdb0004.",
  "cmd.modify.not_poc": "Solo el punto de contacto propone modificaciones de {code} (§3.2.1.3).",
  "cmd.modify.withdrawn": "{code} está retirado y ya no puede modificarse.",
  "cmd.modify.not_submitted":
    "{code} aún no se ha presentado: edite el borrador en lugar de proponer una modificación.",
  "cmd.modify.window_closed":
    "Regla MOD-1 (§3.2.1.3): una modificación solo puede proponerse en los {months} meses siguientes a la presentación del compromiso. {code} se presentó el {submitted}; el plazo terminó el {closed}.",
  "cmd.modify.form_title": "Proponer modificación",
  "cmd.modify.submit": "Proponer",
  "cmd.modify.field.kind": "Tipo de cambio",
  "cmd.modify.field.new_end_date": "Nueva fecha de fin",
  "cmd.modify.field.change": "Qué cambia",
  "cmd.modify.field.rationale": "Por qué",
  "cmd.modify.hint.new_end_date": "Solo para un cambio de calendario.",
  "cmd.modify.error.end_date_needed": "Un cambio de calendario necesita la nueva fecha de fin.",
  "cmd.modify.error.commit1_duration":
    "Regla COMMIT-1 (§3.2.1.2): un compromiso dura al menos un año desde su inicio.",
  "cmd.modify.error.commit1_plan_end":
    "Regla COMMIT-1 (§3.2.1.2): un compromiso termina a más tardar con su plan, el {end}.",
  "cmd.modify.error.change_needed": "Describa el cambio.",
  "cmd.modify.proposed":
    "La modificación {ref} de {code} está propuesta. Entra en vigor cuando la sociedad civil la apruebe (regla MOD-2).",
  "cmd.modify.shared": "Se consultó a la sociedad civil en {count} canal(es).",
  "cmd.modify.not_shared":
    "Ningún canal sigue a este miembro: la sociedad civil puede escribir /ogp approve {ref} o /ogp reject {ref}.",
  "cmd.modify.channel_summary":
    "Modificación {ref} de {code} propuesta: se necesita el acuerdo de la sociedad civil",
  "cmd.modify.heading": "Modificación {ref} de {code} · {title}",
  "cmd.modify.proposed_by": "Propuesta por",
  "cmd.modify.change_text": "Cambio: {text}",
  "cmd.modify.rationale_text": "Por qué: {text}",
  "cmd.modify.ask_consent":
    "Sociedad civil del miembro: apruebe o rechace la modificación {ref} (regla MOD-2, §3.2.1.3).",
  "cmd.modify.approve_button": "Aprobar",
  "cmd.modify.reject_button": "Rechazar",
  "cmd.modify.cancel": "Cancelar",
  "cmd.modify.reject_confirm_title": "¿Rechazar la modificación?",
  "cmd.modify.reject_confirm_text":
    "Un solo rechazo de la sociedad civil decide: la modificación {ref} no entrará en vigor.",
  "cmd.approve.summary": "aprobar una modificación propuesta (sociedad civil; regla MOD-2)",
  "cmd.reject.summary": "rechazar una modificación propuesta (sociedad civil; regla MOD-2)",
  "cmd.approve.usage": "Escriba /ogp approve MODIFICACIÓN con la referencia que acompaña la propuesta.",
  "cmd.reject.usage": "Escriba /ogp reject MODIFICACIÓN con la referencia que acompaña la propuesta.",
  "cmd.decide.not_found":
    "No hay ninguna modificación «{ref}». Use la referencia que acompaña la propuesta (8 caracteres).",
  "cmd.decide.not_civil_society":
    "Solo la sociedad civil del miembro aprueba o rechaza modificaciones de {code} (regla MOD-2, §3.2.1.3).",
  "cmd.decide.approved":
    "La modificación {ref} de {code} fue aprobada por {name}, el {when}: entra en vigor.",
  "cmd.decide.rejected":
    "La modificación {ref} de {code} fue rechazada por {name}, el {when}: no entra en vigor.",
  "cmd.decide.pending": "La modificación {ref} espera la decisión de la sociedad civil.",
  "cmd.decide.rule":
    "Regla MOD-2 (§3.2.1.3): una modificación entra en vigor con al menos una aprobación y ningún rechazo de la sociedad civil del miembro; cada paso se registra y se informa a la Unidad de Apoyo.",
  "cmd.decide.support_unit_summary": "Modificación {ref} decidida (MOD-2)",
  "cmd.decide.support_unit_notice":
    "Para la Unidad de Apoyo: la modificación {ref} fue decidida (regla MOD-2, §3.2.1.3).",
  "cmd.meeting.summary": "registrar una reunión de cocreación o de implementación (un formulario)",
  "cmd.meeting.usage": "Escriba /ogp meeting o /ogp meeting MIEMBRO.",
  "cmd.meeting.no_rights":
    "Solo un punto de contacto, o un funcionario autorizado por el punto de contacto, registra reuniones (manual §1).",
  "cmd.meeting.not_allowed":
    "Solo el punto de contacto de {member}, o un funcionario que haya autorizado, registra sus reuniones (manual §1).",
  "cmd.meeting.form_title": "Registrar una reunión",
  "cmd.meeting.submit": "Registrar",
  "cmd.meeting.step_records": "Organizaciones y acta",
  "cmd.meeting.field.held_on": "Fecha",
  "cmd.meeting.field.phase": "Fase",
  "cmd.meeting.field.title": "Título",
  "cmd.meeting.field.government": "Participantes del gobierno",
  "cmd.meeting.field.non_government": "Participantes no gubernamentales",
  "cmd.meeting.field.organizations": "Organizaciones presentes",
  "cmd.meeting.field.minutes_url": "Enlace al acta",
  "cmd.meeting.hint.organizations": "Una por línea.",
  "cmd.meeting.error.future": "Una reunión se registra una vez celebrada.",
  "cmd.meeting.recorded": "Reunión de {member} registrada (referencia {ref}).",
  "cmd.meeting.heading": "{member}: {title}",
  "cmd.meeting.organizations_text": "Organizaciones: {list}",
  "cmd.meeting.minutes": "Acta",
  "cmd.meeting.multi_stakeholder":
    "Multiactor: participaron personas del gobierno y de fuera del gobierno (regla PROB-2, §3.3.1).",
  "cmd.meeting.not_multi_stakeholder":
    "No es multiactor: la regla PROB-2 (§3.3.1) cuenta reuniones con participantes del gobierno y no gubernamentales.",
  "cmd.meeting.channel_summary": "Reunión registrada para {member}",
  "cmd.evidence.summary": "adjuntar un enlace a un plan, compromiso, hito (CÓDIGO.N) o reunión",
  "cmd.evidence.usage":
    "Escriba /ogp evidence OBJETO URL [TIPO] [TÍTULO], por ejemplo /ogp evidence mxtdb0004.2 https://example.org/informe.pdf media Cobertura de prensa.",
  "cmd.evidence.bad_url": "Una evidencia es un enlace web que empieza por https:// o http://.",
  "cmd.evidence.subject_not_found": "No hay ningún plan, compromiso, hito ni reunión «{ref}».",
  "cmd.evidence.not_allowed":
    "Solo el punto de contacto de {member}, o un funcionario que haya autorizado, añade sus evidencias (manual §1).",
  "cmd.evidence.attached": "Evidencia «{title}» ({kind}) adjuntada a {subject}.",
  "cmd.subscribe.summary":
    "enviar un tipo de alerta a este canal: alerts, updates MIEMBRO, circle CÍRCULO, digest PAÍS",
  "cmd.unsubscribe.summary": "dejar de recibir un tipo de alerta en este canal",
  "cmd.subscribe.usage":
    "Escriba /ogp subscribe alerts [PAÍS|all] [REGLA,REGLA…], /ogp subscribe updates MIEMBRO, /ogp subscribe circle CÍRCULO o /ogp subscribe digest PAÍS (y lo mismo con unsubscribe).",
  "cmd.subscribe.label_filtered": "{label} ({filter})",
  "cmd.subscribe.unknown_kinds":
    "Tipo(s) de alerta desconocido(s): {kinds}. Las alertas se filtran por identificador de regla, p. ej. DUE-UPDATE,INACT-4,REVOKE-1.",
  "cmd.unsubscribe.usage":
    "Escriba /ogp unsubscribe alerts, /ogp unsubscribe updates MIEMBRO, /ogp unsubscribe circle CÍRCULO o /ogp unsubscribe digest PAÍS.",
  "cmd.subscribe.needs_channel": "Ejecute este comando en el canal que debe recibir las alertas.",
  "cmd.subscribe.support_unit_only":
    "Solo la Unidad de Apoyo dirige las alertas de la Unidad de Apoyo (manual §1).",
  "cmd.subscribe.member_not_allowed":
    "Solo la Unidad de Apoyo o el punto de contacto de {member} dirigen sus informes (manual §1).",
  "cmd.subscribe.circle_not_found": "No hay ningún círculo de aprendizaje «{ref}».",
  "cmd.subscribe.circle_not_allowed":
    "Solo la Unidad de Apoyo o un punto de contacto de un miembro de {circle} dirigen sus alertas (manual §1, §2.4).",
  "cmd.subscribe.country_not_allowed":
    "Solo la Unidad de Apoyo o la coordinación nacional de {country} dirigen su resumen (manual §1, §7).",
  "cmd.subscribe.label_member": "los informes de {member}",
  "cmd.subscribe.label_circle": "el círculo {circle}",
  "cmd.subscribe.label_country": "el resumen de {country}",
  "cmd.subscribe.added": "Este canal recibe ahora {label}.",
  "cmd.subscribe.already": "Este canal ya recibe {label}.",
  "cmd.unsubscribe.removed": "Este canal ya no recibe {label}.",
  "cmd.unsubscribe.absent": "Este canal no recibía {label}.",
  "cmd.subscribe.list_title": "Este canal recibe:",
  "cmd.subscribe.list_empty": "Este canal aún no recibe ninguna alerta.",
  "cmd.home.title": "OGP Local",
  "cmd.home.hello": "Hola, {name}. Estos son sus miembros, su estado hoy y lo que tiene pendiente.",
  "cmd.home.no_members": "Aún no sigue a ningún miembro.",
  "cmd.home.plan_line": "{plan} · {start} – {end} · {status}",
  "cmd.home.more_members": "{count} miembros más: escriba /ogp status MIEMBRO.",
  "cmd.home.pending_title": "Esperando su acuerdo (regla MOD-2):",
  "cmd.home.pending_line": "Modificación {ref} de {code} ({kind}): {rationale}",
  "cmd.form.required": "Obligatorio.",
  "cmd.form.too_long": "{max} caracteres como máximo.",
  "cmd.form.number_range": "Un número entero de {min} a {max}.",
  "cmd.form.date": "Una fecha como 2026-03-31.",
  "cmd.form.choice": "Elija una de las opciones.",
  "cmd.form.links": "No son enlaces web: {entries}. Use enlaces que empiecen por https://.",
  "cmd.form.too_many_links": "{max} enlaces como máximo.",
} satisfies Record<keyof typeof english, string>;
