import type { ChannelSender, Delivery, SendResult } from "../../src/outbox/index.js";

export interface SentCall {
  delivery: Delivery;
  at: number;
}

/**
 * A sender whose answers a test scripts, recording each call with the (fake) time it was made and
 * the most calls it ever had in flight at once.
 */
export function scriptedSender(
  now: () => Date,
  answer: (delivery: Delivery, previousCalls: SentCall[]) => SendResult = () => ({
    kind: "sent",
    platformMessageId: "C/1",
  }),
  minIntervalMs = 0,
) {
  const calls: SentCall[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const sender: ChannelSender = {
    minIntervalMs,
    async send(delivery) {
      const previous = calls.filter((call) => call.delivery.id === delivery.id);
      calls.push({ delivery, at: now().getTime() });
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      // Yield to the event loop so parallel sends really overlap.
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      return answer(delivery, previous);
    },
  };
  return {
    sender,
    calls,
    get maxInFlight() {
      return maxInFlight;
    },
  };
}
