import { and, asc, eq, isNull, or } from "drizzle-orm";
import { type Actor, writeAudited } from "../audit.js";
import type { Database } from "../client.js";
import { slackInstallations } from "../schema/index.js";

export type SlackInstallationRow = typeof slackInstallations.$inferSelect;

export interface SlackInstallationInput {
  teamId: string;
  enterpriseId: string;
  isEnterpriseInstall: boolean;
  botToken: string;
  botId: string | null;
  botUserId: string | null;
  installerUserId: string | null;
  scopes: string | null;
  /** The OAuth answer without its tokens (they live in `botToken` only). */
  installation: Record<string, unknown>;
}

/** Saves a workspace's installation, replacing an earlier one (a reinstall brings a new token). */
export async function saveSlackInstallation(
  db: Database,
  input: SlackInstallationInput,
  actor: Actor,
  now: Date = new Date(),
): Promise<SlackInstallationRow> {
  return writeAudited(
    db,
    actor,
    async (writer) => {
      const [existing] = await writer.tx
        .select()
        .from(slackInstallations)
        .where(
          and(
            eq(slackInstallations.teamId, input.teamId),
            eq(slackInstallations.enterpriseId, input.enterpriseId),
          ),
        );
      if (existing) {
        writer.record("slack_installations", existing.id, "update", { ...input, botToken: "[redacted]" });
        const [row] = await writer.tx
          .update(slackInstallations)
          .set({ ...input, installedAt: now, revokedAt: null })
          .where(eq(slackInstallations.id, existing.id))
          .returning();
        return row ?? existing;
      }
      return writer.insert(slackInstallations, { ...input, installedAt: now }, { redact: ["botToken"] });
    },
    now,
  );
}

/**
 * The installation serving a request: the team's own (team ids are unique across Slack), else an
 * org-wide install of its enterprise. Revoked installations serve nothing.
 */
export interface SlackInstallationQuery {
  teamId: string | undefined;
  enterpriseId: string | undefined;
  isEnterpriseInstall: boolean;
}

export async function findSlackInstallation(
  db: Database,
  query: SlackInstallationQuery,
): Promise<SlackInstallationRow | null> {
  const byTeam =
    query.teamId && !query.isEnterpriseInstall
      ? and(eq(slackInstallations.teamId, query.teamId), eq(slackInstallations.isEnterpriseInstall, false))
      : undefined;
  const byEnterprise = query.enterpriseId
    ? and(
        eq(slackInstallations.enterpriseId, query.enterpriseId),
        eq(slackInstallations.isEnterpriseInstall, true),
      )
    : undefined;
  if (!byTeam && !byEnterprise) return null;
  const [row] = await db
    .select()
    .from(slackInstallations)
    .where(and(or(byTeam, byEnterprise), isNull(slackInstallations.revokedAt)))
    .orderBy(asc(slackInstallations.isEnterpriseInstall))
    .limit(1);
  return row ?? null;
}

/** `tokens_revoked` / `app_uninstalled`: the workspace's token no longer works, stop using it. */
export async function revokeSlackInstallation(
  db: Database,
  query: { teamId: string; enterpriseId: string },
  actor: Actor,
  now: Date = new Date(),
): Promise<boolean> {
  return writeAudited(
    db,
    actor,
    async (writer) => {
      const rows = await writer.tx
        .select({ id: slackInstallations.id })
        .from(slackInstallations)
        .where(
          and(
            eq(slackInstallations.teamId, query.teamId),
            eq(slackInstallations.enterpriseId, query.enterpriseId),
            isNull(slackInstallations.revokedAt),
          ),
        );
      for (const row of rows) await writer.update(slackInstallations, row.id, { revokedAt: now });
      return rows.length > 0;
    },
    now,
  );
}
