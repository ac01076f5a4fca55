/**
 * Writes issued while the event loop handles one batch of requests, committed together: each caller
 * gets its own result, and the batch costs one statement and one commit instead of one each. The
 * batch is flushed after the I/O callbacks of the current loop turn (setImmediate), so a request
 * waits for its neighbours' writes, never for a timer.
 */
export function groupCommit<T, R>(flush: (items: T[]) => Promise<R[]>): (item: T) => Promise<R> {
  let batch: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  const schedule: (run: () => void) => void =
    typeof setImmediate === "function" ? (run) => setImmediate(run) : (run) => setTimeout(run, 0);

  const commit = async () => {
    const taken = batch;
    batch = [];
    try {
      const results = await flush(taken.map((entry) => entry.item));
      taken.forEach((entry, index) => {
        entry.resolve(results[index]!);
      });
    } catch (error) {
      for (const entry of taken) entry.reject(error);
    }
  };

  return (item) =>
    new Promise<R>((resolve, reject) => {
      if (batch.length === 0) schedule(() => void commit());
      batch.push({ item, resolve, reject });
    });
}
