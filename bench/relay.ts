/**
 * `npm run bench:relay` — issue 14's circles relay benchmark. One circle links 20 channels: 10 Slack
 * channels in 2 workspaces (bot tokens installed, sealed) and 10 Discord channels in 2 guilds. The
 * loopback fakes (`relay-fakes.ts`) accept one message per second per channel and answer 429 +
 * Retry-After beyond it. 500 messages arrive in bursts, spread over the 20 channels, and go through
 * `relayChatMessage` in a server process (`relay-worker.ts`) whose production delivery loop sends
 * each to the 19 other channels with the real senders: 9,500 copies.
 *
 * Measured: the lag from a message's receipt by the server to each copy's acceptance by a fake (p50,
 * p99), lost and duplicate copies, 429s, the server's RSS, and the total time from the first receipt
 * to the last copy against the rate-limit minimum: each channel accepting its copies at exactly 1/s
 * from the moment they exist (for the default run, about 475 copies per channel, so about 8 minutes).
 * Results: bench/results/relay.json and docs/performance.md.
 *
 * Smaller runs for trying it out (the results then say so):
 *   RELAY_BENCH_MESSAGES=100 RELAY_BENCH_BURST=20 npm run bench:relay
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { count } from "drizzle-orm";
import { systemActor, writeAudited } from "../src/db/audit.js";
import { type Database, migrateDatabase, openDatabase } from "../src/db/client.js";
import { type CircleChannel, insertCircle, linkCircleChannel } from "../src/db/repositories/circles.js";
import { saveSlackInstallation } from "../src/db/repositories/slack-installations.js";
import { alertsOutbox } from "../src/db/schema/index.js";
import { tokenSealer } from "../src/platforms/slack/token-sealer.js";
import { type DeliveredCopy, type FakePlatform, startRelayDiscord, startRelaySlack } from "./relay-fakes.js";
import type { WorkerReply, WorkerRequest } from "./relay-worker.js";

const ISSUE_MESSAGES = 500;
const MESSAGES = Number(process.env.RELAY_BENCH_MESSAGES ?? ISSUE_MESSAGES);
/** Messages arriving at once, and the pause between two bursts. */
const BURST = Number(process.env.RELAY_BENCH_BURST ?? 50);
const BURST_GAP_MS = Number(process.env.RELAY_BENCH_BURST_GAP_MS ?? 5_000);
/** Bounded, so a relay that stalls ends the run with its numbers rather than never. */
const TIMEOUT_MS = Number(process.env.RELAY_BENCH_TIMEOUT_S ?? 720) * 1_000;
const INTERVAL_MS = 1_000;
const RATIO_TARGET = 1.2;

const SLACK_TEAMS = ["T0RELAYA", "T0RELAYB"];
const DISCORD_GUILDS = ["810000000000000001", "810000000000000002"];
const CHANNELS_PER_WORKSPACE = 5;
const DISCORD_BOT_TOKEN = "bench-discord-bot-token";

const root = new URL("../", import.meta.url).pathname;
const workDirectory = mkdtempSync(join(tmpdir(), "ogp-bench-relay-"));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round2 = (value: number) => Math.round(value * 100) / 100;

const channels: CircleChannel[] = [
  ...SLACK_TEAMS.flatMap((team, t) =>
    Array.from({ length: CHANNELS_PER_WORKSPACE }, (_, c) => ({
      platform: "slack" as const,
      workspaceId: team,
      channelId: `C0RELAY${t}${c}`,
    })),
  ),
  ...DISCORD_GUILDS.flatMap((guild, g) =>
    Array.from({ length: CHANNELS_PER_WORKSPACE }, (_, c) => ({
      platform: "discord" as const,
      workspaceId: guild,
      channelId: String(710_000_000_000_000_000n + BigInt(g * 100 + c)),
    })),
  ),
];
const channelKey = (platform: string, channel: string) => `${platform}:${channel}`;

