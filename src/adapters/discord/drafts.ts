import type { FormDefinition, FormValues } from "../../commands/index.js";

/** As long as the interaction token that opened the form: after that nothing could answer anyway. */
const DRAFT_TTL_MS = 15 * 60 * 1000;
/** A bound on memory if many forms are opened and abandoned. */
const MAX_DRAFTS = 1000;

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
 * Short-lived, in-memory drafts of multi-step forms. A Discord modal holds 5 inputs and its custom id
 * 100 characters, so the answers of step 1 cannot travel with step 2: they wait here, under a random
 * id the modals carry, until the last step runs the command. Nothing is written to the database
 * before that, as with Slack's single modal. One process holds them; a restart loses open forms
 * (the person runs the command again).
 */
export class FormDrafts {
  private readonly drafts = new Map<string, FormDraft>();

  constructor(private readonly now: () => Date) {}

  open(userId: string, form: FormDefinition): FormDraft {
    this.forgetExpired();
    while (this.drafts.size >= MAX_DRAFTS) {
      const oldest = this.drafts.keys().next().value;
      if (oldest === undefined) break;
      this.drafts.delete(oldest);
    }
    const bytes = crypto.getRandomValues(new Uint8Array(9));
    const id = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
    const draft: FormDraft = {
      id,
      userId,
      form,
      values: {},
      completedSteps: new Set(),
      expiresAt: this.now().getTime() + DRAFT_TTL_MS,
    };
    this.drafts.set(id, draft);
    return draft;
  }

  /** The caller's draft, or null when it expired, never existed or is someone else's. */
  find(id: string, userId: string): FormDraft | null {
    const draft = this.drafts.get(id);
    if (!draft || draft.userId !== userId) return null;
    if (draft.expiresAt <= this.now().getTime()) {
      this.drafts.delete(id);
      return null;
    }
    return draft;
  }

  discard(id: string): void {
    this.drafts.delete(id);
  }

  private forgetExpired(): void {
    const now = this.now().getTime();
    for (const [id, draft] of this.drafts) if (draft.expiresAt <= now) this.drafts.delete(id);
  }
}
