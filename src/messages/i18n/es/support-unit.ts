/**
 * Decisiones de la Unidad de Apoyo (§4: inactividad voluntaria VOL-1, prórrogas INACT-1, cambio de
 * estado) y registro de personas y roles (§1), desde el chat y la CLI.
 */
export const supportUnit = {
  "decision.reason_required":
    "Regla {rule} ({section}): una decisión de la Unidad de Apoyo necesita un motivo, que se registra con ella.",
  "decision.reason_too_long":
    "Regla {rule} ({section}): el motivo es demasiado largo (más de {max} caracteres).",
  "decision.revoked":
    "Regla {rule} ({section}): la membresía de {member} está revocada desde el {since}; solo un cambio de estado puede modificarlo.",
  "decision.date_invalid":
    "Regla {rule} ({section}): «{date}» no es una fecha del calendario; escriba las fechas como AAAA-MM-DD, por ejemplo 2026-09-30.",
  "decision.vol1.order":
    "Regla {rule} ({section}): la inactividad voluntaria no puede terminar ({to}) antes de empezar ({from}).",
  "decision.vol1.overlap":
    "Regla {rule} ({section}): {member} ya está en inactividad voluntaria del {from} al {to}; una nueva concesión no puede superponerse.",
  "decision.vol1.overlap_open":
    "Regla {rule} ({section}): {member} ya está en inactividad voluntaria desde el {from}, hasta nuevo aviso; una nueva concesión no puede superponerse. Cambie primero su estado para terminarla.",
  "decision.inact1.no_deadline":
    "Regla {rule} ({section}): {member} no tiene plazo de primer plan que prorrogar; solo los miembros nuevos lo tienen.",
  "decision.inact1.submitted":
    "Regla {rule} ({section}): {member} presentó su primer plan de acción el {on}; ya no queda plazo de primer plan que prorrogar.",
  "decision.inact1.not_later":
    "Regla {rule} ({section}): una prórroga fija un plazo de primer plan posterior al vigente para {member}, el {dueOn}.",
  "decision.inact1.past":
    "Regla {rule} ({section}): el nuevo plazo de primer plan no puede ser anterior a hoy ({today}); una decisión nunca actúa sobre los días anteriores a ella.",
  "decision.override.unknown_status":
    "Regla {rule} ({section}): «{status}» no es un estado; use uno de {statuses}.",
  "decision.concurrent":
    "Otra decisión sobre {member} se registró en el mismo momento, así que no se escribió nada. Consulte /ogp status {member} y vuelva a intentarlo.",
  "decision.by_not_support_unit":
    "{name} ({email}) no tiene el rol de Unidad de Apoyo: la decisión no puede registrarse a su nombre.",
  "cmd.grant.support_unit_only":
    "Solo la Unidad de Apoyo concede la inactividad voluntaria (regla VOL-1, §4.1) y las prórrogas del plazo del primer plan (regla INACT-1, §4.1.1).",
  "cmd.override.support_unit_only": "Solo la Unidad de Apoyo cambia el estado de un miembro (§4.2).",
  "cmd.register.support_unit_only": "Solo la Unidad de Apoyo registra personas y asigna roles (§1).",
  "cmd.grant_vol.summary":
    "conceder a un miembro la inactividad voluntaria del FROM al TO, o hasta nuevo aviso sin TO (regla VOL-1, Unidad de Apoyo)",
  "cmd.grant_extension.summary":
    "prorrogar hasta UNTIL el plazo del primer plan de un miembro nuevo (regla INACT-1, Unidad de Apoyo)",
  "cmd.override.summary":
    "fijar el estado de un miembro a partir de hoy, con el motivo (§4.2, Unidad de Apoyo)",
  "cmd.register_person.summary":
    "registrar a una persona por su nombre y correo, con el idioma que lee y la organización que representa (Unidad de Apoyo)",
  "cmd.register_role.summary":
    "dar un rol a una persona registrada, para un miembro o, para una coordinación nacional, un país (Unidad de Apoyo)",
  "cmd.home.support_unit_title": "Decisiones y registros de la Unidad de Apoyo (§1, §4):",
  "cmd.grant.usage":
    "Escriba /ogp grant voluntary-inactivity MIEMBRO INICIO [FIN] MOTIVO o /ogp grant extension MIEMBRO PLAZO MOTIVO, con fechas AAAA-MM-DD (sin FIN: hasta nuevo aviso).",
  "cmd.override.usage":
    "Escriba /ogp override MIEMBRO ESTADO MOTIVO, donde ESTADO es uno de active, inactive, voluntarily_inactive, probation, revoked.",
  "cmd.register.usage":
    "Escriba /ogp register person NOMBRE CORREO [en|fr|es] [ORGANIZACIÓN], /ogp register organization TIPO NOMBRE o /ogp register role CORREO ROL [MIEMBRO|PAÍS]. TIPO es uno de government, civil_society_org, community_group, university, private_sector, media, youth_council, monitoring_body, other.",
  "discord.option.from": "el primer día, AAAA-MM-DD",
  "discord.option.to": "el último día, AAAA-MM-DD (vacío: hasta nuevo aviso)",
  "discord.option.until": "el nuevo plazo, AAAA-MM-DD",
  "discord.option.status": "un estado de miembro",
  "discord.option.name": "un nombre completo: el de la persona o el de la organización",
  "discord.option.email": "el correo electrónico de la persona",
  "discord.option.language": "el idioma que lee: en, fr o es",
  "discord.option.role": "un rol de la tabla de roles del manual",
  "discord.option.scope": "el miembro (nombre corto) o, para una coordinación nacional, el código del país",
  "cmd.grant.vol1_done":
    "Inactividad voluntaria concedida a {member} del {from} al {to} (regla VOL-1, §4.1): {reason}",
  "cmd.grant.vol1_open_done":
    "Inactividad voluntaria concedida a {member} desde el {from}, hasta nuevo aviso (regla VOL-1, §4.1): {reason}",
  "cmd.grant.extension_done":
    "El plazo del primer plan de {member} se prorroga hasta el {until} (regla INACT-1, §4.1.1): {reason}",
  "cmd.override.done":
    "La Unidad de Apoyo fija el estado de {member} en {status} a partir del {on} (§4.2): {reason}",
  "decision.outcome.now": "Las reglas dan ahora para {member}: {status} desde el {since}.",
  "decision.outcome.recorded":
    "Registrado como estado del miembro, con su fila en el historial de estados, por {name} ({rule}).",
  "decision.outcome.letter":
    "La próxima ejecución del planificador publica el borrador de carta en el canal de la Unidad de Apoyo.",
  "decision.outcome.unchanged":
    "El estado que dan las reglas no cambia hoy; el planificador registra cualquier cambio posterior en su día.",
  "decision.outcome.upcoming":
    "A partir del {on}, las reglas dan {status}; el planificador lo registra ese día.",
  "decision.outcome.backdated":
    "El estado cambia a partir del {on}, día de la decisión: una decisión nunca modifica los días anteriores a ella.",
  "decision.outcome.cli": "la línea de comandos",
  "cmd.register.person_done":
    "{name} ({email}) queda registrado/a (idioma: {language}). Después: dele un rol con /ogp register role {email} ROL [MIEMBRO|PAÍS], y un código de vinculación para su cuenta de chat (`link-code create --person {email}`).",
  "cmd.register.role_done": "{name} tiene ahora el rol {role} para {scope}.",
  "register.no_person":
    "Ninguna persona tiene el correo {email}. Regístrela primero: /ogp register person NOMBRE {email} (CLI: person add).",
  "register.name_required": "El nombre de la persona es obligatorio.",
  "register.name_too_long": "El nombre es demasiado largo (más de {max} caracteres).",
  "register.email_invalid": "«{email}» no es una dirección de correo electrónico.",
  "register.language_unknown": "«{language}» no es un idioma de OGP Local; use uno de {languages}.",
  "register.person_exists": "Ya hay una persona registrada con el correo {email}: {name}.",
  "register.role_unknown": "«{role}» no es un rol; use uno de {roles}.",
  "register.global_role": "El rol {role} es global: no lleva miembro ni país (se indicó «{scope}»).",
  "register.country_required":
    "El rol {role} se ejerce para un país: añada su código ISO, por ejemplo MX (especificación §7).",
  "register.country_unknown": "«{country}» no es un código de país ISO 3166-1, por ejemplo MX o NZ.",
  "register.member_required": "El rol {role} se ejerce para un miembro: añada el nombre corto del miembro.",
  "register.role_exists": "{name} ya tiene el rol {role} para {scope}; no ha cambiado nada.",
  "cmd.register_organization.summary":
    "registrar una organización por tipo y nombre, para registrar a su gente con ella (Unidad de Apoyo)",
  "discord.option.organization": "la organización que representa, ya registrada (su nombre)",
  "cmd.register.organization_done":
    "{name} queda registrada como organización ({kind}). Después: registre a su gente con /ogp register person NOMBRE CORREO [en|fr|es] {name}.",
  "cmd.register.person_organization": "Representa a {organization} ({kind}).",
  "cmd.register.organization_set":
    "{name} ({email}) representa ahora a {organization} ({kind}); no ha cambiado nada más.",
  "register.organization_kind_unknown": "«{kind}» no es un tipo de organización; use uno de {kinds}.",
  "register.organization_name_required": "El nombre de la organización es obligatorio.",
  "register.organization_name_too_long":
    "El nombre de la organización es demasiado largo (más de {max} caracteres).",
  "register.website_invalid": "«{website}» no es una dirección web; escríbala como https://….",
  "register.organization_exists":
    "Ya hay una organización registrada con el nombre {name} ({kind}); no ha cambiado nada.",
  "register.organization_unknown":
    "Ninguna organización se llama «{organization}», así que no se registró nada. Regístrela primero con /ogp register organization TIPO NOMBRE (CLI: organization add).",
  "register.organization_already_member": "{name} ya representa a {organization}; no ha cambiado nada.",
  "register.organization_other":
    "{name} ({email}) ya representa a {organization}; una organización, una vez asignada, no se cambia desde el chat.",
  "register.person_differs":
    "Ya hay una persona registrada con el correo {email} como {name} (idioma: {language}). Para darle una organización, escriba su nombre e idioma tal como están registrados: /ogp register person {name} {email} {code} ORGANIZACIÓN.",
};
