import type { comments as english } from "../en/comments.js";

export const comments = {
  "cmd.comment_approve.summary":
    "approuver un commentaire public sur un rapport d'avancement : il est affiché sur le site public (point de contact, Unité d'appui ; annexe 4)",
  "cmd.comment_reject.summary":
    "rejeter un commentaire public sur un rapport d'avancement : il reste masqué (point de contact, Unité d'appui ; annexe 4)",
  "discord.option.comment": "la référence du commentaire, indiquée dans la demande de modération",
  "cmd.comment.usage":
    "Tapez /ogp comment approve COMMENTAIRE ou /ogp comment reject COMMENTAIRE avec la référence indiquée dans la demande de modération.",
  "cmd.comment.not_found":
    "Aucun commentaire public « {ref} ». Utilisez la référence indiquée dans la demande de modération (8 caractères).",
  "cmd.comment.no_update": "Aucun rapport d'avancement « {ref} » à commenter.",
  "cmd.comment.not_moderator":
    "Seuls le point de contact de {member} et l'Unité d'appui modèrent les commentaires publics sur {code} (annexe 4 du manuel).",
  "cmd.comment.request_summary": "Un commentaire public sur {code} attend d'être modéré",
  "cmd.comment.request_heading": "Commentaire public à modérer · {code}",
  "cmd.comment.field.member": "Membre",
  "cmd.comment.field.commitment": "Engagement",
  "cmd.comment.field.update": "Sur le rapport d'avancement du",
  "cmd.comment.field.author": "De",
  "cmd.comment.anonymous": "anonyme",
  "cmd.comment.approve_button": "Approuver",
  "cmd.comment.reject_button": "Rejeter",
  "cmd.comment.cancel": "Annuler",
  "cmd.comment.page_button": "Page de l'engagement",
  "cmd.comment.reject_confirm_title": "Rejeter le commentaire ?",
  "cmd.comment.reject_confirm_text": "Le commentaire {ref} ne sera pas affiché sur le site public.",
  "cmd.comment.rule":
    "Annexe 4 du manuel : le public peut commenter les rapports d'avancement ; un commentaire est affiché sur le site public une fois approuvé par le point de contact du membre ou par l'Unité d'appui. Référence {ref} : /ogp comment approve {ref} ou /ogp comment reject {ref}.",
  "cmd.comment.approved":
    "Le commentaire {ref} sur {code} est approuvé par {name}, {when} : il est affiché sur le site public.",
  "cmd.comment.rejected":
    "Le commentaire {ref} sur {code} est rejeté par {name}, {when} : il reste absent du site public.",
  "cmd.comment.already_approved":
    "Le commentaire {ref} sur {code} a déjà été approuvé par {name}, {when} ; rien n'a changé.",
  "cmd.comment.already_rejected":
    "Le commentaire {ref} sur {code} a déjà été rejeté par {name}, {when} ; rien n'a changé.",
  "cmd.comment.quote": "« {text} » — {author}",
} satisfies Record<keyof typeof english, string>;
