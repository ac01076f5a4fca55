import type { discord as english } from "../en/discord.js";

export const discord = {
  "discord.command.description": "OGP Local: avances de compromisos, respaldos y estado de los miembros",
  "discord.command.support_unit_description":
    "Unidad de Apoyo de OGP Local: solicitudes, concesiones, estados, registros",
  "discord.option.action": "otro uso del comando",
  "discord.option.code": "el código de un solo uso de los administradores de OGP Local",
  "discord.option.member": "un miembro (su nombre corto)",
  "discord.option.commitment": "el código de un compromiso, p. ej. sprfd0001",
  "discord.option.update": "la referencia de una de sus actualizaciones",
  "discord.option.plan": "un plan de acción: el nombre corto de su miembro",
  "discord.option.modification": "la referencia de una modificación",
  "discord.option.subject": "un plan, compromiso, hito (CÓDIGO.N) o reunión",
  "discord.option.url": "un enlace web (https://…)",
  "discord.option.kind": "el tipo",
  "discord.option.title": "un título",
  "discord.form.step_title": "{title} ({step}/{steps})",
  "discord.form.step_saved": "Paso {step} de {steps} guardado: sigue «{next}».",
  "discord.form.continue": "Continuar ({step}/{steps})",
  "discord.form.fix": "Hay respuestas que corregir; todavía no se guardó nada:",
  "discord.form.fix_button": "Corregir el paso {step}",
  "discord.form.expired":
    "Este formulario ya no está disponible (se guardan 15 minutos). Vuelva a ejecutar el comando.",
  "discord.form.ready": "Su formulario está listo.",
  "discord.form.open": "Abrir el formulario",
  "discord.form.date_placeholder": "AAAA-MM-DD",
  "discord.already_handled": "Esta solicitud ya se procesó.",
  "discord.more": "…y {count} más.",
} satisfies Record<keyof typeof english, string>;
