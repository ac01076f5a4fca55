import { LANGUAGES } from "../../domain/vocabularies.js";
import { invalid } from "../../services/errors.js";
import { grantRole } from "../../services/grant-role.js";
import { registerOrganization } from "../../services/register-organization.js";
import { type RegisteredPerson, registerPerson } from "../../services/register-person.js";
import { supportUnitInChat } from "../../services/support-unit-authority.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { notice } from "../messages.js";
import type { CommandResult } from "../reply.js";

type Text = CommandContext["text"];

/** A name typed in quotes ("Ana María Pérez") is taken without them. */
const unquoted = (text: string) => text.replace(/^["“'‘]+|["”'’]+$/g, "");

/**
 * The words after a person's email: `[LANGUAGE] [ORGANIZATION]`. The first is the language when it
 * is en, fr or es, or when it is the only word and has a language code's two letters (so `de` is
 * refused as a language, as before organizations); the rest is an organization's name, of any
 * number of words. An organization whose name starts with en/fr/es is named after a language.
 */
function languageAndOrganization(words: string[]): { language?: string; organization?: string } {
  const [first, ...others] = words;
  if (first === undefined) return {};
  const isLanguage =
    (LANGUAGES as readonly string[]).includes(first.toLowerCase()) ||
    (words.length === 1 && /^[a-z]{2}$/i.test(first));
  const organization = unquoted((isLanguage ? others : words).join(" ").trim());
  return {
    ...(isLanguage ? { language: first } : {}),
    ...(organization ? { organization } : {}),
  };
}

function personRegistered(text: Text, person: RegisteredPerson): string {
  const { organization } = person;
  const kind = organization ? text(`cmd.organization_kind.${organization.kind}`) : "";
  if (person.alreadyRegistered && organization)
    return text("cmd.register.organization_set", {
      name: person.name,
      email: person.email,
      organization: organization.name,
      kind,
    });
  const done = text("cmd.register.person_done", {
    name: person.name,
    email: person.email,
    language: text(`scheduler.language.${person.language}`),
  });
  return organization
    ? `${done}\n${text("cmd.register.person_organization", { organization: organization.name, kind })}`
    : done;
}

/**
 * `register organization KIND NAME`, `register person NAME EMAIL [LANGUAGE] [ORGANIZATION]` and
 * `register role EMAIL ROLE [MEMBER|COUNTRY]`: the Support Unit registers organizations and people
 * and grants the roles of the spec's role table (§1). A person registered without an organization
 * gets one by registering them again, same name, with it.
 */
export async function register(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const authority = supportUnitInChat(actingOf(context), "cmd.register.support_unit_only");
  const { text } = context;
  const [action, ...rest] = args;
  switch (action?.toLowerCase()) {
    case "organization": {
      const [kind, ...name] = rest;
      if (!kind || name.length === 0) throw invalid("cmd.register.usage");
      const organization = await registerOrganization(context, authority, {
        kind,
        name: unquoted(name.join(" ")),
      });
      return notice(
        "ok",
        text("cmd.register.organization_done", {
          name: organization.name,
          kind: text(`cmd.organization_kind.${organization.kind}`),
        }),
        "success",
      );
    }
    case "person": {
      // The name may be several words: everything before the email.
      const at = rest.findIndex((word) => word.includes("@"));
      if (at < 1) throw invalid("cmd.register.usage");
      const person = await registerPerson(context, authority, {
        name: unquoted(rest.slice(0, at).join(" ")),
        email: rest[at]!,
        ...languageAndOrganization(rest.slice(at + 1)),
      });
      return notice("ok", personRegistered(text, person), "success");
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
