/**
 * What every chat platform's inbound side shares: bounded bodies, signature helpers, the ingress
 * (verify, bound, dedupe, acknowledge) and the runner of the work done after acknowledging.
 */
export { MAX_BODY_BYTES, readBoundedBody } from "./body.js";
export { createIngress, type DeferredWork, type IngressDependencies, type IngressSpec } from "./ingress.js";
export {
  type InboundClaim,
  type InboundLedger,
  type JobKey,
  JobRunner,
  type JobRunnerOptions,
  type QueuedJob,
  RECEIVER_LEASE_MS,
} from "./jobs.js";
export { RequestPressure } from "./pressure.js";
export { jsonResponse, malformed } from "./responses.js";
export {
  concatBytes,
  hexToBytes,
  isFresh,
  SIGNATURE_WINDOW_SECONDS,
  type SignatureCheck,
  type SignatureVerifiers,
  webCryptoVerifiers,
} from "./signature.js";
