import type { Platform } from "../../../domain/vocabularies.js";
import type { FormDefinition, FormValues } from "../../../messages/model.js";

/** As long as the interaction token that opened the form: after that nothing could answer anyway. */
const DRAFT_TTL_MS = 15 * 60 * 1000;
/** Forms one person may have open at once; opening another drops their oldest. */
const OPEN_DRAFTS_PER_PERSON = 10;

/** A draft as stored (the database layer provides the store: `src/db/stores.ts`). */
export interface FormDraftRecord {
  id: string;
  platform: string;
  userId: string;
  form: unknown;
  answers: unknown;
  completedSteps: unknown;
  expiresAt: Date;
}

export interface FormDraftStore {
  save(draft: FormDraftRecord): Promise<void>;
  /** The draft, or null when it never existed, was discarded or has expired by `now`. */
  find(id: string, now: Date): Promise<FormDraftRecord | null>;
  delete(id: string): Promise<void>;
  /** Drops expired drafts, and a person's oldest open drafts beyond `perPerson`. */
  prune(platform: Platform, userId: string, now: Date, perPerson: number): Promise<void>;
}

/** A form being filled in, one Discord modal (step) at a time. */
export interface FormDraft {
  id: string;
  /** Only the person who opened it may continue it. */
  userId: string;
  form: FormDefinition;
  /** What the steps submitted so far hold, by field name. */
  values: FormValues;
  /** Steps whose answers passed their checks; the command runs once every step has. */
  completedSteps: Set<number>;
  expiresAt: number;
}

/**
 * Drafts of multi-step forms. A Discord modal holds 5 inputs and its custom id 100 characters, so the
 * answers of step 1 cannot travel with step 2: they wait in the database (`form_drafts`), under a
 * random id the modals carry, until the last step runs the command — so a restart, or another
 * instance answering the next step, does not lose a form in progress. Nothing else is written before
 * the command runs, as with Slack's single modal.
 */
export class FormDrafts {
  constructor(
    private readonly store: FormDraftStore,
    private readonly now: () => Date,
  ) {}

  async open(userId: string, form: FormDefinition): Promise<FormDraft> {
    const now = this.now();
    await this.store.prune("discord", userId, now, OPEN_DRAFTS_PER_PERSON - 1);
    const bytes = crypto.getRandomValues(new Uint8Array(9));
    const id = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
    const draft: FormDraft = {
      id,
      userId,
      form,
      values: {},
      completedSteps: new Set(),
      expiresAt: now.getTime() + DRAFT_TTL_MS,
    };
    await this.save(draft);
    return draft;
  }

  /** The caller's draft, or null when it expired, never existed or is someone else's. */
  async find(id: string, userId: string): Promise<FormDraft | null> {
    const row = await this.store.find(id, this.now());
    if (row?.platform !== "discord" || row.userId !== userId) return null;
    return {
      id: row.id,
      userId: row.userId,
      form: row.form as FormDefinition,
      values: row.answers as FormValues,
      completedSteps: new Set(row.completedSteps as number[]),
      expiresAt: row.expiresAt.getTime(),
    };
  }

  /** Records the answers and completed steps of a draft after a step. */
  async save(draft: FormDraft): Promise<void> {
    await this.store.save({
      id: draft.id,
      platform: "discord",
      userId: draft.userId,
      form: draft.form,
      answers: draft.values,
      completedSteps: [...draft.completedSteps],
      expiresAt: new Date(draft.expiresAt),
    });
  }

  async discard(id: string): Promise<void> {
    await this.store.delete(id);
  }
}
