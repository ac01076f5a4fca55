import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The visitor's address on Node: the connection's peer, or behind a trusted reverse proxy the
 * first `X-Forwarded-For` entry (the proxy's own address would put every visitor in one bucket).
 */
export function clientAddressReader(trustProxy: boolean): (c: Context) => string {
  return (c) => {
    const forwarded = trustProxy ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
    return forwarded || getConnInfo(c).remote.address || "unknown";
  };
}
