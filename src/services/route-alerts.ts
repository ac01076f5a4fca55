import { writeAudited } from "../db/audit.js";
import { findCircleBySlug } from "../db/repositories/circles.js";
import { findMemberByRef } from "../db/repositories/member-lookup.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import {
  type ChannelRef,
  unsubscribeChannel as deleteSubscription,
  subscribeChannel as insertSubscription,
  type SubscriptionSubject,
} from "../db/repositories/subscriptions.js";
import { RULE_SECTIONS } from "../domain/rules/index.js";
import type { SubscriptionKind } from "../domain/vocabularies.js";
import { FAILURE_NOTICE_KIND } from "../outbox/index.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { COMMENT_MODERATION_KIND } from "./comment-moderators.js";
import { invalid, notFound, refuse } from "./errors.js";
import { LINK_LOCKOUT_KIND } from "./link-chat-identity.js";
import { isPointOfContactFor, isSupportUnit } from "./permissions.js";
import { APPLICATION_REVIEW_KIND } from "./submit-application.js";

/** Short words people type, beside the stored codes. */
const KIND_WORDS: Record<string, SubscriptionKind> = {
  alerts: "support_unit_alerts",
  support: "support_unit_alerts",
  support_unit_alerts: "support_unit_alerts",
  updates: "member_updates",
  member_updates: "member_updates",
  circle: "circle",
  digest: "country_digest",
  country_digest: "country_digest",
};

/** What a channel subscribes to, with the name of what it follows for the person's confirmation. */
export interface ResolvedSubscription {
  subject: SubscriptionSubject;
  /** The member's or circle's name, the country code; absent for Support Unit alerts. */
  name?: string;
}

/** Alert kinds a Support Unit channel may filter on, by their upper-case spelling: rule IDs, delivery failures, link lock-outs. */
const ALERT_KINDS = new Map(
  [
    ...Object.keys(RULE_SECTIONS),
    FAILURE_NOTICE_KIND,
    LINK_LOCKOUT_KIND,
    COMMENT_MODERATION_KIND,
    APPLICATION_REVIEW_KIND,
  ].map((kind) => [kind.toUpperCase(), kind]),
);

/**
 * `alerts [COUNTRY|all] [RULE,RULE…]`: the Support Unit channel takes one country's members only,
 * and some alert kinds only (spec §6: "filterable by alert kind and country").
 */
function supportUnitFilter(
  countryWord: string | undefined,
  kindsWord: string | undefined,
): { country: string | null; alertKinds: string[] } {
  const everywhere = countryWord === undefined || ["all", "*"].includes(countryWord.toLowerCase());
  const country = everywhere ? null : countryWord.toUpperCase();
  if (country !== null && !/^[A-Z]{2}$/.test(country)) throw invalid("cmd.subscribe.usage");
  const typed = (kindsWord ?? "")
    .split(",")
    .map((kind) => kind.trim().toUpperCase())
    .filter((kind) => kind !== "");
  const unknown = typed.filter((kind) => !ALERT_KINDS.has(kind));
  if (unknown.length > 0) throw invalid("cmd.subscribe.unknown_kinds", { kinds: unknown.join(", ") });
  return { country, alertKinds: typed.map((kind) => ALERT_KINDS.get(kind)!) };
}

/**
 * What `KIND [SUBJECT] [RULES]` names, if the person may route it (§1): Support Unit alerts, by the
 * Support Unit; a member's updates, by the Support Unit or that member's PoC; a circle, by the
 * Support Unit or a PoC of a member in it; a country digest, by the Support Unit or that country's
 * national coordinator (§7).
 */
export async function resolveSubscription(
  deps: Pick<ServiceDeps, "db">,
  person: PersonWithRoles,
  words: string[],
): Promise<ResolvedSubscription> {
  const [word = "", subjectRef, kindsWord] = words;
  const kind = KIND_WORDS[word.toLowerCase()];
  if (!kind) throw invalid("cmd.subscribe.usage");
  const supportUnit = isSupportUnit(person);
  switch (kind) {
    case "support_unit_alerts": {
      if (!supportUnit) throw refuse("cmd.subscribe.support_unit_only");
      return { subject: { kind, ...supportUnitFilter(subjectRef, kindsWord) } };
    }
    case "member_updates": {
      if (!subjectRef) throw invalid("cmd.subscribe.usage");
      const member = await findMemberByRef(deps.db, subjectRef);
      if (!member) throw notFound("cmd.member.not_found", { ref: subjectRef });
      if (!supportUnit && !isPointOfContactFor(person, [member.id]))
        throw refuse("cmd.subscribe.member_not_allowed", { member: member.name });
      return { subject: { kind, memberId: member.id }, name: member.name };
    }
    case "circle": {
      if (!subjectRef) throw invalid("cmd.subscribe.usage");
      const circle = await findCircleBySlug(deps.db, subjectRef);
      if (!circle) throw notFound("cmd.subscribe.circle_not_found", { ref: subjectRef });
      if (!supportUnit && !isPointOfContactFor(person, circle.memberIds))
        throw refuse("cmd.subscribe.circle_not_allowed", { circle: circle.name });
      return { subject: { kind, circleId: circle.id }, name: circle.name };
    }
    case "country_digest": {
      const country = subjectRef?.toUpperCase() ?? "";
      if (!/^[A-Z]{2}$/.test(country)) throw invalid("cmd.subscribe.usage");
      const coordinator = person.roles.some(
        (grant) => grant.role === "national_coordinator" && grant.country === country,
      );
      if (!supportUnit && !coordinator) throw refuse("cmd.subscribe.country_not_allowed", { country });
      return { subject: { kind, country }, name: country };
    }
  }
}

/** Routes a kind of alert to a channel; subscribing twice keeps the first (`created: false`). */
export async function subscribeChannel(
  deps: ServiceDeps,
  acting: Acting,
  channel: ChannelRef,
  subject: SubscriptionSubject,
): Promise<{ created: boolean }> {
  return writeAudited(
    deps.db,
    auditActor(acting),
    (writer) => insertSubscription(writer, channel, subject, acting.person.id),
    deps.now,
  );
}

/** Stops a kind of alert in a channel; false when it was not routed there. */
export async function unsubscribeChannel(
  deps: ServiceDeps,
  acting: Acting,
  channel: ChannelRef,
  subject: SubscriptionSubject,
): Promise<boolean> {
  return writeAudited(
    deps.db,
    auditActor(acting),
    (writer) => deleteSubscription(writer, channel, subject),
    deps.now,
  );
}
