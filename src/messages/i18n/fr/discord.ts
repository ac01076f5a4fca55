import type { discord as english } from "../en/discord.js";

export const discord = {
  "discord.command.description": "OGP Local : suivi des engagements, approbations et statut des membres",
  "discord.command.support_unit_description":
    "Unité d'appui OGP Local : candidatures, dérogations, statuts, enregistrements",
  "discord.option.action": "une autre utilisation de la commande",
  "discord.option.code": "le code à usage unique fourni par les administrateurs d'OGP Local",
  "discord.option.member": "un membre (son nom court)",
  "discord.option.commitment": "le code d'un engagement, p. ex. sprfd0001",
  "discord.option.update": "la référence d'une de vos mises à jour",
  "discord.option.plan": "un plan d'action : le nom court de son membre",
  "discord.option.modification": "la référence d'une modification",
  "discord.option.subject": "un plan, un engagement, un jalon (CODE.N) ou une réunion",
  "discord.option.url": "un lien web (https://…)",
  "discord.option.kind": "le type",
  "discord.option.title": "un titre",
  "discord.form.step_title": "{title} ({step}/{steps})",
  "discord.form.step_saved": "Étape {step} sur {steps} enregistrée : « {next} » suit.",
  "discord.form.continue": "Continuer ({step}/{steps})",
  "discord.form.fix": "Certaines réponses sont à corriger ; rien n'est encore enregistré :",
  "discord.form.fix_button": "Corriger l'étape {step}",
  "discord.form.expired":
    "Ce formulaire n'est plus disponible (les formulaires sont gardés 15 minutes). Relancez la commande.",
  "discord.form.ready": "Votre formulaire est prêt.",
  "discord.form.open": "Ouvrir le formulaire",
  "discord.form.date_placeholder": "AAAA-MM-JJ",
  "discord.already_handled": "Cette demande a déjà été traitée.",
  "discord.more": "…et {count} de plus.",
} satisfies Record<keyof typeof english, string>;
