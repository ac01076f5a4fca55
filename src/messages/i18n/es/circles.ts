import type { circles as english } from "../en/circles.js";

export const circles = {
  "cmd.circle_create.summary":
    "crear un círculo de aprendizaje sobre un área de política o un tema libre (Unidad de Apoyo; §2.4)",
  "cmd.circle_join.summary":
    "agregar un miembro a un círculo (punto de contacto o sociedad civil del miembro; §2.4)",
  "cmd.circle_leave.summary":
    "retirar un miembro de un círculo (punto de contacto o sociedad civil del miembro; §2.4)",
  "cmd.circle_list.summary": "listar los círculos, sus temas, miembros y canales vinculados",
  "cmd.circle_link.summary":
    "vincular este canal a un círculo: los mensajes se retransmiten entre sus canales (Unidad de Apoyo, o punto de contacto o sociedad civil de un miembro del círculo)",
  "cmd.circle_unlink.summary":
    "desvincular este canal de un círculo: la retransmisión se detiene de inmediato",
  "cmd.peers.summary":
    "miembros con compromisos activos en un área de política, y sus círculos (§2.4, intercambio entre pares)",
  "discord.option.circle": "un círculo (su nombre corto)",
  "discord.option.circle_name": "el nombre del círculo",
  "discord.option.theme": "un área de política, o un tema en pocas palabras",
  "discord.option.policy_area": "un área de política (anexo 2 §11)",
  "cmd.circle.usage":
    'Escriba /ogp circle list, circle create NOMBRE TEMA (ponga "entre comillas" un nombre o tema de varias palabras), circle join CÍRCULO [MIEMBRO], circle leave CÍRCULO [MIEMBRO], circle link CÍRCULO o circle unlink CÍRCULO.',
  "cmd.circle.support_unit_only":
    "Solo la Unidad de Apoyo crea círculos de aprendizaje (manual §2.4; rol support_unit).",
  "cmd.circle.created":
    "Círculo {name} creado ({slug}), tema: {theme}. Los miembros se unen con /ogp circle join {slug}.",
  "cmd.circle.joined": "{member} se unió al círculo {circle}.",
  "cmd.circle.already_member": "{member} ya está en el círculo {circle}.",
  "cmd.circle.left": "{member} dejó el círculo {circle}.",
  "cmd.circle.not_member": "{member} no está en el círculo {circle}.",
  "cmd.circle.no_member":
    "No representa a ningún miembro: los miembros se unen a un círculo a través de su punto de contacto o su sociedad civil (manual §2.4). Nombre el miembro: /ogp {command} MIEMBRO.",
  "cmd.circle.needs_channel":
    "Ejecute /ogp circle link o unlink en el canal que quiere vincular, no en un mensaje directo ni en un hilo: un círculo conversa en canales compartidos (§2.4).",
  "cmd.circle.linked":
    "Este canal está ahora vinculado al círculo {circle}: los mensajes publicados aquí aparecen en sus otros {count} canal(es) vinculado(s), y los de ellos aquí. Desvincúlelo cuando quiera con /ogp circle unlink {slug}.",
  "cmd.circle.already_linked": "Este canal ya está vinculado al círculo {circle}.",
  "cmd.circle.unlinked":
    "Este canal ya no está vinculado al círculo {circle}: ya no se retransmite nada desde o hacia él.",
  "cmd.circle.not_linked": "Este canal no está vinculado al círculo {circle}.",
  "cmd.circle.list_title": "Círculos de aprendizaje",
  "cmd.circle.list_empty":
    "Aún no hay círculos. La Unidad de Apoyo los crea con /ogp circle create NOMBRE TEMA.",
  "cmd.circle.list_line": "{name} ({slug}) · {theme} · miembros: {members} · canales vinculados: {channels}",
  "cmd.circle.no_members": "ninguno aún",
  "circle.name_required": "Un círculo necesita un nombre (manual §2.4).",
  "circle.name_too_long": "El nombre de un círculo tiene como máximo {max} caracteres.",
  "circle.name_without_letters":
    "«{name}» no tiene letras ni dígitos para formar el nombre corto del círculo.",
  "circle.theme_required":
    "Un círculo necesita un tema: un área de política (p. ej. fiscal_openness) o unas pocas palabras (manual §2.4).",
  "circle.theme_too_long": "El tema de un círculo tiene como máximo {max} caracteres.",
  "circle.exists": "Ya existe un círculo {name} ({slug}): los nombres cortos de los círculos son únicos.",
  "circle.not_found": "No hay ningún círculo «{circle}». /ogp circle list los muestra.",
  "circle.membership_not_allowed":
    "Solo el punto de contacto de {member}, su sociedad civil o la Unidad de Apoyo pueden agregarlo a un círculo o retirarlo (manual §2.4).",
  "circle.channel_not_allowed":
    "Solo la Unidad de Apoyo, o el punto de contacto o la sociedad civil de un miembro del círculo {circle}, pueden vincular o desvincular sus canales (manual §2.4).",
  "circle.channel_taken":
    "Este canal ya está vinculado al círculo {circle}: un canal pertenece a un solo círculo como máximo. Desvincúlelo de allí primero.",
  "cmd.peers.title": "Pares en {area}",
  "cmd.peers.none": "Ningún otro miembro tiene compromisos activos en {area}.",
  "cmd.peers.line": "{member} ({country}): {commitments}",
  "cmd.peers.circles": "círculos: {circles}",
  "cmd.peers.hint":
    "Intercambio entre pares (manual §2.4): únase a un círculo sobre el tema con /ogp circle join CÍRCULO.",
  "peers.area_unknown": "«{area}» no es un área de política. Áreas de política: {areas}.",
  "peers.area_needed": "Nombre un área de política: /ogp peers ÁREA (p. ej. fiscal_openness).",
  "peers.no_areas":
    "Sus miembros no tienen compromisos activos con un área de política. Nombre una: /ogp peers ÁREA (p. ej. fiscal_openness).",
  "scheduler.circle_digest.title": "Círculo {circle}: semana {week}",
  "scheduler.circle_digest.intro": "Lo que hicieron los miembros del círculo esta semana en {theme}:",
  "scheduler.circle_digest.updates": "Informes de avance",
  "scheduler.circle_digest.update": "{member}, {code} {title}: {narrative}",
  "scheduler.circle_digest.update_pct": "{member}, {code} {title} ({pct} %): {narrative}",
  "scheduler.circle_digest.update_no_progress": "{member}, {code} {title}: sin avance esta vez. {narrative}",
  "scheduler.circle_digest.statuses": "Cambios de estado",
  "scheduler.circle_digest.status": "{member} está {status} desde el {since}",
  "scheduler.circle_digest.more": "…y {count} más.",
  "scheduler.circle_digest.footer":
    "Resumen semanal de un círculo de aprendizaje (manual §2.4), publicado en cada uno de sus canales vinculados.",
  "site.circles.title": "Círculos de aprendizaje",
  "site.circles.intro":
    "Los miembros aprenden unos de otros en círculos temáticos (manual §2.4), que conversan en canales compartidos de Slack y Discord. Sus conversaciones no se publican aquí.",
  "site.circles.theme": "Tema",
  "site.circles.members": "Miembros",
  "site.circles.channels": "Canales de chat vinculados",
  "site.circles.none": "Aún no hay círculos.",
  "site.circles.no_members": "Aún no hay miembros.",
  "site.member.circles": "Círculos de aprendizaje",
  "site.member.circles_none": "Aún no está en ningún círculo.",
  "site.nav.circles": "Círculos",
} satisfies Record<keyof typeof english, string>;