/** A migrated database with the two Slack installations and the circle linking all 20 channels. */
async function prepareDatabase(databaseUrl: string, sealKey: string, slackTokens: Map<string, string>) {
  const handle = await openDatabase({ url: databaseUrl });
  await migrateDatabase(handle.db);
  const sealer = tokenSealer(sealKey);
  const actor = systemActor("cli", "bench:relay");
  for (const [teamId, token] of slackTokens)
    await saveSlackInstallation(
      handle.db,
      {
        teamId,
        enterpriseId: "",
        isEnterpriseInstall: false,
        botToken: await sealer.seal(token),
        botId: `B${teamId}`,
        botUserId: `U${teamId}BOT`,
        installerUserId: null,
        scopes: "chat:write,chat:write.customize,channels:history,groups:history,commands",
        installation: { team: { id: teamId } },
      },
      actor,
    );
  await writeAudited(handle.db, actor, async (writer) => {
    const circle = await insertCircle(writer, {
      slug: "open-contracting",
      name: "Open contracting",
      themePolicyArea: null,
      themeText: "Open contracting",
    });
    for (const channel of channels) await linkCircleChannel(writer, circle.id, channel);
  });
  return handle;
}

/** Message `index` as a platform adapter reads it, from channel `index mod 20` (every 10th with a ping to neutralise). */
function incoming(index: number): Extract<WorkerRequest, { type: "event" }>["event"] {
  const channel = channels[index % channels.length]!;
  const author = index % 7;
  const slack = channel.platform === "slack";
  const ping = index % 10 === 0 ? (slack ? "<!here> " : "@everyone ") : "";
  return {
    op: "posted",
    platform: channel.platform,
    workspaceId: channel.workspaceId,
    channelId: channel.channelId,
    messageId: slack
      ? `${1_765_000_000 + index}.${String(index).padStart(6, "0")}`
      : String(1_400_000_000_000_000_000n + BigInt(index)),
    threadRootId: null,
    author: {
      userId: slack ? `U0AUTHOR${author}` : String(820_000_000_000_000_000n + BigInt(author)),
      displayName: `Author ${author}`,
      avatarUrl: `https://avatars.example.org/${author}.png`,
    },
    text: `${ping}How did the open-contracting portal launch go? Notes from burst ${Math.floor(index / BURST) + 1} relaymsg${String(index).padStart(4, "0")}`,
    attachments: [],
    occurredAt: new Date().toISOString(),
  };
}

function startWorker(env: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    ["--import", "tsx", new URL("./relay-worker.ts", import.meta.url).pathname],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
}

