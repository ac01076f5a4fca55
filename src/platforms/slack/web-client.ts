import { LogLevel, type Logger as SlackLogger, webApi } from "@slack/bolt";
import type { Logger } from "../../logging/logger.js";

/** How the Slack Web API is reached: `SLACK_API_URL` points it at a fake in tests and local runs. */
export interface SlackApiSettings {
  /** Base URL ending in `/api/`; Slack's own when absent. */
  apiUrl?: string | undefined;
  /** Retries of a failed call; tests use 0 so a failure shows at once instead of after minutes of backoff. */
  retries?: number | undefined;
}

/**
 * Bolt and the Web API client log through ours, at warning level and above: their info lines are
 * noise for an operator, and their debug lines can contain request bodies.
 */
export function slackLoggerFrom(logger: Logger): SlackLogger {
  const line = (parts: unknown[]) =>
    parts
      .map((part) =>
        part instanceof Error ? part.message : typeof part === "string" ? part : JSON.stringify(part),
      )
      .join(" ");
  let level = LogLevel.WARN;
  let name = "slack";
  return {
    debug: () => {},
    info: () => {},
    warn: (...parts: unknown[]) => logger.warn(line(parts), { component: name }),
    error: (...parts: unknown[]) => logger.error(line(parts), { component: name }),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}

/**
 * The global fetch, called as a plain function and without `redirect: "error"`: the Web API client
 * calls its fetch as a method (workerd then throws "Illegal invocation") and asks for a redirect mode
 * workerd does not support. Slack's API never redirects; one that does is refused here.
 */
const slackFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init?.redirect === "error" ? { ...init, redirect: "manual" } : init);
  if (response.status >= 300 && response.status < 400)
    throw new Error(`Slack API answered with a redirect (HTTP ${response.status})`);
  return response;
};

export function webClientOptions(settings: SlackApiSettings, logger: Logger): webApi.WebClientOptions {
  return {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    fetch: slackFetch,
    retryConfig: { retries: settings.retries ?? 3 },
    // A 429 surfaces as an error with its Retry-After instead of a silent wait inside the client.
    rejectRateLimitedCalls: true,
    logger: slackLoggerFrom(logger),
    logLevel: LogLevel.WARN,
  };
}

/** One client per bot token, so channel posts to other workspaces reuse connections. */
export class WebClientPool {
  private readonly clients = new Map<string, webApi.WebClient>();

  constructor(private readonly options: webApi.WebClientOptions) {}

  get(token: string): webApi.WebClient {
    let client = this.clients.get(token);
    if (!client) {
      client = new webApi.WebClient(token, this.options);
      this.clients.set(token, client);
    }
    return client;
  }

  /** A client without a token, for `oauth.v2.access`. */
  anonymous(): webApi.WebClient {
    return new webApi.WebClient(undefined, this.options);
  }
}
