/**
 * The reference for `npm run bench:webhook`: a minimal Bolt 5 app on its own HTTPReceiver that only
 * acknowledges `/ogp`, as the Bolt documentation's first example does.
 */
import { App, LogLevel } from "@slack/bolt";

const app = new App({
  signingSecret: process.env.SIGNING_SECRET ?? "",
  token: "xoxb-bench",
  // With its bot's ids given, Bolt never calls auth.test (this machine has no route to Slack).
  botId: "B0BENCH",
  botUserId: "U0BENCH",
  tokenVerificationEnabled: false,
  logLevel: (process.env.BOLT_LOG as LogLevel) ?? LogLevel.ERROR,
});
app.command(/.*/, async ({ ack }) => {
  await ack();
});
await app.start(Number(process.env.PORT));
process.stdout.write("ready\n");
