import { RESTEvents } from "@discordjs/rest";
import { Routes } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discordRest } from "../../../src/platforms/discord/rest.js";
import { FakeDiscord } from "../../support/fake-discord.js";
import { APPLICATION_ID } from "./discord-requests.js";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake.stop());

/** Fills the placeholders of `count` interactions at once; whether the client held any back for its global limit. */
async function fillPlaceholders(interactionsOnly: boolean, count: number) {
  const rest = discordRest({ apiUrl: fake.apiUrl, retries: 0, interactionsOnly });
  const heldBack: boolean[] = [];
  rest.on(RESTEvents.RateLimited, (info) => heldBack.push(info.global));
  await Promise.all(
    Array.from({ length: count }, (_, index) =>
      rest.patch(Routes.webhookMessage(APPLICATION_ID, `token-${interactionsOnly}-${index}`, "@original"), {
        body: { content: "done" },
        auth: false,
      }),
    ),
  );
  return heldBack;
}

describe("the interaction follow-up client", () => {
  it("does not hold interaction follow-ups to the bot's global 50 requests a second", async () => {
    expect(await fillPlaceholders(true, 60)).toEqual([]);
    // A client for the bot's own routes keeps the global limit.
    expect((await fillPlaceholders(false, 60)).some((global) => global)).toBe(true);
  }, 10_000);
});
