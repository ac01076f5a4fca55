import { t } from "../../messages/i18n/index.js";
import { registerPerson } from "../../services/register-person.js";
import { supportUnitAtCli } from "../../services/support-unit-authority.js";
import { type CliCommand, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";
import { languageOption } from "../options.js";
import { optionalText, reportingRefusals, requiredText } from "../service-errors.js";

export const personAddCommand: CliCommand = {
  name: "person add",
  summary:
    "Register a person (name, unique email, language, organization) so roles and a chat link can follow.",
  usage:
    "person add --name NAME --email EMAIL [--language en|fr|es] [--organization NAME] [--json] [--lang en|fr|es]",
  details: [
    "Creates the person the chat commands and link codes know by email (spec §1), the same as",
    "/ogp register person in chat; audited with source cli. An email already registered is refused.",
    "Then grant roles (`role grant`) and create their link code (`link-code create`).",
    "The organization they speak for (a civil-society endorsement needs one, PLAN-5) must be",
    "registered first (`organization add`). A person registered without one gets it by running",
    "person add again with the same name and email and --organization; nothing else changes.",
    "",
    "  --name       full name",
    "  --email      email address, unique (stored lowercase)",
    "  --language   the language they read (default en)",
    "  --organization  the name of a registered organization (any case)",
    "  --json       print the person as JSON",
    "  --lang       language of the printed messages (default en)",
    "",
    'Example: npm run cli -- person add --name "Ana María Pérez" --email ana@rioverde.gob.mx --language es',
  ].join("\n"),
  options: {
    name: { type: "string" },
    email: { type: "string" },
    language: { type: "string" },
    organization: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const name = requiredText("name", values.name, "NAME");
    const email = requiredText("email", values.email, "EMAIL");
    const language = languageOption(values.lang);
    return withDatabase(env, ({ db }) =>
      reportingRefusals(io, language, async () => {
        const authority = await supportUnitAtCli(db, "cli person add");
        const person = await registerPerson({ db, now: new Date() }, authority, {
          name,
          email,
          language: optionalText(values.language),
          organization: optionalText(values.organization),
        });
        const { organization } = person;
        if (values.json)
          io.out(
            JSON.stringify({
              id: person.id,
              name: person.name,
              email: person.email,
              language: person.language,
              organization: organization?.name ?? null,
            }),
          );
        else if (person.alreadyRegistered && organization)
          io.out(
            t(language, "cmd.register.organization_set", {
              name: person.name,
              email: person.email,
              organization: organization.name,
              kind: t(language, `cmd.organization_kind.${organization.kind}`),
            }),
          );
        else {
          io.out(
            t(language, "cmd.register.person_done", {
              name: person.name,
              email: person.email,
              language: t(language, `scheduler.language.${person.language}`),
            }),
          );
          if (organization)
            io.out(
              t(language, "cmd.register.person_organization", {
                organization: organization.name,
                kind: t(language, `cmd.organization_kind.${organization.kind}`),
              }),
            );
        }
        return EXIT_OK;
      }),
    );
  },
};
