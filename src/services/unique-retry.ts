/** SQLite's unique-constraint failure, as libSQL reports it through Drizzle (stack-notes: SQLITE_CONSTRAINT). */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("SQLITE_CONSTRAINT")) return true;
    if (/UNIQUE constraint failed/.test(current.message)) return true;
  }
  return false;
}

/**
 * Runs an idempotent write; if a simultaneous twin (a double click) won the race on a unique index,
 * runs it once more, when it finds the twin's row and writes nothing.
 */
export async function retryOnceOnUniqueViolation<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return write();
  }
}
