import {
  directMessageIdentity,
  type MemberAudience,
  type MemberProfile,
  type Recipient,
  type SupportUnitSubscription,
  supportUnitWants,
} from "../db/repositories/alert-audiences.js";
import type { ChannelRef } from "../db/repositories/subscriptions.js";
import type { Language, Platform, Role } from "../domain/vocabularies.js";
import { SUPPORT_UNIT_LANGUAGE } from "../domain/vocabularies.js";
import type { RouteTarget } from "../outbox/index.js";

/**
 * Who receives an alert, decided from the roles the rules name (spec §6 "whom to remind") and the
 * subscriptions (`subscribe`). Pure: the caller loads the member's people and channels first.
 *
 * - `point_of_contact`: each PoC by direct message, and every channel subscribed to the member's updates;
 * - `monitoring_body`, `civil_society`: each such person of the member by direct message;
 * - the Support Unit's alert channels, for alerts whose audience names it (letters, REVOKE-1, the
 *   deadlines of spec §6 it shares) and for every overdue step, filtered by each subscription's
 *   alert kinds and country.
 */

/** Every overdue item reaches the Support Unit, whoever the deadline reminds. */
const OVERDUE_STEP = "overdue";

export type RouteAudience = "person" | "member_channel" | "support_unit";

export interface Route extends RouteTarget {
  platform: Platform;
  isDirectMessage: boolean;
  audience: RouteAudience;
  /** For a person: the role that makes them a recipient. */
  role: Role | null;
  /** The language the message is written in: the person's, the member's, or the Support Unit's. */
  language: Language;
}

/** A person the alert is for who cannot be reached: no chat identity is linked to them. */
export interface SkippedRecipient {
  personId: string;
  name: string;
  role: Role;
}

export interface RoutableAlert {
  /** The alert kind, a rule ID: what Support Unit subscriptions filter on. */
  kind: string;
  step: string;
  audience: readonly Role[];
}

export interface Routing {
  routes: Route[];
  skipped: SkippedRecipient[];
}

export function personRoute(recipient: Recipient, role: Role | null): Route | null {
  const identity = directMessageIdentity(recipient);
  if (!identity) return null;
  return {
    platform: identity.platform,
    workspaceId: identity.workspaceId,
    target: identity.userId,
    isDirectMessage: true,
    audience: "person",
    role,
    language: recipient.language,
  };
}

export function channelRoute(channel: ChannelRef, audience: RouteAudience, language: Language): Route {
  return {
    platform: channel.platform,
    workspaceId: channel.workspaceId,
    target: channel.channelId,
    isDirectMessage: false,
    audience,
    role: null,
    language,
  };
}

/** Support Unit alert channels that take this kind of alert about this member. */
export function supportUnitRoutes(
  subscriptions: readonly SupportUnitSubscription[],
  kind: string,
  country: string,
): Route[] {
  return subscriptions
    .filter((subscription) => supportUnitWants(subscription, kind, country))
    .map((subscription) => channelRoute(subscription.channel, "support_unit", SUPPORT_UNIT_LANGUAGE));
}

/** Direct-message roles: each maps to the member's people holding it. */
const PERSON_ROLES: readonly Role[] = ["point_of_contact", "monitoring_body", "civil_society"];

export function routeAlert(
  alert: RoutableAlert,
  member: MemberProfile,
  audience: MemberAudience,
  supportUnit: readonly SupportUnitSubscription[],
): Routing {
  const routes = new Map<string, Route>();
  const skipped: SkippedRecipient[] = [];
  const add = (route: Route) => {
    const key = `${route.platform}:${route.workspaceId}:${route.target}`;
    if (!routes.has(key)) routes.set(key, route);
  };
  for (const role of PERSON_ROLES) {
    if (!alert.audience.includes(role)) continue;
    for (const recipient of audience.people.get(role) ?? []) {
      const route = personRoute(recipient, role);
      if (route) add(route);
      else skipped.push({ personId: recipient.personId, name: recipient.name, role });
    }
  }
  if (alert.audience.includes("point_of_contact")) {
    for (const channel of audience.channels) add(channelRoute(channel, "member_channel", member.language));
  }
  if (alert.audience.includes("support_unit") || alert.step === OVERDUE_STEP) {
    for (const route of supportUnitRoutes(supportUnit, alert.kind, member.country)) add(route);
  }
  return { routes: [...routes.values()], skipped };
}
