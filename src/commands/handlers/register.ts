import { invalid } from "../../services/errors.js";
import { grantRole } from "../../services/grant-role.js";
import { registerPerson } from "../../services/register-person.js";
import { supportUnitInChat } from "../../services/support-unit-authority.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { notice } from "../messages.js";
import type { CommandResult } from "../reply.js";

/** A name typed in quotes ("Ana María Pérez") is taken without them. */
const unquoted = (text: string) => text.replace(/^["“'‘]+|["”'’]+$/g, "");

/**
 * `register person NAME EMAIL [LANGUAGE]` and `register role EMAIL ROLE [MEMBER|COUNTRY]`: the
 * Support Unit registers people and grants the roles of the spec's role table (§1).
 */
export async function register(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const authority = supportUnitInChat(actingOf(context), "cmd.register.support_unit_only");
  const { text } = context;
  const [action, ...rest] = args;
  switch (action?.toLowerCase()) {
    case "person": {
      // The name may be several words: everything before the email.
      const at = rest.findIndex((word) => word.includes("@"));
      const language = rest.slice(at + 1);
      if (at < 1 || language.length > 1) throw invalid("cmd.register.usage");
      const person = await registerPerson(context, authority, {
        name: unquoted(rest.slice(0, at).join(" ")),
        email: rest[at]!,
        language: language[0],
      });
      return notice(
        "ok",
        text("cmd.register.person_done", {
          name: person.name,
          email: person.email,
          language: text(`scheduler.language.${person.language}`),
        }),
        "success",
      );
    }
    case "role": {
      const [email, role, scope, ...extra] = rest;
      if (!email || !role || extra.length > 0) throw invalid("cmd.register.usage");
      const granted = await grantRole(context, authority, { email, role, scope });
      const { target } = granted;
      return notice(
        "ok",
        text("cmd.register.role_done", {
          name: granted.person.name,
          role: text(`cmd.role.${granted.role}`),
          scope:
            target.scope === "member"
              ? target.member.name
              : target.scope === "country"
                ? target.country
                : text("cmd.help.scope_global"),
        }),
        "success",
      );
    }
    default:
      throw invalid("cmd.register.usage");
  }
}
