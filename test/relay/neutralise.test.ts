import { describe, expect, it } from "vitest";
import { inertMention, mentionedUserIds, neutraliseText, RELAY_TEXT_LIMIT } from "../../src/relay/index.js";

const ZWSP = "\u200B";
const names = new Map([
  ["U0ANAPOC", "Ana Pérez"],
  ["112233445566778899", "Bea Ortiz"],
]);
const options = { names, someone: "someone" };

/** No platform reads a mention or a broadcast in the text any more. */
function expectInert(text: string) {
  expect(text).not.toMatch(/<[@#!]/);
  expect(text).not.toMatch(/@(everyone|here|channel)\b/i);
}

describe("neutralising Slack markup", () => {
  it("names the mentioned people it knows, and 'someone' for the others", () => {
    const text = neutraliseText("slack", "Thanks <@U0ANAPOC> and <@U0STRANGER>!", options);
    expect(text).toBe(`Thanks @${ZWSP}Ana Pérez and @${ZWSP}someone!`);
    expectInert(text);
  });

  it("turns channel-wide pings into words that ping nobody", () => {
    const text = neutraliseText(
      "slack",
      "<!channel> <!here> <!everyone> and <!subteam^S0TEAM|@gov-team>",
      options,
    );
    expect(text).toBe(`@${ZWSP}channel @${ZWSP}here @${ZWSP}everyone and @${ZWSP}gov-team`);
    expectInert(text);
  });

  it("reads channel links, labelled links and entities as the person typed them", () => {
    expect(
      neutraliseText(
        "slack",
        "See <#C0OPEN|open-gov>, <https://ogp.example/plan|the plan> and <https://ogp.example/x> &amp; 1 &lt; 2",
        options,
      ),
    ).toBe("See #open-gov, the plan (https://ogp.example/plan) and https://ogp.example/x & 1 < 2");
    expect(neutraliseText("slack", "<mailto:ana@example.org|ana@example.org>", options)).toBe(
      "ana@example.org",
    );
  });

  it("breaks a typed @channel too, so a Discord copy cannot ping everyone", () => {
    expect(neutraliseText("slack", "hey @everyone and @here", options)).toBe(
      `hey @${ZWSP}everyone and @${ZWSP}here`,
    );
  });

  it("lists the users a text mentions, once each", () => {
    expect(mentionedUserIds("slack", "<@U0A> <@U0B|bob> <@U0A>")).toEqual(["U0A", "U0B"]);
    expect(mentionedUserIds("discord", "<@1> <@!2> <@&3> <@1>")).toEqual(["1", "2"]);
  });
});

describe("neutralising Discord markup", () => {
  it("names people, and breaks roles, @everyone and @here", () => {
    const text = neutraliseText(
      "discord",
      "<@112233445566778899> <@!998877> <@&55443322> @everyone @here in <#123456>",
      options,
    );
    expect(text).toBe(
      `@${ZWSP}Bea Ortiz @${ZWSP}someone @${ZWSP}role @${ZWSP}everyone @${ZWSP}here in #channel`,
    );
    expectInert(text);
  });

  it("reads custom emoji, timestamps and command mentions as words", () => {
    expect(
      neutraliseText("discord", "<:tada:123> <a:wave:456> <t:1773154800:R> </ogp status:789>", options),
    ).toBe(":tada: :wave: 2026-03-10T15:00:00Z /ogp status");
  });
});

describe("length", () => {
  it("cuts a long text to what every platform holds, marking the cut", () => {
    const text = neutraliseText("slack", "x".repeat(5000), options);
    expect(Array.from(text)).toHaveLength(RELAY_TEXT_LIMIT);
    expect(text.endsWith("…")).toBe(true);
  });

  it("cuts after reading the markup, so a link is never cut in half into markup", () => {
    const text = neutraliseText("slack", `${"y".repeat(RELAY_TEXT_LIMIT - 5)} <!channel>`, options);
    expect(text).not.toContain("<");
    expect(Array.from(text)).toHaveLength(RELAY_TEXT_LIMIT);
  });

  it("keeps a mention readable", () => {
    expect(inertMention("Ana")).toBe(`@${ZWSP}Ana`);
  });
});
