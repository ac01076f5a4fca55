import type { UpdatePosition } from "../../db/repositories/open-data/updates.js";

/**
 * `/api/v1/updates` cursors: the position of the last update a page returned, opaque to clients
 * (base64url of JSON) so the encoding can change within v1 without breaking them.
 */
export function encodeCursor(position: UpdatePosition): string {
  return btoa(JSON.stringify([position.postedAt.getTime(), position.id]))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** The position a cursor names, or null for anything this API did not give out. */
export function decodeCursor(cursor: string): UpdatePosition | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const decoded: unknown = JSON.parse(atob(cursor.replaceAll("-", "+").replaceAll("_", "/")));
    if (!Array.isArray(decoded) || decoded.length !== 2) return null;
    const [postedAt, id] = decoded;
    if (!Number.isSafeInteger(postedAt) || typeof id !== "string" || id.length === 0 || id.length > 64)
      return null;
    return { postedAt: new Date(postedAt), id };
  } catch {
    return null;
  }
}
