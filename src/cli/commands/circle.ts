import {
  type CircleChannel,
  type CircleDetail,
  circleThemeLabel,
  listCircles,
} from "../../db/repositories/circles.js";
import { findMemberByRef } from "../../db/repositories/member-lookup.js";
import { PLATFORMS, type Platform, POLICY_AREAS } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { circleActingAtCli } from "../../services/circle-authority.js";
import { createCircle } from "../../services/circle-create.js";
import { joinCircle, membershipChangeKey } from "../../services/circle-join.js";
import { leaveCircle } from "../../services/circle-leave.js";
import { linkChannelToCircle } from "../../services/circle-link.js";
import { unlinkChannelFromCircle } from "../../services/circle-unlink.js";
import { notFound } from "../../services/errors.js";
import { supportUnitAtCli } from "../../services/support-unit-authority.js";
import { type CliCommand, EXIT_OK, UsageError } from "../command.js";
import { withDatabase } from "../database.js";
import { languageOption } from "../options.js";
import { reportingRefusals, requiredText } from "../service-errors.js";

/**
 * Peer-learning circles (handbook §2.4) from the command line: what `/ogp circle` does in chat, done
 * by the operator, who holds the database and so the Support Unit's powers. Audited with source cli.
 */

const LANG = "  --lang      language of the printed messages (default en)";

function circleJson(circle: CircleDetail) {
  return {
    slug: circle.slug,
    name: circle.name,
    themePolicyArea: circle.themePolicyArea,
    themeText: circle.themeText,
    members: circle.members.map((member) => member.slug),
    channels: circle.channels,
  };
}

export const circleCreateCommand: CliCommand = {
  name: "circle create",
  summary: "Create a peer-learning circle on a policy area or a free theme (handbook §2.4).",
  usage: "circle create --name NAME --theme THEME [--json] [--lang en|fr|es]",
  details: [
    "The same as /ogp circle create in chat. The circle's short name (its slug, which commands take)",
    "is made from its name and must be unique. THEME is a policy-area code, stored as such, or free",
    "text.",
    "",
    "  --name      the circle's name",
    `  --theme     a policy area (${POLICY_AREAS.join(", ")}) or a few words`,
    "  --json      print the circle as JSON",
    LANG,
    "",
    'Example: npm run cli -- circle create --name "Open Budget" --theme fiscal_openness',
  ].join("\n"),
  options: {
    name: { type: "string" },
    theme: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const name = requiredText("name", values.name, "NAME");
    const theme = requiredText("theme", values.theme, "THEME");
    const language = languageOption(values.lang);
    return withDatabase(env, ({ db }) =>
      reportingRefusals(io, language, async () => {
        const authority = await supportUnitAtCli(db, "cli circle create");
        const created = await createCircle({ db, now: new Date() }, authority, { name, theme });
        if (values.json) io.out(JSON.stringify(circleJson({ ...created, members: [], channels: [] })));
        else
          io.out(
            t(language, "cmd.circle.created", {
              name: created.name,
              slug: created.slug,
              theme: circleThemeLabel(created, language),
            }),
          );
        return EXIT_OK;
      }),
    );
  },
};

export const circleListCommand: CliCommand = {
  name: "circle list",
  summary: "List the circles: theme, members, linked channels.",
  usage: "circle list [--json] [--lang en|fr|es]",
  details: [
    "One line per circle, by name: its slug, theme, members and how many chat channels are linked.",
    "With --json, each circle with its members' slugs and its channels (platform, workspaceId,",
    "channelId).",
    "",
    "  --json      the circles as a JSON array",
    LANG,
    "",
    "Example: npm run cli -- circle list",
  ].join("\n"),
  options: { json: { type: "boolean" }, lang: { type: "string" } },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const language = languageOption(values.lang);
    return withDatabase(env, async ({ db }) => {
      const circles = await listCircles(db);
      if (values.json) {
        io.out(JSON.stringify(circles.map(circleJson), null, 2));
        return EXIT_OK;
      }
      if (circles.length === 0) io.err(t(language, "cmd.circle.list_empty"));
      for (const circle of circles)
        io.out(
          t(language, "cmd.circle.list_line", {
            name: circle.name,
            slug: circle.slug,
            theme: circleThemeLabel(circle, language),
            members: circle.members.map((m) => m.slug).join(", ") || t(language, "cmd.circle.no_members"),
            channels: circle.channels.length,
          }),
        );
      return EXIT_OK;
    });
  },
};

