// Bolt's Socket Mode receiver, which this product never uses, requires @slack/socket-mode, whose
// dependencies do not bundle for workerd (undici's SQLite cache imports node:sqlite). wrangler.toml
// aliases the package to this stand-in on Workers (stack-notes.md, "Slack on Cloudflare Workers").
class SocketModeClient {
  constructor() {
    throw new Error("Slack Socket Mode is not available on Cloudflare Workers; use the Events API URL.");
  }
}
module.exports = { SocketModeClient };