async function outboxStates(db: Database): Promise<Record<string, number>> {
  const rows = await db
    .select({ state: alertsOutbox.state, rows: count() })
    .from(alertsOutbox)
    .groupBy(alertsOutbox.state);
  return Object.fromEntries(rows.map((row) => [row.state, row.rows]));
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

/**
 * The rate-limit minimum: each target channel accepting its copies one per `INTERVAL_MS`, none before
 * its message was received. The last such acceptance, from the first receipt, is the floor no relay
 * can beat; with bursts this fast it is (copies per channel − 1) seconds, plus the first receipt's wait.
 */
function rateLimitFloorMs(receiptsByChannel: Map<string, number[]>, firstReceipt: number): number {
  let end = firstReceipt;
  for (const receipts of receiptsByChannel.values()) {
    let next = Number.NEGATIVE_INFINITY;
    for (const receipt of [...receipts].sort((a, b) => a - b)) next = Math.max(receipt, next + INTERVAL_MS);
    end = Math.max(end, next);
  }
  return end - firstReceipt;
}

function channelGaps(delivered: DeliveredCopy[]) {
  const last = new Map<string, number>();
  const gaps: number[] = [];
  for (const copy of [...delivered].sort((a, b) => a.at - b.at)) {
    const key = channelKey(copy.platform, copy.channel);
    const previous = last.get(key);
    if (previous !== undefined) gaps.push(copy.at - previous);
    last.set(key, copy.at);
  }
  gaps.sort((a, b) => a - b);
  return { p50: percentile(gaps, 0.5), p99: percentile(gaps, 0.99), max: gaps.at(-1) ?? 0 };
}

async function main() {
  const loadBefore = loadavg().map(round2);
  const sealKey = randomBytes(32).toString("base64");
  const slackTokens = new Map(SLACK_TEAMS.map((team) => [team, `xoxb-bench-${team.toLowerCase()}`]));
  const databaseUrl = `file:${join(workDirectory, "relay.db")}`;
  const handle = await prepareDatabase(databaseUrl, sealKey, slackTokens);
  const slack = await startRelaySlack({
    intervalMs: INTERVAL_MS,
    tokens: slackTokens,
    channels: new Map(
      channels.filter((c) => c.platform === "slack").map((c) => [c.channelId, c.workspaceId]),
    ),
  });
  const discord = await startRelayDiscord({
    intervalMs: INTERVAL_MS,
    botToken: DISCORD_BOT_TOKEN,
    channels: new Set(channels.filter((c) => c.platform === "discord").map((c) => c.channelId)),
  });
  const fakes: FakePlatform[] = [slack, discord];

  const worker = startWorker({
    DATABASE_URL: databaseUrl,
    SLACK_API_URL: slack.url,
    SLACK_TOKEN_ENCRYPTION_KEY: sealKey,
    DISCORD_API_URL: discord.url,
    DISCORD_BOT_TOKEN,
  });
  const received = new Map<number, { receivedAt: number; outcome: string; error?: string }>();
  let stopped: Extract<WorkerReply, { type: "stopped" }> | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on("message", (reply: WorkerReply) => {
      if (reply.type === "ready") resolve();
      else if (reply.type === "received") received.set(reply.id, reply);
      else stopped = reply;
    });
    worker.once("exit", (code) => reject(new Error(`relay worker exited (${code}) before it was ready`)));
  });
  await ready;

  const startedAt = Date.now();
  const deadline = startedAt + TIMEOUT_MS;
  let timedOut = false;
  let states: Record<string, number> = {};
  try {
    for (let first = 0; first < MESSAGES; first += BURST) {
      if (first > 0) await sleep(BURST_GAP_MS);
      for (let index = first; index < Math.min(MESSAGES, first + BURST); index++)
        worker.send({ type: "event", id: index, event: incoming(index) } satisfies WorkerRequest);
    }
    // Done when every message was received and the outbox has nothing left to send.
    for (;;) {
      await sleep(1_000);
      if (received.size === MESSAGES) {
        states = await outboxStates(handle.db);
        if ((states.pending ?? 0) + (states.sending ?? 0) === 0) break;
      }
      if (Date.now() > deadline) {
        timedOut = true;
        states = await outboxStates(handle.db);
        break;
      }
      if (worker.exitCode !== null) throw new Error("relay worker exited during the run");
    }
  } finally {
    if (worker.exitCode === null) {
      worker.send({ type: "stop" } satisfies WorkerRequest);
      await new Promise((resolve) => worker.once("exit", resolve));
    }
    handle.close();
    for (const fake of fakes) await fake.close();
  }
  const wallMs = Date.now() - startedAt;
  const loadAfter = loadavg().map(round2);

  // Every relayed message owes one copy to each other channel of the circle.
  const expected = new Map<string, number>();
  const receiptsByChannel = new Map<string, number[]>();
  for (const [id, reception] of received) {
    if (reception.outcome !== "relayed") continue;
    const source = channels[id % channels.length]!;
    for (const target of channels) {
      if (target === source) continue;
      const key = channelKey(target.platform, target.channelId);
      expected.set(`${id}|${key}`, reception.receivedAt);
      receiptsByChannel.set(key, [...(receiptsByChannel.get(key) ?? []), reception.receivedAt]);
    }
  }
  const delivered = [...slack.delivered, ...discord.delivered];
  const deliveries = new Map<string, number>();
  const firstArrival = new Map<string, number>();
  for (const copy of delivered) {
    const key = `${copy.message}|${channelKey(copy.platform, copy.channel)}`;
    deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
    if (!firstArrival.has(key)) firstArrival.set(key, copy.at);
  }
  const lags: number[] = [];
  for (const [key, receivedAt] of expected) {
    const arrived = firstArrival.get(key);
    if (arrived !== undefined) lags.push(arrived - receivedAt);
  }
  lags.sort((a, b) => a - b);
  const receipts = [...received.values()].map((reception) => reception.receivedAt);
  const firstReceipt = Math.min(...receipts);
  const lastDelivery = Math.max(...delivered.map((copy) => copy.at));
  const totalMs = lastDelivery - firstReceipt;
  const floorMs = rateLimitFloorMs(receiptsByChannel, firstReceipt);
  const mostCopies = Math.max(...[...receiptsByChannel.values()].map((list) => list.length));
  const ingressOutcomes: Record<string, number> = {};
  for (const reception of received.values())
    ingressOutcomes[reception.outcome] = (ingressOutcomes[reception.outcome] ?? 0) + 1;

  const result = {
    messages: MESSAGES,
    expectedCopies: MESSAGES * (channels.length - 1),
    owedCopies: expected.size,
    delivered: delivered.length,
    lost: MESSAGES * (channels.length - 1) - [...deliveries.keys()].filter((key) => expected.has(key)).length,
    duplicates: [...deliveries.values()].reduce((sum, copies) => sum + copies - 1, 0),
    /** Copies in a channel that was not owed them (the source channel itself, or an unreadable token). */
    misdirected: [...deliveries.keys()].filter((key) => !expected.has(key)).length,
    shownAsAuthor: delivered.filter((copy) => copy.asAuthor).length,
    lagMs: {
      p50: percentile(lags, 0.5),
      p99: percentile(lags, 0.99),
      max: lags.at(-1) ?? 0,
    },
    rateLimited: { slack: slack.stats.rateLimited, discord: discord.stats.rateLimited },
    requests: { slack: slack.stats.requests, discord: discord.stats.requests },
    refused: { slack: slack.stats.refused, discord: discord.stats.refused },
    ingressMs: Math.max(...receipts) - firstReceipt,
    totalMs,
    rateLimitFloorMs: floorMs,
    /** The floor as a count: the busiest channel's copies at 1/s, from its first. */
    mostCopiesPerChannel: mostCopies,
    overMinimum: round2(totalMs / floorMs),
    channelGapMs: channelGaps(delivered),
    wallMs,
    timedOut,
    ingressOutcomes,
    ingressErrors: [...received.values()]
      .flatMap((reception) => (reception.error ? [reception.error] : []))
      .slice(0, 5),
    outboxStates: states,
    serverRssMb: { peak: stopped?.rssPeakMb ?? null, end: stopped?.rssEndMb ?? null },
  };
  console.log(JSON.stringify(result, null, 2));

  const targets = {
    "lost = 0": result.lost === 0,
    "duplicates = 0": result.duplicates === 0,
    [`total time ≤ ${RATIO_TARGET}× the rate-limit minimum`]: !timedOut && result.overMinimum <= RATIO_TARGET,
  };
  const report = {
    benchmark: "relay",
    at: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
    },
    setup: {
      channels: {
        slack: SLACK_TEAMS.length * CHANNELS_PER_WORKSPACE,
        discord: DISCORD_GUILDS.length * CHANNELS_PER_WORKSPACE,
      },
      slackWorkspaces: SLACK_TEAMS.length,
      discordGuilds: DISCORD_GUILDS.length,
      messages: MESSAGES,
      reducedFromIssue: MESSAGES < ISSUE_MESSAGES,
      burst: BURST,
      burstGapMs: BURST_GAP_MS,
      intervalMs: INTERVAL_MS,
      timeoutMs: TIMEOUT_MS,
    },
    result,
    targets,
  };
  mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
  writeFileSync(new URL("./results/relay.json", import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  writePerformanceDoc(report);
  console.log(JSON.stringify(targets, null, 2));
  if (!Object.values(targets).every(Boolean)) process.exitCode = 1;
}

function writePerformanceDoc(report: {
  at: string;
  machine: {
    cpus: number;
    cpuModel: string | undefined;
    node: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  setup: { messages: number; reducedFromIssue: boolean };
  result: {
    expectedCopies: number;
    delivered: number;
    lost: number;
    duplicates: number;
    misdirected: number;
    shownAsAuthor: number;
    lagMs: { p50: number; p99: number; max: number };
    rateLimited: { slack: number; discord: number };
    ingressMs: number;
    totalMs: number;
    rateLimitFloorMs: number;
    mostCopiesPerChannel: number;
    overMinimum: number;
    channelGapMs: { p50: number; p99: number; max: number };
    timedOut: boolean;
    serverRssMb: { peak: number | null; end: number | null };
  };
  targets: Record<string, boolean>;
}): void {
  const docFile = new URL("../docs/performance.md", import.meta.url);
  const begin = "<!-- relay-benchmark:begin -->";
  const end = "<!-- relay-benchmark:end -->";
  const { result: r, machine } = report;
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const section = [
    begin,
    "## Circles relay (`npm run bench:relay`)",
    "",
    `Measured ${report.at.slice(0, 10)} on ${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node}, load average`,
    `${machine.loadAverageBefore.join(" / ")} (1 / 5 / 15 min) at the start and ${machine.loadAverageAfter.join(" / ")} at the end (other work shared the machine).`,
    "",
    "One circle links 20 channels: 10 Slack channels in 2 workspaces (bot tokens installed, sealed) and",
    "10 Discord channels in 2 guilds, served by loopback fakes that accept one message per second per",
    "channel and answer 429 + Retry-After beyond it (Discord's also send its `X-RateLimit-*` headers).",
    `${report.setup.messages} messages${report.setup.reducedFromIssue ? ` (**reduced** from the issue's ${ISSUE_MESSAGES} by RELAY_BENCH_MESSAGES)` : ""} arrive in bursts of ${BURST} every ${BURST_GAP_MS / 1000} s, spread over the 20 channels,`,
    "and go through `relayChatMessage` (what the Slack message listener and the Discord gateway call) in a",
    "server process whose production delivery loop sends each to the 19 other channels with the real",
    `Slack sender and Discord webhook sender: ${r.expectedCopies.toLocaleString("en")} copies. The lag runs from a message's receipt by the server`,
    "to its copy's acceptance by a fake. The rate-limit minimum is every channel accepting its copies at",
    `exactly 1/s from the moment they exist: ${seconds(r.rateLimitFloorMs)} s here (the busiest channel is owed ${r.mostCopiesPerChannel} copies).`,
    "",
    "| copies | delivered | lost | duplicates | misdirected | lag p50 (s) | lag p99 (s) | 429s (Slack / Discord) | total (s) | minimum (s) | × minimum | server RSS peak (MB) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${r.expectedCopies.toLocaleString("en")} | ${r.delivered.toLocaleString("en")} | ${r.lost} | ${r.duplicates} | ${r.misdirected} | ${seconds(r.lagMs.p50)} | ${seconds(r.lagMs.p99)} | ${r.rateLimited.slack} / ${r.rateLimited.discord} | ${seconds(r.totalMs)} | ${seconds(r.rateLimitFloorMs)} | ${r.overMinimum} | ${r.serverRssMb.peak ?? "—"} |`,
    "",
    `All messages were received within ${seconds(r.ingressMs)} s; the lag is then mostly each copy's place in its channel's`,
    `queue at 1/s (the last copies wait about as long as the whole run). Gaps between a channel's consecutive copies: p50 ${r.channelGapMs.p50} ms,`,
    `p99 ${r.channelGapMs.p99} ms, max ${r.channelGapMs.max} ms. ${r.shownAsAuthor.toLocaleString("en")} of ${r.delivered.toLocaleString("en")} copies carried their author's name. The server ran under tsx, not the production bundle, which adds to its RSS.${r.timedOut ? " **The run hit its timeout before the outbox was empty.**" : ""}`,
    "",
    "| target | met |",
    "|---|---|",
    ...Object.entries(report.targets).map(([target, met]) => `| ${target} | ${met ? "yes" : "**no**"} |`),
    end,
  ].join("\n");
  const current = existsSync(docFile) ? readFileSync(docFile, "utf8") : "# Performance\n";
  const next = current.includes(begin)
    ? current.replace(new RegExp(`${begin}[\\s\\S]*${end}`), section)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docFile, next);
}

try {
  await main();
} finally {
  rmSync(workDirectory, { recursive: true, force: true });
}
