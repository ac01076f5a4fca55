import type { common as english } from "../en/common.js";

export const common = {
  "status.active": "Actif",
  "status.inactive": "Inactif",
  "status.voluntarily_inactive": "Inactif volontairement",
  "status.probation": "En probation",
  "status.revoked": "Révoqué",
  "home.title": "Membres du PGO local",
  "home.intro":
    "Chaque membre de l'OGP Local, son statut selon les règles du manuel et son avancement. Les statuts et les rapports d'avancement sont publics.",
  "home.empty": "Aucun membre n'est encore enregistré.",
  "home.col.member": "Membre",
  "home.col.country": "Pays",
  "home.col.status": "Statut",
  "member.plan": "Plan d'action",
  "member.no_plan": "Aucun plan d'action n'est encore enregistré.",
  "member.commitments": "Engagements",
  "member.completion": "Avancement",
  "member.back": "Tous les membres",
  "page.not_found": "Page introuvable",
  "page.no_member": "Aucun membre n'a l'adresse {slug}.",
  "page.no_commitment": "{slug} n'a pas d'engagement {code}.",
} satisfies Record<keyof typeof english, string>;
