import { is } from "drizzle-orm";
import { SQLiteTransaction } from "drizzle-orm/sqlite-core";
import type { Executor } from "../db/client.js";
import { existingDedupeKeys } from "../db/repositories/outbox-alerts.js";
import { alertsOutbox } from "../db/schema/index.js";
import type { OutboxCopyKind, Platform } from "../domain/vocabularies.js";
import { type Post, postSchema } from "../messages/model.js";
import { type RelayPost, relayPostSchema } from "../relay/model.js";

export interface NewAlert {
  /** The row's id when the caller needs it in advance (a button naming its own alert); default: a new UUID. */
  id?: string;
  /**
   * Identity of the alert for ever (`routedKey`): a second alert with the same key is dropped,
   * however often the scheduler runs.
   */
  dedupeKey: string;
  /** The rule ID (`DUE-UPDATE`, `INACT-4`) or a product kind (`digest.weekly`). */
  kind: string;
  /** What is announced, before routing (see the column). */
  alertKey: string;
  subject?: { kind: string; id: string } | null;
  /** For a reminder step: its deadline and step, so a reminder no longer due can be cancelled. */
  deadlineKey?: string | null;
  step?: string | null;
  copy?: { kind: Exclude<OutboxCopyKind, "original">; of: string };
  memberId?: string | null;
  platform: Platform;
  workspaceId?: string;
  /** Channel id, or user id when `isDirectMessage`. */
  target: string;
  isDirectMessage?: boolean;
  post: Post;
  /** A circle's relayed copy (kind RELAY_KIND): stored beside the post, under `relay`. */
  relay?: RelayPost;
  /** Not before this instant (a digest's send time, a snooze); default: the `now` of the call. */
  notBefore?: Date;
}

/** Rows per INSERT: 200 × 20 bound values stays below SQLite's variable limit; one statement costs ~1 ms. */
const INSERT_BATCH = 200;

/**
 * Dedupe keys each open transaction has written: where transactions are batched (D1), its reads do
 * not see them yet, so how many alerts are new is counted against these too.
 */
const writtenByTransaction = new WeakMap<Executor, Set<string>>();

/**
 * Writes alerts into the outbox inside the caller's transaction, so an alert exists exactly when the
 * facts that caused it do. A dedupe key already present (from an earlier tick, or twice in `alerts`)
 * is skipped by the database itself (`on conflict do nothing`), which leaves the transaction intact
 * where a caught constraint error would not. Returns how many alerts were new.
 */
export async function enqueueAlerts(
  tx: Executor,
  alerts: readonly NewAlert[],
  now: Date = new Date(),
): Promise<number> {
  let written = writtenByTransaction.get(tx);
  if (!written && is(tx, SQLiteTransaction)) {
    written = new Set();
    writtenByTransaction.set(tx, written);
  }
  let created = 0;
  for (let start = 0; start < alerts.length; start += INSERT_BATCH) {
    const slice = alerts.slice(start, start + INSERT_BATCH);
    const stored = await existingDedupeKeys(
      tx,
      slice.map((alert) => alert.dedupeKey),
    );
    const fresh = new Set<string>();
    for (const { dedupeKey } of slice)
      if (!stored.has(dedupeKey) && !written?.has(dedupeKey)) fresh.add(dedupeKey);
    const rows = slice.map((alert) => ({
      ...(alert.id ? { id: alert.id } : {}),
      dedupeKey: alert.dedupeKey,
      kind: alert.kind,
      alertKey: alert.alertKey,
      subjectKind: alert.subject?.kind ?? null,
      subjectId: alert.subject?.id ?? null,
      deadlineKey: alert.deadlineKey ?? null,
      step: alert.step ?? null,
      copyKind: alert.copy?.kind ?? "original",
      copyOf: alert.copy?.of ?? null,
      memberId: alert.memberId ?? null,
      platform: alert.platform,
      workspaceId: alert.workspaceId ?? "",
      target: alert.target,
      isDirectMessage: alert.isDirectMessage ?? false,
      // A malformed message fails here, in the writer's transaction, not hours later in delivery.
      payload: {
        ...postSchema.parse(alert.post),
        ...(alert.relay ? { relay: relayPostSchema.parse(alert.relay) } : {}),
      },
      state: "pending",
      attempts: 0,
      nextAttemptAt: alert.notBefore ?? now,
      createdAt: now,
    }));
    // No RETURNING: a batched transaction has nothing to return before it commits.
    await tx.insert(alertsOutbox).values(rows).onConflictDoNothing({ target: alertsOutbox.dedupeKey });
    created += fresh.size;
    for (const key of fresh) written?.add(key);
  }
  return created;
}
