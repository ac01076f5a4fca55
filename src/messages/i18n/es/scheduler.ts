import type { scheduler as english } from "../en/scheduler.js";

export const scheduler = {
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
} satisfies Record<keyof typeof english, string>;