function membershipCommand(action: "join" | "leave"): CliCommand {
  return {
    name: `circle ${action}`,
    summary:
      action === "join"
        ? "Add a member to a circle (handbook §2.4)."
        : "Take a member out of a circle (handbook §2.4); its channels stay linked.",
    usage: `circle ${action} CIRCLE --member SLUG [--lang en|fr|es]`,
    details: [
      `The same as /ogp circle ${action} in chat, where the member's point of contact or civil`,
      "society decides it; here the operator does, as the Support Unit would.",
      "",
      "  CIRCLE      the circle's slug",
      "  --member    the member's slug or code",
      LANG,
      "",
      `Example: npm run cli -- circle ${action} open-budget --member kowhai-coast`,
    ].join("\n"),
    options: { member: { type: "string" }, lang: { type: "string" } },
    positionals: { min: 1, max: 1 },
    async run({ values, positionals }, { env, io }) {
      const circleRef = positionals[0]!;
      const memberRef = requiredText("member", values.member, "SLUG");
      const language = languageOption(values.lang);
      return withDatabase(env, ({ db }) =>
        reportingRefusals(io, language, async () => {
          const member = await findMemberByRef(db, memberRef);
          if (!member) throw notFound("cmd.member.not_found", { ref: memberRef });
          const acting = circleActingAtCli(`cli circle ${action}`);
          const deps = { db, now: new Date() };
          const change =
            action === "join"
              ? await joinCircle(deps, acting, circleRef, member)
              : await leaveCircle(deps, acting, circleRef, member);
          const key = membershipChangeKey(action, change.changed);
          io.out(t(language, key, { member: member.name, circle: change.circle.name }));
          return EXIT_OK;
        }),
      );
    },
  };
}

export const circleJoinCommand = membershipCommand("join");
export const circleLeaveCommand = membershipCommand("leave");

function channelOptions(values: Record<string, string | boolean | undefined>): CircleChannel {
  const platform = requiredText("platform", values.platform, "slack|discord");
  if (!(PLATFORMS as readonly string[]).includes(platform))
    throw new UsageError(`--platform must be one of ${PLATFORMS.join(", ")}.`);
  return {
    platform: platform as Platform,
    workspaceId: requiredText("workspace", values.workspace, "ID"),
    channelId: requiredText("channel", values.channel, "ID"),
  };
}

function channelCommand(action: "link" | "unlink"): CliCommand {
  return {
    name: `circle ${action}`,
    summary:
      action === "link"
        ? "Link a Slack or Discord channel to a circle: messages are relayed between its channels."
        : "Unlink a channel from a circle: nothing is relayed to or from it any more, at once.",
    usage: `circle ${action} CIRCLE --platform slack|discord --workspace ID --channel ID [--lang en|fr|es]`,
    details: [
      `The same as /ogp circle ${action} run in the channel. A channel belongs to one circle at most.`,
      "Link only channels of a workspace or server where the bot is installed and whose people agreed",
      "to the relay: everything posted there is copied to the circle's other channels (docs/circles.md).",
      "",
      "  CIRCLE        the circle's slug",
      "  --platform    slack or discord",
      "  --workspace   the Slack team id (T…) or the Discord server (guild) id",
      "  --channel     the channel id",
      LANG,
      "",
      `Example: npm run cli -- circle ${action} open-budget --platform slack --workspace T0KOWHAI --channel C0KWCIRCLE`,
    ].join("\n"),
    options: {
      platform: { type: "string" },
      workspace: { type: "string" },
      channel: { type: "string" },
      lang: { type: "string" },
    },
    positionals: { min: 1, max: 1 },
    async run({ values, positionals }, { env, io }) {
      const circleRef = positionals[0]!;
      const channel = channelOptions(values);
      const language = languageOption(values.lang);
      return withDatabase(env, ({ db }) =>
        reportingRefusals(io, language, async () => {
          const acting = circleActingAtCli(`cli circle ${action}`);
          const deps = { db, now: new Date() };
          if (action === "link") {
            const { circle, changed } = await linkChannelToCircle(deps, acting, circleRef, channel);
            io.out(
              t(language, changed ? "cmd.circle.linked" : "cmd.circle.already_linked", {
                circle: circle.name,
                slug: circle.slug,
                count: circle.channels.length,
              }),
            );
          } else {
            const { circle, changed } = await unlinkChannelFromCircle(deps, acting, circleRef, channel);
            io.out(
              t(language, changed ? "cmd.circle.unlinked" : "cmd.circle.not_linked", { circle: circle.name }),
            );
          }
          return EXIT_OK;
        }),
      );
    },
  };
}

export const circleLinkCommand = channelCommand("link");
export const circleUnlinkCommand = channelCommand("unlink");
