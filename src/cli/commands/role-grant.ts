import { ROLES } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { grantRole } from "../../services/grant-role.js";
import { supportUnitAtCli } from "../../services/support-unit-authority.js";
import { type CliCommand, EXIT_OK, UsageError } from "../command.js";
import { withDatabase } from "../database.js";
import { languageOption } from "../options.js";
import { optionalText, reportingRefusals, requiredText } from "../service-errors.js";

export const roleGrantCommand: CliCommand = {
  name: "role grant",
  summary: "Give a registered person a role of the handbook's role table, in its scope.",
  usage: "role grant --email EMAIL --role ROLE [--member SLUG | --country CC] [--json] [--lang en|fr|es]",
  details: [
    "The same as /ogp register role in chat; audited with source cli. A role the person already",
    "holds in that scope is refused. Scopes (spec §1): support_unit is global (no --member or",
    "--country); national_coordinator takes --country (ISO 3166-1 alpha-2); every other role takes",
    "--member (the member's slug or code).",
    "",
    `  --role      one of ${ROLES.join(", ")}`,
    "  --json      print the role granted as JSON",
    "  --lang      language of the printed messages (default en)",
    "",
    "Example: npm run cli -- role grant --email ana@rioverde.gob.mx --role point_of_contact --member rioverde",
  ].join("\n"),
  options: {
    email: { type: "string" },
    role: { type: "string" },
    member: { type: "string" },
    country: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const email = requiredText("email", values.email, "EMAIL");
    const role = requiredText("role", values.role, "ROLE");
    const member = optionalText(values.member);
    const country = optionalText(values.country);
    if (member !== undefined && country !== undefined)
      throw new UsageError("Give --member or --country, not both.");
    const countryScoped = role.trim().toLowerCase() === "national_coordinator";
    if (country !== undefined && !countryScoped)
      throw new UsageError(
        "--country is for the national_coordinator role; member roles take --member SLUG.",
      );
    if (member !== undefined && countryScoped)
      throw new UsageError("national_coordinator is held for a country: use --country CC, not --member.");
    const language = languageOption(values.lang);
    return withDatabase(env, ({ db }) =>
      reportingRefusals(io, language, async () => {
        const authority = await supportUnitAtCli(db, "cli role grant");
        const granted = await grantRole({ db, now: new Date() }, authority, {
          email,
          role,
          scope: member ?? country,
        });
        const { target } = granted;
        if (values.json)
          io.out(
            JSON.stringify({
              person: granted.person.email,
              role: granted.role,
              scope: target.scope,
              member: target.scope === "member" ? target.member.slug : null,
              country: target.scope === "country" ? target.country : null,
            }),
          );
        else
          io.out(
            t(language, "cmd.register.role_done", {
              name: granted.person.name,
              role: t(language, `cmd.role.${granted.role}`),
              scope:
                target.scope === "member"
                  ? target.member.name
                  : target.scope === "country"
                    ? target.country
                    : t(language, "cmd.help.scope_global"),
            }),
          );
        return EXIT_OK;
      }),
    );
  },
};
