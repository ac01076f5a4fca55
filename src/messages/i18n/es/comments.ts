import type { comments as english } from "../en/comments.js";

export const comments = {
  "cmd.comment_approve.summary":
    "aprobar un comentario público sobre un informe de avance: se muestra en el sitio público (punto de contacto, Unidad de Apoyo; anexo 4)",
  "cmd.comment_reject.summary":
    "rechazar un comentario público sobre un informe de avance: queda oculto (punto de contacto, Unidad de Apoyo; anexo 4)",
  "discord.option.comment": "la referencia del comentario, indicada en la solicitud de moderación",
  "cmd.comment.usage":
    "Escriba /ogp comment approve COMENTARIO o /ogp comment reject COMENTARIO con la referencia indicada en la solicitud de moderación.",
  "cmd.comment.not_found":
    "No hay ningún comentario público «{ref}». Use la referencia indicada en la solicitud de moderación (8 caracteres).",
  "cmd.comment.no_update": "No hay ningún informe de avance «{ref}» que comentar.",
  "cmd.comment.not_moderator":
    "Solo el punto de contacto de {member} o la Unidad de Apoyo moderan los comentarios públicos sobre {code} (anexo 4 del manual).",
  "cmd.comment.request_summary": "Un comentario público sobre {code} espera moderación",
  "cmd.comment.request_heading": "Comentario público por moderar · {code}",
  "cmd.comment.field.member": "Miembro",
  "cmd.comment.field.commitment": "Compromiso",
  "cmd.comment.field.update": "Sobre el informe de avance del",
  "cmd.comment.field.author": "De",
  "cmd.comment.anonymous": "anónimo",
  "cmd.comment.approve_button": "Aprobar",
  "cmd.comment.reject_button": "Rechazar",
  "cmd.comment.cancel": "Cancelar",
  "cmd.comment.page_button": "Página del compromiso",
  "cmd.comment.reject_confirm_title": "¿Rechazar el comentario?",
  "cmd.comment.reject_confirm_text": "El comentario {ref} no se mostrará en el sitio público.",
  "cmd.comment.rule":
    "Anexo 4 del manual: el público puede comentar los informes de avance; un comentario se muestra en el sitio público cuando lo aprueba el punto de contacto del miembro o la Unidad de Apoyo. Referencia {ref}: /ogp comment approve {ref} o /ogp comment reject {ref}.",
  "cmd.comment.approved":
    "El comentario {ref} sobre {code} fue aprobado por {name}, {when}: se muestra en el sitio público.",
  "cmd.comment.rejected":
    "El comentario {ref} sobre {code} fue rechazado por {name}, {when}: no aparece en el sitio público.",
  "cmd.comment.already_approved":
    "El comentario {ref} sobre {code} ya había sido aprobado por {name}, {when}; no cambió nada.",
  "cmd.comment.already_rejected":
    "El comentario {ref} sobre {code} ya había sido rechazado por {name}, {when}; no cambió nada.",
  "cmd.comment.quote": "«{text}» — {author}",
} satisfies Record<keyof typeof english, string>;
