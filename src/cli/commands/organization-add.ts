import { ORGANIZATION_KINDS } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { registerOrganization } from "../../services/register-organization.js";
import { supportUnitAtCli } from "../../services/support-unit-authority.js";
import { type CliCommand, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";
import { languageOption } from "../options.js";
import { optionalText, reportingRefusals, requiredText } from "../service-errors.js";

export const organizationAddCommand: CliCommand = {
  name: "organization add",
  summary: "Register an organization (unique name, kind) so people can be registered with it.",
  usage: "organization add --name NAME --kind KIND [--country CC] [--website URL] [--json] [--lang en|fr|es]",
  details: [
    "The same as /ogp register organization in chat; audited with source cli. A name already",
    "registered, whatever its case, is refused. People then speak for it: `person add",
    "--organization NAME` (a civil-society endorsement needs a non-government organization, PLAN-5).",
    "",
    "  --name       the organization's name, unique (any case)",
    `  --kind       one of ${ORGANIZATION_KINDS.join(", ")}`,
    "  --country    ISO 3166-1 alpha-2 code, e.g. NZ",
    "  --website    its web address (http or https)",
    "  --json       print the organization as JSON",
    "  --lang       language of the printed messages (default en)",
    "",
    'Example: npm run cli -- organization add --name "Kiwi Civic Trust" --kind civil_society_org --country NZ',
  ].join("\n"),
  options: {
    name: { type: "string" },
    kind: { type: "string" },
    country: { type: "string" },
    website: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const name = requiredText("name", values.name, "NAME");
    const kind = requiredText("kind", values.kind, "KIND");
    const language = languageOption(values.lang);
    return withDatabase(env, ({ db }) =>
      reportingRefusals(io, language, async () => {
        const authority = await supportUnitAtCli(db, "cli organization add");
        const organization = await registerOrganization({ db, now: new Date() }, authority, {
          name,
          kind,
          country: optionalText(values.country),
          website: optionalText(values.website),
        });
        if (values.json)
          io.out(
            JSON.stringify({
              id: organization.id,
              name: organization.name,
              kind: organization.kind,
              country: organization.country,
              website: organization.website,
            }),
          );
        else
          io.out(
            t(language, "cmd.register.organization_done", {
              name: organization.name,
              kind: t(language, `cmd.organization_kind.${organization.kind}`),
            }),
          );
        return EXIT_OK;
      }),
    );
  },
};
