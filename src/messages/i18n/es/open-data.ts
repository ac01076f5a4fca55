import type { openData as english } from "../en/open-data.js";

export const openData = {
  "open_data.error.invalid_parameter": "El parámetro {parameter} no es válido: {detail}",
  "open_data.error.no_member": "Ningún miembro tiene el identificador o el código {ref}.",
  "open_data.error.no_commitment": "Ningún compromiso tiene el identificador {code}.",
  "open_data.error.no_country": "Ningún miembro está en el país {country}.",
  "open_data.error.bad_cursor": "Esta API no entregó este cursor; vuelva a empezar sin él.",
  "open_data.ics.summary": "{what} · {member}",
  "open_data.ics.summary_overdue": "Vencido: {what} · {member}",
  "open_data.ics.description": "{text}\n\nRegla {rule} del manual de OGP Local ({section}).",
  "open_data.ics.member_calendar": "Plazos de OGP Local: {member}",
  "open_data.ics.country_calendar": "Plazos de OGP Local: {country}",
  "open_data.atom.author": "Plataforma OGP Local",
  "open_data.atom.all_title": "OGP Local: informes de avance y cambios de estado",
  "open_data.atom.member_title": "{member}: informes de avance y cambios de estado",
  "open_data.atom.subtitle":
    "Los informes de avance de los miembros de OGP Local sobre los compromisos de su plan de acción, y los cambios de su estado según las reglas del manual.",
  "open_data.atom.update_title": "{members} — informe de avance sobre {commitment}: {title}",
  "open_data.atom.status_title": "{member} — estado: {status}",
  "open_data.atom.status_reason_rule": "{reason} (regla {rule} del manual)",
  "open_data.atom.delay_reasons": "Motivos del retraso: {text}",
  "open_data.atom.next_steps": "Próximos pasos: {text}",
  "open_data.atom.completion": "Avance: {level}",
  "open_data.atom.no_progress": "Sin avance este trimestre.",
  "open_data.import.cannot_read": "No se puede importar {file}: {reason}. No se escribió nada.",
  "open_data.import.not_csv": "no es un CSV válido (línea {line}: {detail})",
  "open_data.import.unreadable": "no se puede leer",
  "open_data.import.empty": "está vacío",
  "open_data.import.failed": "{file}: {count} problema(s); no se escribió nada.",
  "open_data.import.at": "fila {row}, columna {column}:",
  "open_data.import.done":
    "{file} importado: {created} informe(s) añadido(s), {revised} corregido(s), {unchanged} sin cambios.",
  "open_data.import.unknown_column": "Esta columna no es una de las de updates.csv (vea docs/open-data.md).",
  "open_data.import.repeated_column": "Esta columna aparece dos veces.",
  "open_data.import.missing_column": "Esta columna es obligatoria.",
  "open_data.import.cell_count": "La fila tiene {cells} celdas; el encabezado tiene {columns}.",
  "open_data.import.required": "Esta celda es obligatoria.",
  "open_data.import.too_long": "El texto tiene más de 10 000 caracteres.",
  "open_data.import.bad_id": "Un Update ID solo tiene letras, cifras y guiones (64 como máximo).",
  "open_data.import.bad_instant":
    "Escriba el instante en ISO 8601 con su desfase, p. ej. 2026-03-27T17:00:00Z.",
  "open_data.import.bad_position": "Escriba el número del hito (1, 2…).",
  "open_data.import.bad_milestone_change":
    "Escriba un cambio por línea como NÚMERO: DE -> A, con dos estados distintos entre not_started, in_progress, blocked, complete e incomplete.",
  "open_data.import.bad_percent": "Escriba un número entero de 0 a 100, o deje la celda vacía.",
  "open_data.import.bad_yes_no": "Escriba yes o no.",
  "open_data.import.bad_challenge":
    "Escriba un obstáculo por línea como CÓDIGO o CÓDIGO: detalle, con los códigos funding_change, lack_of_resources, priority_shift, approval_delay, dependency y other.",
  "open_data.import.repeated_challenge": "Un obstáculo aparece dos veces.",
  "open_data.import.bad_link": "Escriba un enlace web (http o https) por línea.",
  "open_data.import.too_many_links": "Un informe tiene como máximo 20 enlaces de evidencia.",
  "open_data.import.no_commitment": "Ningún compromiso tiene el identificador {code}.",
  "open_data.import.repeated_id": "Este Update ID también está en una fila anterior.",
  "open_data.import.moved_update":
    "Este informe pertenece a otro compromiso; un informe no puede cambiar de compromiso.",
  "open_data.import.moved_posting":
    "Este informe se publicó en otro momento; su fecha de publicación no puede cambiar.",
  "open_data.import.future": "Este instante está en el futuro.",
  "open_data.import.no_person":
    "Ninguna persona tiene el correo electrónico o el nombre {person} (un nombre que comparten dos personas no cuenta).",
  "open_data.import.no_milestone": "El compromiso {code} no tiene el hito {position}.",
  "open_data.import.repeated_milestone": "Un hito cambia dos veces.",
  "open_data.import.not_updatable":
    "El compromiso {code} no recibe informes (su estado es {status}); para restaurar registros anteriores, use --backfill.",
  "open_data.import.challenges_needed":
    "Un informe que no muestra avance, o que deja el compromiso sin iniciar o con avance limitado, nombra al menos un obstáculo.",
} satisfies Record<keyof typeof english, string>;
