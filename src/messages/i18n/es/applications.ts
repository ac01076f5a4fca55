import type { applications as english } from "../en/applications.js";

/** Solicitudes de ingreso a OGP Local (manual §1). */
export const applications = {
  "cmd.apply.summary": "solicitar el ingreso de una localidad a OGP Local: un formulario (manual §1)",
  "cmd.application_accept.summary":
    "aceptar una solicitud: se crean el miembro, su punto de contacto y el rol, con el plazo del primer plan si se indica (Unidad de Apoyo; §1, INACT-1)",
  "cmd.application_reject.summary":
    "rechazar una solicitud indicando el motivo; sin motivo, un formulario lo pide (Unidad de Apoyo; §1)",
  "discord.option.first_plan_due": "plazo del primer plan de acción, AAAA-MM-DD (INACT-1)",
  "discord.option.application": "la referencia de la solicitud, indicada en el pedido",
  "cmd.apply.usage":
    "Escriba /ogp apply: un formulario pide la localidad, su carta de compromiso y su punto de contacto.",
  "cmd.apply.form_title": "Solicitud a OGP Local",
  "cmd.apply.submit": "Enviar",
  "cmd.apply.step_locality": "La localidad",
  "cmd.apply.step_letter": "Carta de compromiso",
  "cmd.apply.step_contact": "Punto de contacto",
  "cmd.apply.field.name": "Nombre de la localidad",
  "cmd.apply.field.country": "País (código ISO)",
  "cmd.apply.field.jurisdiction_type": "Tipo de jurisdicción",
  "cmd.apply.field.mandate_end": "Fin del mandato actual",
  "cmd.apply.field.time_zone": "Zona horaria",
  "cmd.apply.field.letter_url": "Enlace a la carta",
  "cmd.apply.field.letter_pages": "Páginas de la carta",
  "cmd.apply.field.letter_language": "Idioma de la carta",
  "cmd.apply.field.signed_by": "Firmada por el gobierno por",
  "cmd.apply.field.signatories": "Firmantes no gubernamentales",
  "cmd.apply.field.contact_name": "Nombre del punto de contacto",
  "cmd.apply.field.contact_email": "Correo del punto de contacto",
  "cmd.apply.field.language": "Idioma de los mensajes del miembro",
  "cmd.apply.hint.country": "Dos letras, p. ej. MX, FR, NZ.",
  "cmd.apply.hint.mandate_end":
    "Déjelo vacío si la jurisdicción no tiene elecciones. Deben quedar al menos {months} meses (regla APPLY-1).",
  "cmd.apply.hint.time_zone": "p. ej. America/Mexico_City; UTC si está vacío.",
  "cmd.apply.hint.letter_url": "Un enlace web (https://…) a la carta de compromiso firmada.",
  "cmd.apply.hint.signatories":
    "Uno por línea: nombre, organización. Se requiere al menos {min} (regla APPLY-2).",
  "cmd.apply.letter_language.en": "Inglés",
  "cmd.apply.letter_language.fr": "Francés",
  "cmd.apply.letter_language.es": "Español",
  "cmd.apply.letter_language.other": "Otro idioma",
  "cmd.apply.language.en": "Inglés",
  "cmd.apply.language.fr": "Francés",
  "cmd.apply.language.es": "Español",
  "cmd.apply.error.name": "Escriba el nombre de la localidad.",
  "cmd.apply.error.country": "Escriba el código ISO del país, de dos letras, p. ej. MX.",
  "cmd.apply.error.jurisdiction_type": "Elija el tipo de jurisdicción.",
  "cmd.apply.error.mandate_end": "Escriba una fecha como AAAA-MM-DD, o déjelo vacío.",
  "cmd.apply.error.time_zone": "Escriba una zona horaria como America/Mexico_City, o déjelo vacío para UTC.",
  "cmd.apply.error.language": "Elija un idioma.",
  "cmd.apply.error.letter_url": "Indique el enlace web de la carta, que empiece por https://.",
  "cmd.apply.error.letter_pages": "Escriba el número de páginas.",
  "cmd.apply.error.letter_language": "Elija el idioma de la carta.",
  "cmd.apply.error.signed_by": "Elija quién firmó la carta por el gobierno.",
  "cmd.apply.error.signatories": "Escriba un firmante por línea, así: nombre, organización.",
  "cmd.apply.error.contact_name": "Escriba el nombre del punto de contacto.",
  "cmd.apply.error.contact_email": "Escriba el correo electrónico del punto de contacto.",
  "cmd.apply.recorded":
    "La solicitud de {name} ({country}) para ingresar a OGP Local quedó registrada, referencia {ref}. Espera la decisión de la Unidad de Apoyo.",
  "cmd.apply.next":
    "Manual §1: la Unidad de Apoyo acepta o rechaza las solicitudes. Recibirá aquí su decisión.",
  "cmd.apply.home":
    "¿Solicita el ingreso de una localidad a OGP Local? El formulario pide su carta de compromiso (manual §1).",
  "cmd.apply.button": "Solicitar",
  "cmd.application.usage":
    "Escriba /ogp application accept SOLICITUD [PLAZO_PRIMER_PLAN] o /ogp application reject SOLICITUD MOTIVO, con la referencia indicada en el pedido; el plazo del primer plan de acción se escribe AAAA-MM-DD (regla INACT-1, §4.1.1).",
  "cmd.application.support_unit_only":
    "Solo la Unidad de Apoyo acepta o rechaza las solicitudes de ingreso a OGP Local (manual §1: la Unidad de Apoyo registra a los miembros).",
  "cmd.application.not_found":
    "No hay ninguna solicitud «{ref}». Use la referencia indicada en el pedido (8 caracteres).",
  "cmd.application.reason_required":
    "Indique por qué se rechaza la solicitud, en {max} caracteres como máximo.",
  "cmd.application.already_pending":
    "{name} ({country}) ya tiene una solicitud a la espera de la Unidad de Apoyo: referencia {ref}, enviada el {on}.",
  "cmd.application.repeated":
    "{name} ({country}) ya es la jurisdicción de la solicitud {first} de este archivo.",
  "cmd.application.signer.head_of_government": "el jefe de gobierno",
  "cmd.application.signer.delegated_senior_official": "un alto funcionario delegado",
  "cmd.application.signer.none": "ninguno de los dos",
  "cmd.application.signatory": "{name} ({organization})",
  "cmd.application.jurisdiction_type.municipality": "Municipio",
  "cmd.application.jurisdiction_type.city": "Ciudad",
  "cmd.application.jurisdiction_type.county": "Condado",
  "cmd.application.jurisdiction_type.province": "Provincia",
  "cmd.application.jurisdiction_type.region": "Región",
  "cmd.application.jurisdiction_type.state": "Estado",
  "cmd.application.jurisdiction_type.other": "Otra",
  "cmd.application.field.country": "País",
  "cmd.application.field.jurisdiction_type": "Jurisdicción",
  "cmd.application.field.mandate_end": "Fin del mandato",
  "cmd.application.field.submitted_on": "Enviada el",
  "cmd.application.field.letter": "Carta de compromiso",
  "cmd.application.field.signatories": "Firmantes no gubernamentales",
  "cmd.application.field.contact": "Punto de contacto",
  "cmd.application.field.applied_by": "Presentada por",
  "cmd.application.field.reason": "Motivo",
  "cmd.application.hint.reason": "La persona solicitante lo leerá.",
  "cmd.application.no_mandate_end": "Sin elecciones",
  "cmd.application.letter_summary": "{pages} página(s), en {language}, firmada por {signer}",
  "cmd.application.none": "ninguno",
  "cmd.application.contact": "{name} · {email}",
  "cmd.application.applied_from_cli": "los administradores (línea de comandos)",
  "cmd.application.request_summary": "{name} ({country}) solicita ingresar a OGP Local",
  "cmd.application.request_heading": "Solicitud de ingreso a OGP Local · {name} ({country})",
  "cmd.application.letter_link": "Carta de compromiso",
  "cmd.application.accept_button": "Aceptar",
  "cmd.application.reject_button": "Rechazar",
  "cmd.application.cancel": "Cancelar",
  "cmd.application.accept_confirm_title": "¿Aceptar la solicitud?",
  "cmd.application.accept_confirm_text": "{name} ({country}) pasa a ser miembro, con su punto de contacto.",
  "cmd.application.reject_form_title": "Rechazar la solicitud",
  "cmd.application.rule":
    "Manual §1: la Unidad de Apoyo decide las solicitudes; las reglas APPLY-1 (mandato) y APPLY-2 (carta de apoyo) se verificaron al enviarla. Referencia {ref}: /ogp application accept {ref} o /ogp application reject {ref} MOTIVO.",
  "cmd.application.accepted":
    "La solicitud {ref} de {name} ({country}) fue aceptada por {by}, {when}: se creó el miembro {slug} (código {code}), con {contact} como punto de contacto.",
  "cmd.application.rejected":
    "La solicitud {ref} de {name} ({country}) fue rechazada por {by}, {when}. Motivo: {reason}",
  "cmd.application.already_accepted":
    "La solicitud {ref} de {name} ({country}) ya había sido aceptada por {by}, {when} (miembro {slug}); nada cambió.",
  "cmd.application.already_rejected":
    "La solicitud {ref} de {name} ({country}) ya había sido rechazada por {by}, {when}; nada cambió.",
  "cmd.application.first_plan_due":
    "Primer plan de acción a más tardar el {date} (regla INACT-1, §4.1.1): el punto de contacto recibirá recordatorios antes (DUE-PLAN-NEW).",
  "cmd.application.no_first_plan_due":
    "No se fijó un plazo para el primer plan, así que la regla INACT-1 (§4.1.1) aún no puede aplicarse a este miembro: fije members[].firstPlanDue con `import --merge`, o indique la fecha al aceptar (/ogp application accept SOLICITUD AAAA-MM-DD).",
  "cmd.application.notice_first_plan_due":
    "Su primer plan de acción debe presentarse a más tardar el {date} (manual §4.1.1).",
  "cmd.application.first_plan_due_invalid":
    "Regla INACT-1 (§4.1.1): el plazo del primer plan es una fecha posterior a hoy ({today}), escrita AAAA-MM-DD; «{date}» no lo es. No se decidió nada.",
  "cmd.application.applicant_told": "La persona solicitante recibe un mensaje directo.",
  "cmd.application.applicant_unreachable":
    "La persona solicitante no tiene una cuenta de chat vinculada: avísele por correo ({email}).",
  "cmd.application.notice_summary_accepted": "{name} ya es miembro de OGP Local",
  "cmd.application.notice_summary_rejected": "Su solicitud para {name} no fue aceptada",
  "cmd.application.notice_accepted":
    "La Unidad de Apoyo aceptó la solicitud de {name} ({country}) el {on}: ya es miembro de OGP Local, con su página pública en /members/{slug} y {contact} como punto de contacto.",
  "cmd.application.notice_rejected":
    "La Unidad de Apoyo no aceptó la solicitud de {name} ({country}) el {on}. Motivo: {reason}",
  "cmd.application.home_title": "Solicitudes a la espera de su decisión (manual §1):",
  "cmd.application.home_line": "{ref} · {name} ({country}) · enviada el {on} · punto de contacto {contact}",
  "cmd.application.home_more": "Hay más en espera: npm run cli -- application list --pending",
  "cli.application.empty": "se espera al menos una solicitud",
  "cli.application.not_json": "no es JSON válido ({detail})",
  "cli.application.unreadable": "no se puede leer",
  "cli.application.cannot_read":
    "No se pueden añadir las solicitudes de {file}: {reason}. No se escribió nada.",
  "cli.application.failed": "{file}: {count} problema(s); no se escribió nada.",
  "cli.application.added":
    "Se añadieron {count} solicitud(es) de {file}, pendientes; se pide a los canales de alertas de la Unidad de Apoyo que decidan:",
  "cli.application.none": "Ninguna solicitud.",
  "cli.application.none_pending": "Ninguna solicitud espera una decisión.",
  "cli.application.line": "{ref}  {outcome}  {name} ({country})  enviada el {on}  {contact} <{email}>",
  "cli.application.outcome.pending": "pendiente",
  "cli.application.outcome.accepted": "aceptada",
  "cli.application.outcome.rejected": "rechazada",
  "cli.application.operator": "un operador (línea de comandos)",
  "cli.application.decided_accepted": "por {by}, {when}: miembro {member}",
  "cli.application.decided_rejected": "por {by}, {when}: {reason}",
} satisfies Record<keyof typeof english, string>;
