import type { OutboxRow } from "./claim.js";
import type { RateLimitScope } from "./sender.js";

type Route = Pick<OutboxRow, "platform" | "workspaceId" | "target">;

const keyOf = (route: Route, scope: RateLimitScope): string => {
  switch (scope) {
    case "channel":
      return `channel:${route.platform}/${route.workspaceId}/${route.target}`;
    case "workspace":
      return `workspace:${route.platform}/${route.workspaceId}`;
    case "platform":
      return `platform:${route.platform}`;
  }
};

const SCOPES: readonly RateLimitScope[] = ["channel", "workspace", "platform"];

/**
 * When each channel, workspace and platform may next be sent to, in epoch ms: the worker waits
 * before sending instead of spending a request to learn it is too early (which, on Discord, counts
 * towards the invalid-request ban). Memory only: after a restart the first message per channel may
 * meet a 429, which the outbox then honours like any other.
 */
export class ChannelPacer {
  private readonly notBefore = new Map<string, number>();

  /** The earliest instant a message on this route may go. */
  earliest(route: Route): number {
    let earliest = 0;
    for (const scope of SCOPES) earliest = Math.max(earliest, this.notBefore.get(keyOf(route, scope)) ?? 0);
    return earliest;
  }

  /** Nothing goes on `route` at `scope` before `until` (a later hold wins over an earlier one). */
  hold(route: Route, scope: RateLimitScope, until: number): void {
    const key = keyOf(route, scope);
    if (until > (this.notBefore.get(key) ?? 0)) this.notBefore.set(key, until);
  }

  /** Drops holds that have passed, so a long-running worker does not remember every DM it sent. */
  forgetBefore(now: number): void {
    for (const [key, until] of this.notBefore) if (until <= now) this.notBefore.delete(key);
  }
}
