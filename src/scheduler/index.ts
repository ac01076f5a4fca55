/**
 * The scheduler: one `tick` every runtime calls (node-cron on Node, a cron trigger elsewhere) that
 * evaluates the handbook rules, records status transitions and writes alerts into the outbox in the
 * same transactions; routing to people and channels; letters, digests and delivery-failure notices.
 * `cron.ts` (node-cron) is Node-only: another runtime imports `tick/index.js` and `lease.js` directly.
 */
export { type Scheduler, type SchedulerOptions, startScheduler } from "./cron.js";
export { createFailureNoticeHook } from "./failure-notice.js";
export { type HousekeepingReport, housekeep } from "./housekeeping.js";
export {
  DEFAULT_TICK_LEASE_MS,
  type LeasedTick,
  type LeaseOptions,
  TICK_LEASE,
  tickUnderLease,
} from "./lease.js";
export {
  DEFAULT_COUNTRY_DIGEST_MONTHS,
  type PlannedAlert,
  type TickOptions,
  type TickReport,
  type TransitionReport,
  tick,
} from "./tick/index.js";
