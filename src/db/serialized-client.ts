import type { Client, Transaction, TransactionMode } from "@libsql/client";

/**
 * A single-connection libSQL client refuses any statement while a transaction holds its connection
 * (TRANSACTION_ACTIVE), and a second transaction too. This wrapper makes callers wait their turn
 * instead: transactions run one after another, and a plain statement waits for the open
 * transaction to settle. Statements between transactions run at once.
 */
/**
 * A local database answers synchronously: without a pause, a command's statements would run back to
 * back as microtasks and hold the event loop for the whole command. Each statement first lets the
 * I/O that has arrived be handled (webhook acknowledgements have a 3-second deadline).
 */
const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function serializeClient(client: Client): Client {
  let queueTail: Promise<void> = Promise.resolve();
  let openTransaction: Promise<void> | null = null;

  const transaction = async (mode?: TransactionMode): Promise<Transaction> => {
    const myTurn = queueTail;
    let release!: () => void;
    const settled = new Promise<void>((resolve) => {
      release = resolve;
    });
    queueTail = myTurn.then(() => settled);
    await myTurn;
    // Checked and claimed in the same tick: nothing can take the connection in between.
    while (openTransaction) await openTransaction;
    openTransaction = settled;
    const finish = () => {
      if (openTransaction === settled) openTransaction = null;
      release();
    };
    let inner: Transaction;
    try {
      inner = await client.transaction(mode);
    } catch (error) {
      finish();
      throw error;
    }
    return new Proxy(inner, {
      get(target, property, receiver) {
        if (property === "commit" || property === "rollback") {
          return async () => {
            try {
              return await target[property]();
            } finally {
              finish();
            }
          };
        }
        if (property === "close") {
          return () => {
            target.close();
            finish();
          };
        }
        if (property === "execute" || property === "batch") {
          const method = Reflect.get(target, property, receiver) as (...args: unknown[]) => Promise<unknown>;
          return async (...args: unknown[]) => {
            await yieldToIo();
            return method.apply(target, args);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };

  const afterTransactions =
    <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await yieldToIo();
      // The call must follow the check in the same tick, or a transaction could start in between.
      while (openTransaction) await openTransaction;
      return method(...args);
    };

  const overrides: Partial<Client> = {
    transaction,
    execute: afterTransactions(client.execute.bind(client)) as Client["execute"],
    batch: afterTransactions(client.batch.bind(client)),
    migrate: afterTransactions(client.migrate.bind(client)),
    executeMultiple: afterTransactions(client.executeMultiple.bind(client)),
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property in overrides) return overrides[property as keyof Client];
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
