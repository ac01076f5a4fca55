export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Structured logs: one JSON object per line, so any log shipper can parse them. */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => console.log(line),
): Logger {
  const emit =
    (at: Exclude<LogLevel, "silent">) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (rank[at] < rank[level]) return;
      write(JSON.stringify({ time: new Date().toISOString(), level: at, message, ...redacted(fields) }));
    };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

export const silentLogger: Logger = createLogger("silent");

/** A logged text's longest: a failed query can be a 100 KB statement. */
const MAX_FIELD_LENGTH = 2_000;

/**
 * drizzle's error for a failed query says the values it bound ("params: …"): people's emails,
 * names, hashes. They never reach the log; the statement itself is cut to a readable length.
 */
function redacted(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value !== "string") {
      out[key] = value;
      continue;
    }
    const text = value.replace(/\nparams: [\s\S]*$/, "\nparams: [redacted]");
    out[key] = text.length > MAX_FIELD_LENGTH ? `${text.slice(0, MAX_FIELD_LENGTH)}…` : text;
  }
  return out;
}

/**
 * What went wrong, for a log line: an error's message, and for a failed query the database's own
 * reason (its cause) with the start of the statement, never the values bound to it.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const query = (error as { query?: unknown }).query;
  if (typeof query === "string" && error.cause instanceof Error)
    return `${error.cause.message} (in: ${query.slice(0, 200)}${query.length > 200 ? "…" : ""})`;
  return error.message;
}
