/**
 * What the Slack adapter keeps, as the small interfaces it needs; the database layer provides them
 * (`src/db/stores.ts`) and the runtime wires them in, so the adapter never speaks SQL.
 */

/** The token an installation serves requests with, as stored (sealed when encryption is on). */
export interface StoredSlackInstallation {
  botToken: string;
  botId: string | null;
  botUserId: string | null;
}

export interface SlackInstallationRecord extends StoredSlackInstallation {
  teamId: string;
  enterpriseId: string;
  isEnterpriseInstall: boolean;
  installerUserId: string | null;
  scopes: string | null;
  /** The OAuth answer without its tokens (they live in `botToken` only). */
  installation: Record<string, unknown>;
}

/** Who changed an installation, for the audit log: Slack itself or the installing user. */
export interface SlackActor {
  personId: null;
  label: string;
  source: "slack";
}

export interface SlackInstallationStore {
  /** The installation serving a workspace (or its enterprise); revoked ones serve nothing. */
  find(query: {
    teamId: string | undefined;
    enterpriseId: string | undefined;
    isEnterpriseInstall: boolean;
  }): Promise<StoredSlackInstallation | null>;
  /** Saves an installation, replacing the workspace's earlier one; audited. */
  save(record: SlackInstallationRecord, actor: SlackActor, at: Date): Promise<unknown>;
  /** Stops a workspace's installation (`tokens_revoked`, `app_uninstalled`); true when one was live. */
  revoke(query: { teamId: string; enterpriseId: string }, actor: SlackActor, at: Date): Promise<boolean>;
}

/** The OAuth states already used: each starts one install and finishes at most one. */
export interface OAuthStateStore {
  /** True only the first time `nonce` is used. */
  use(nonce: string, expiresAt: Date, at: Date): Promise<boolean>;
}
