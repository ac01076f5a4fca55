/**
 * The alerts outbox, delivery half: the scheduler writes alerts with `enqueueAlerts` in the
 * transaction of the facts that cause them; workers (`runDeliveryLoop` on Node, `deliverDue` per
 * cron run on Workers) claim due rows with a lease and deliver them through a `ChannelSender` per
 * platform, honouring rate limits and pacing per channel, retrying transient failures and failing
 * permanent ones with the reason (`listFailed`, `onPermanentFailure`, `cli outbox list --failed`).
 */
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./backoff.js";
export { type ClaimRequest, claimDueRows, type OutboxRow } from "./claim.js";
export { deliverDue } from "./deliver.js";
export type { DeliveryOptions, DeliveryReport } from "./dispatch.js";
export { enqueueAlerts, type NewAlert } from "./enqueue.js";
export { FAILURE_NOTICE_KIND, type RouteTarget, routedKey, snoozeKey } from "./keys.js";
export { listFailed, listOutbox, type OutboxFilter } from "./list.js";
export { type DeliveryLoop, type DeliveryLoopOptions, runDeliveryLoop } from "./loop.js";
export { ChannelPacer } from "./pacer.js";
export type { PermanentFailureHook } from "./record.js";
export { type ManualRetry, retryFailedAlert } from "./retry.js";
export type { ChannelSender, Delivery, RateLimitScope, Senders, SendResult } from "./sender.js";
