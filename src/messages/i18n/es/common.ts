import type { common as english } from "../en/common.js";

export const common = {
  "status.active": "Activo",
  "status.inactive": "Inactivo",
  "status.voluntarily_inactive": "Inactivo voluntariamente",
  "status.probation": "En periodo de prueba",
  "status.revoked": "Revocado",
  "home.title": "Miembros de OGP Local",
  "home.intro":
    "Cada miembro de OGP Local, su estado según las reglas del manual y su avance. Los estados y los informes de avance son públicos.",
  "home.empty": "Aún no hay miembros registrados.",
  "home.col.member": "Miembro",
  "home.col.country": "País",
  "home.col.status": "Estado",
  "member.plan": "Plan de acción",
  "member.no_plan": "Aún no hay un plan de acción registrado.",
  "member.commitments": "Compromisos",
  "member.completion": "Avance",
  "member.back": "Todos los miembros",
  "page.not_found": "No encontrado",
  "page.no_member": "Ningún miembro tiene la dirección {slug}.",
  "page.no_commitment": "{slug} no tiene el compromiso {code}.",
} satisfies Record<keyof typeof english, string>;
