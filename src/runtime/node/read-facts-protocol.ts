import type { FactDocuments } from "../../db/repositories/member-facts.js";

/** The messages between the evaluating thread and the thread that reads the rules' facts. */

/** What the fact-reader thread is started with (its `workerData`). */
export interface ReadFactsJob {
  url: string;
  authToken: string | undefined;
  batchSize: number | undefined;
  /** Pages the reader may read before this thread has taken them. */
  pagesAhead: number;
}

/** What the reader posts back: a page of fact documents, the end, or why it stopped. */
export type ReaderMessage =
  | { kind: "page"; documents: FactDocuments }
  | { kind: "done" }
  | { kind: "failed"; message: string };
