/** Texts of the circles relay (handbook §2.4): how a relayed copy names its author and where it came from. */
export const relay = {
  "relay.author": "{name} via {platform}",
  "relay.author_member": "{name} ({member}) via {platform}",
  /** An author the relay could not name (a Slack event without a profile, an unlinked user). */
  "relay.unknown_author": "A {platform} user",
  /** What a mention of someone the relay cannot name becomes. */
  "relay.someone": "someone",
  "relay.deleted": "This message was deleted.",
  "relay.attachments": "Attachments",
};
