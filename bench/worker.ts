/**
 * `npm run bench:worker` — the Cloudflare Workers runtime (src/runtime/worker.ts) on this machine,
 * loopback only, bounded counts (under a minute in all):
 *   - the bundle `npm run deploy` uploads (`wrangler deploy --dry-run`): its size, raw and gzipped,
 *     against Cloudflare's limits, and what takes the room, by package (esbuild's metafile);
 *   - cold starts of that bundle in workerd (Miniflare), each with a fresh local D1 migrated from
 *     drizzle/, both chat platforms configured against a loopback sink: `new Miniflare` to ready
 *     (workerd started, the module evaluated), the first `/healthz` (the isolate's runtime composed)
 *     and the second; beside a trivial Worker's; then first requests with DEMO_DATA=on (the import);
 *   - the warm webhook path on one instance with the demo: signed Slack `/ogp help` and
 *     `/ogp status kowhai-coast` one at a time, the acknowledgement's latency and how long after it
 *     the reply, sent under `waitUntil`, reached the response URL; and Cron Trigger passes;
 *   - D1's limits: what the local D1 takes (bound values, statement length), and the rules tick on
 *     the Worker with 1,000 more members in the D1.
 * Results: bench/results/worker.json and docs/performance.md ("Cloudflare Workers").
 */
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { Miniflare } from "miniflare";
import {
  COMPATIBILITY_DATE,
  COMPATIBILITY_FLAGS,
  D1_DATABASE_ID,
  MINIFIED,
  migrationStatements,
} from "../test/workers/wrangler-settings.js";
import { machineInfo } from "./machine.js";
import { signedSlashCommand } from "./slack-command.js";

const COLD_STARTS = 7;
const TRIVIAL_STARTS = 3;
const DEMO_STARTS = 3;
const HARNESS_FORM_STARTS = 2;
/** How long the evaluation check's top level busy-waits. */
const EVALUATION_CHECK_MS = 500;
const HELP_COMMANDS = 300;
const STATUS_COMMANDS = 100;
const WARMUP_COMMANDS = 5;
const CRON_PASSES = 10;
/** Members in the tick at scale: the rules tick reads and plans 1,000 members a batch (member-facts.ts). */
const SCALE_MEMBERS = 1_000;
const SCALE_ROLE_HOLDERS = [2, 3, 6];
/** A reply not at the sink this long after its acknowledgement counts as lost. */
const REPLY_TIMEOUT_MS = 30_000;
/** Cloudflare's limits (developers.cloudflare.com/workers/platform/limits): compressed size, MiB. */
const SIZE_LIMIT_MIB = { free: 3, paid: 10 };
/** Cloudflare cancels what is left under `waitUntil` this long after the response. */
const WAIT_UNTIL_MS = 30_000;

const root = new URL("../", import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), "ogp-bench-worker-"));
const round1 = (value: number) => Math.round(value * 10) / 10;

const SIGNING_SECRET = "bench-signing-secret-0123456789ab";

// ---------------------------------------------------------------------------------------------------
// The bundle

interface BundleReport {
  files: { name: string; bytes: number }[];
  workerJsBytes: number;
  workerJsGzipBytes: number;
  /** wrangler's own line, e.g. "Total Upload: 5541.44 KiB / gzip: 1127.64 KiB". */
  wrangler: { line: string; totalKiB: number; gzipKiB: number } | null;
  buildMs: number;
  limits: { freeGzipMiB: number; paidGzipMiB: number; shareOfFree: number; shareOfPaid: number };
  /** Bytes each package puts in worker.js (esbuild's bytesInOutput), largest first. */
  topContributors: { name: string; bytes: number; share: number }[];
  appBytes: { total: number; byDirectory: Record<string, number> };
  packages: number;
}

/** The package a bundled input belongs to: `node_modules/<pkg>`, this app, or the runtime's stand-ins. */
function ownerOf(path: string): string {
  const at = path.lastIndexOf("node_modules/");
  if (at >= 0) {
    const [scope = "", name = ""] = path.slice(at + "node_modules/".length).split("/");
    return scope.startsWith("@") ? `${scope}/${name}` : scope;
  }
  if (path.startsWith("src/") || path.startsWith("demo/")) return "(this app: src/, demo/)";
  return "(wrangler's Node.js built-in shims)";
}

function buildBundle(): { dir: string; report: BundleReport } {
  const dir = join(directory, "bundle");
  const metafile = join(directory, "bundle-meta.json");
  const started = performance.now();
  const built = spawnSync(
    "npx",
    ["wrangler", "deploy", "--dry-run", "--outdir", dir, "--metafile", metafile],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" },
    },
  );
  const buildMs = Math.round(performance.now() - started);
  if (built.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${built.stderr}`);
  const output = `${built.stdout}\n${built.stderr}`;
  const uploaded = /Total Upload:\s*([\d.]+)\s*KiB\s*\/\s*gzip:\s*([\d.]+)\s*KiB/.exec(output);

  const files = readdirSync(dir)
    .filter((name) => !name.endsWith(".map") && name !== "README.md")
    .map((name) => ({ name, bytes: statSync(join(dir, name)).size }));
  const workerJs = readFileSync(join(dir, "worker.js"));
  const workerJsGzipBytes = gzipSync(workerJs, { level: 9 }).length;

  const meta = JSON.parse(readFileSync(metafile, "utf8")) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  const output_ = Object.entries(meta.outputs).find(([name]) => name.endsWith("worker.js"))?.[1];
  if (!output_) throw new Error("wrangler's metafile names no worker.js");
  const byOwner = new Map<string, number>();
  const byDirectory: Record<string, number> = {};
  for (const [path, { bytesInOutput }] of Object.entries(output_.inputs)) {
    const owner = ownerOf(path);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + bytesInOutput);
    if (owner.startsWith("(this app")) {
      const top = path
        .split("/")
        .slice(0, path.startsWith("src/") ? 2 : 1)
        .join("/");
      byDirectory[top] = (byDirectory[top] ?? 0) + bytesInOutput;
    }
  }
  const ranked = [...byOwner].sort((a, b) => b[1] - a[1]);
  const gzipMiB = workerJsGzipBytes / 2 ** 20;
  return {
    dir,
    report: {
      files,
      workerJsBytes: workerJs.length,
      workerJsGzipBytes,
      wrangler: uploaded
        ? { line: uploaded[0], totalKiB: Number(uploaded[1]), gzipKiB: Number(uploaded[2]) }
        : null,
      buildMs,
      limits: {
        freeGzipMiB: SIZE_LIMIT_MIB.free,
        paidGzipMiB: SIZE_LIMIT_MIB.paid,
        shareOfFree: Math.round((gzipMiB / SIZE_LIMIT_MIB.free) * 1000) / 1000,
        shareOfPaid: Math.round((gzipMiB / SIZE_LIMIT_MIB.paid) * 1000) / 1000,
      },
      topContributors: ranked.slice(0, 10).map(([name, bytes]) => ({
        name,
        bytes,
        share: Math.round((bytes / workerJs.length) * 1000) / 1000,
      })),
      appBytes: {
        total: byOwner.get("(this app: src/, demo/)") ?? 0,
        byDirectory: Object.fromEntries(Object.entries(byDirectory).sort((a, b) => b[1] - a[1])),
      },
      packages: ranked.filter(([name]) => !name.startsWith("(")).length,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The loopback sink: Slack's response URLs and Web API, Discord's API

interface Sink {
  server: Server;
  port: number;
  /** When each reply to a response URL arrived (performance.now()), and what it said. */
  replies: Map<string, { at: number; body: string }>;
  /** Other calls (the platforms' APIs), by path. */
  apiCalls: Map<string, number>;
  /** Resolves with the arrival time of the reply at `path`, or undefined after `timeoutMs`. */
  arrival(path: string, timeoutMs: number): Promise<number | undefined>;
}

function startSink(): Promise<Sink> {
  const replies = new Map<string, { at: number; body: string }>();
  const apiCalls = new Map<string, number>();
  const waiters = new Map<string, (at: number) => void>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const at = performance.now();
      const path = new URL(request.url ?? "/", "http://sink").pathname;
      if (path.startsWith("/reply/")) {
        replies.set(path, { at, body: Buffer.concat(chunks).toString("utf8") });
        waiters.get(path)?.(at);
        waiters.delete(path);
      } else apiCalls.set(path, (apiCalls.get(path) ?? 0) + 1);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ok: true, id: "1", channel_id: "1", ts: "1.1" }));
    });
  });
  const arrival = (path: string, timeoutMs: number) => {
    const known = replies.get(path);
    if (known) return Promise.resolve<number | undefined>(known.at);
    return new Promise<number | undefined>((resolve) => {
      const timer = setTimeout(() => {
        waiters.delete(path);
        resolve(undefined);
      }, timeoutMs);
      waiters.set(path, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  };
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, port: (server.address() as { port: number }).port, replies, apiCalls, arrival }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// workerd in Miniflare

/** What the Worker logged at warn or error level, or on stderr, over the whole run (first lines kept). */
const workerProblems: string[] = [];
let workerProblemCount = 0;
/** While set, every line the Worker writes (the tick at scale reads its own outcome from them). */
let recordLines: string[] | undefined;

function collectLines(stream: Readable, fromStderr: boolean) {
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (line.trim() === "") continue;
      if (recordLines) {
        recordLines.push(line);
        continue;
      }
      if (fromStderr || /"level":"(warn|error)"/.test(line)) {
        workerProblemCount += 1;
        if (workerProblems.length < 10) workerProblems.push(line.slice(0, 300));
      }
    }
  });
}

const stdio = {
  handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
    collectLines(stdout, false);
    collectLines(stderr, true);
  },
};

const workerSettings = {
  compatibilityDate: COMPATIBILITY_DATE,
  compatibilityFlags: COMPATIBILITY_FLAGS,
  d1Databases: { DB: D1_DATABASE_ID },
  ...stdio,
};

/**
 * The bundle as `wrangler deploy` would run it, with a fresh local D1 bound as DB. Given as the one
 * ES module it is: harness.ts's `scriptPath` form makes Miniflare parse the 5.6 MB module in Node to
 * find its imports before workerd starts, which no Cloudflare cold start includes (measured below).
 */
function bundleWorker(bundleDir: string, bindings: Record<string, string>): Miniflare {
  const path = join(bundleDir, "worker.js");
  return new Miniflare({
    ...workerSettings,
    modulesRoot: bundleDir,
    modules: [{ type: "ESModule", path, contents: readFileSync(path, "utf8") }],
    bindings,
  });
}

/** Miniflare given only the path: `scriptPath` with `modules: true` (harness.ts gives the contents too). */
function harnessFormWorker(bundleDir: string, bindings: Record<string, string>): Miniflare {
  return new Miniflare({
    ...workerSettings,
    modules: true,
    scriptPath: join(bundleDir, "worker.js"),
    modulesRoot: bundleDir,
    bindings,
  });
}

/**
 * The least a Worker can be, with the same settings and bindings: what workerd and Miniflare cost
 * alone. `busyMs` makes its top level busy-wait that long, to show that "ready" includes evaluation.
 */
function trivialWorker(bindings: Record<string, string>, busyMs = 0): Miniflare {
  const busy = busyMs > 0 ? `const until = Date.now() + ${busyMs}; while (Date.now() < until) {}\n` : "";
  return new Miniflare({
    ...workerSettings,
    modules: true,
    script: `${busy}export default { fetch() { return Response.json({ status: "ok" }); } };`,
    bindings,
  });
}

async function migrate(mf: Miniflare): Promise<void> {
  const d1 = await mf.getD1Database("DB");
  for (const statements of migrationStatements())
    await d1.batch(statements.map((statement) => d1.prepare(statement)));
}

/** The workerd processes this process has started and that still run. */
function workerdPids(): Set<number> {
  const pids = new Set<number>();
  for (const task of readdirSync(`/proc/${process.pid}/task`)) {
    let children = "";
    try {
      children = readFileSync(`/proc/${process.pid}/task/${task}/children`, "utf8");
    } catch {
      continue;
    }
    for (const pid of children.split(/\s+/).filter(Boolean).map(Number)) {
      try {
        if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "workerd") pids.add(pid);
      } catch {
        // Gone meanwhile.
      }
    }
  }
  return pids;
}

const CLOCK_TICK_MS = 10; // USER_HZ is 100 on Linux
/** CPU time (user + system) a process has used, in ms, at a 10 ms resolution. */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return Number.NaN;
  }
}

interface Started {
  mf: Miniflare;
  pid: number | undefined;
  readyMs: number;
  /** This process's CPU time meanwhile: Miniflare preparing workerd's configuration. */
  nodeCpuMs: number;
}

async function start(make: () => Miniflare): Promise<Started> {
  const before = workerdPids();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const mf = make();
  await mf.ready;
  const readyMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const pid = [...workerdPids()].find((candidate) => !before.has(candidate));
  return { mf, pid, readyMs, nodeCpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

async function timedGet(mf: Miniflare, path: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await mf.dispatchFetch(`http://ogp.test${path}`);
  await response.text();
  return { ms: performance.now() - started, status: response.status };
}

interface ColdStart {
  readyMs: number;
  migrationsMs?: number;
  firstMs: number;
  secondMs: number;
  firstStatus: number;
  /** workerd's CPU time while it started, and during the first request (10 ms ticks). */
  readyCpuMs: number;
  /** This process's CPU time until ready (Miniflare's work in Node). */
  readyNodeCpuMs: number;
  firstCpuMs: number;
}

async function coldStart(make: () => Miniflare, migrated: boolean, keep = false) {
  const { mf, pid, readyMs, nodeCpuMs } = await start(make);
  const readyCpuMs = cpuMs(pid);
  let migrationsMs: number | undefined;
  if (migrated) {
    const started = performance.now();
    await migrate(mf);
    migrationsMs = performance.now() - started;
  }
  const cpuBefore = cpuMs(pid);
  const first = await timedGet(mf, "/healthz");
  const firstCpuMs = cpuMs(pid) - cpuBefore;
  const second = await timedGet(mf, "/healthz");
  const result: ColdStart = {
    readyMs: round1(readyMs),
    ...(migrationsMs === undefined ? {} : { migrationsMs: round1(migrationsMs) }),
    firstMs: round1(first.ms),
    secondMs: round1(second.ms),
    firstStatus: first.status,
    readyCpuMs,
    readyNodeCpuMs: nodeCpuMs,
    firstCpuMs,
  };
  if (!keep) await mf.dispose();
  return { result, mf: keep ? mf : undefined, pid };
}

// ---------------------------------------------------------------------------------------------------
// Statistics

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const percentile = (values: number[], share: number): number => {
  const ordered = sorted(values);
  return ordered.length === 0
    ? 0
    : ordered[Math.min(ordered.length - 1, Math.floor(ordered.length * share))]!;
};
const summary = (values: number[]) => ({
  n: values.length,
  p50: round1(percentile(values, 0.5)),
  max: round1(Math.max(...values)),
});
const summary99 = (values: number[]) => ({
  n: values.length,
  min: round1(Math.min(...values)),
  p50: round1(percentile(values, 0.5)),
  p99: round1(percentile(values, 0.99)),
  max: round1(Math.max(...values)),
});

// ---------------------------------------------------------------------------------------------------
// The warm webhook path

let sequence = 0;

/** A signed `/ogp` command from the demo's linked Slack user, its reply addressed to the sink. */
function slashCommandRequest(text: string, sinkPort: number) {
  const id = `${text.split(" ")[0]}-${++sequence}`;
  // Slack's clock: now, inside the Worker's 5-minute window.
  const { body, headers } = signedSlashCommand({
    text,
    responseUrl: `http://127.0.0.1:${sinkPort}/reply/${id}`,
    triggerId: `trigger-${id}`,
    secret: SIGNING_SECRET,
  });
  return { replyPath: `/reply/${id}`, init: { method: "POST", headers, body } };
}

interface CommandSeries {
  text: string;
  sent: number;
  acknowledged: number;
  answered: number;
  ackStatuses: Record<string, number>;
  ackMs: ReturnType<typeof summary99>;
  /** From the acknowledgement's arrival at the client to the reply's arrival at the response URL. */
  replyAfterAckMs: ReturnType<typeof summary99>;
  /** From the request's departure to the reply's arrival. */
  replyAfterRequestMs: ReturnType<typeof summary99>;
  /** workerd's CPU time over the series, per command (10 ms ticks, summed over the series). */
  workerdCpuMsPerCommand: number;
  wallSeconds: number;
  firstReply: string;
}

/**
 * One command at a time: the next is sent once the previous one's reply has reached the sink, so each
 * measures one request's work, not a queue's (what the Worker still does after the reply, the
 * delivery pass, can overlap the next request).
 */
async function commandSeries(
  mf: Miniflare,
  pid: number | undefined,
  sink: Sink,
  text: string,
  count: number,
): Promise<CommandSeries> {
  const acks: number[] = [];
  const afterAck: number[] = [];
  const afterRequest: number[] = [];
  const statuses: Record<string, number> = {};
  let firstPath = "";
  const cpuBefore = cpuMs(pid);
  const began = performance.now();
  for (let index = 0; index < count; index++) {
    const { replyPath, init } = slashCommandRequest(text, sink.port);
    if (index === 0) firstPath = replyPath;
    const sent = performance.now();
    const response = await mf.dispatchFetch("http://ogp.test/slack/events", init);
    await response.text();
    const acknowledged = performance.now();
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    if (response.status !== 200) continue;
    acks.push(acknowledged - sent);
    const arrived = await sink.arrival(replyPath, REPLY_TIMEOUT_MS);
    if (arrived === undefined) continue;
    afterAck.push(arrived - acknowledged);
    afterRequest.push(arrived - sent);
  }
  const wallSeconds = (performance.now() - began) / 1000;
  const firstReply = sink.replies.get(firstPath)?.body ?? "";
  let firstText = firstReply;
  try {
    const parsed = JSON.parse(firstReply) as { text?: string };
    firstText = parsed.text ?? firstReply;
  } catch {
    // Kept raw.
  }
  return {
    text,
    sent: count,
    acknowledged: acks.length,
    answered: afterAck.length,
    ackStatuses: statuses,
    ackMs: summary99(acks),
    replyAfterAckMs: summary99(afterAck),
    replyAfterRequestMs: summary99(afterRequest),
    workerdCpuMsPerCommand: round1((cpuMs(pid) - cpuBefore) / count),
    wallSeconds: round1(wallSeconds),
    firstReply: firstText.slice(0, 160),
  };
}

/** A Cron Trigger on the every-minute schedule: catch-up of left-behind webhook work and a delivery pass. */
async function cronPasses(mf: Miniflare, count: number) {
  const worker = await mf.getWorker();
  const durations: number[] = [];
  const outcomes: Record<string, number> = {};
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    const { outcome } = await worker.scheduled({ cron: "* * * * *", scheduledTime: new Date() });
    durations.push(performance.now() - started);
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  return { cron: "* * * * *", outcomes, ms: summary(durations), p50Ms: round1(percentile(durations, 0.5)) };
}

/** What the local D1 answers to `sql` with `values` bound: "accepted", or its error. */
async function probeD1(mf: Miniflare, sql: string, values: string[] = []): Promise<string> {
  const d1 = await mf.getD1Database("DB");
  try {
    await d1
      .prepare(sql)
      .bind(...values)
      .raw();
    return "accepted";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A lookup binding `count` values. */
const boundValues = (mf: Miniflare, count: number) =>
  probeD1(
    mf,
    `select count(*) from members where id in (${Array.from({ length: count }, () => "?").join(", ")})`,
    Array.from({ length: count }, (_, index) => `m-${index}`),
  );

/** A statement `bytes` long (a string literal padded to length). */
const statementOf = (mf: Miniflare, bytes: number) => {
  const head = "select length('";
  const tail = "')";
  return probeD1(mf, `${head}${"x".repeat(bytes - head.length - tail.length)}${tail}`);
};

// ---------------------------------------------------------------------------------------------------
// The rules tick at scale, on the Worker: 1,000 members in one evaluation batch

/** A UUID-shaped id (36 characters, as the app's) numbered by the SQL expression `n`. */
const uuidSql = (prefix: string, n: string) => `printf('${prefix}%07d-0000-4000-8000-000000000000', ${n})`;

/**
 * The demo, then `members` copies of its first member and `perMember` role holders each (government
 * officials, no chat identity), written with SQL in the D1 itself.
 */
async function addMembers(mf: Miniflare, members: number, perMember: number): Promise<void> {
  const d1 = await mf.getD1Database("DB");
  const numbers = (count: number) =>
    `with recursive n(i) as (select 1 union all select i + 1 from n where i < ${count})`;
  await d1.exec(
    `${numbers(members)} insert into members (id, slug, code, name, country, jurisdiction_type, language, time_zone, joined_on, status, created_at) select ${uuidSql("a", "i")}, 'bench-' || i, 'bn' || i, 'Bench member ' || i, country, jurisdiction_type, language, time_zone, joined_on, status, created_at from n, (select * from members limit 1)`,
  );
  await d1.exec(
    `${numbers(members * perMember)} insert into persons (id, name, email, language, created_at) select ${uuidSql("b", "i")}, 'Bench person ' || i, 'bench' || i || '@bench.example', 'en', 0 from n`,
  );
  await d1.exec(
    `${numbers(members * perMember)} insert into role_assignments (id, person_id, role, scope, member_id, can_post_updates, created_at) select ${uuidSql("c", "i")}, ${uuidSql("b", "i")}, 'government_official', 'member', ${uuidSql("a", `((i - 1) / ${perMember}) + 1`)}, 0, 0 from n`,
  );
}

/** A drizzle error as logged: "Failed query: SQL\nparams: …", cut short, with its placeholders counted. */
function describeFailure(error: string) {
  const query = /^Failed query: ([\s\S]*?)\nparams:/.exec(error)?.[1];
  return {
    error: error.slice(0, 300),
    errorLength: error.length,
    ...(query ? { placeholders: query.split("?").length - 1 } : {}),
  };
}

async function tickAtScale(bundleDir: string, bindings: Record<string, string>, perMember: number) {
  const { mf } = await start(() => bundleWorker(bundleDir, bindings));
  try {
    await migrate(mf);
    await (await mf.dispatchFetch("http://ogp.test/healthz")).text(); // loads the demo
    await addMembers(mf, SCALE_MEMBERS, perMember);
    const worker = await mf.getWorker();
    const lines: string[] = [];
    recordLines = lines;
    const started = performance.now();
    // SCHEDULE_CRON's default: the rules tick, then catch-up and a delivery pass.
    const { outcome } = await worker.scheduled({ cron: "0 * * * *", scheduledTime: new Date() });
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200)); // the last log lines
    recordLines = undefined;
    const parsed = lines.flatMap((line) => {
      try {
        return [JSON.parse(line.slice(line.indexOf("{"))) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
    const failed = parsed.find((entry) => entry.message === "scheduler tick failed");
    const ticked = parsed.find((entry) => entry.message === "scheduler tick");
    return {
      members: SCALE_MEMBERS,
      roleHoldersPerMember: perMember,
      handlerOutcome: outcome,
      tick: failed ? "failed" : ticked ? "ok" : "no log line",
      ...(failed ? describeFailure(String(failed.error)) : {}),
      ...(ticked ? { evaluated: ticked.evaluated } : {}),
      ms: Math.round(ms),
    };
  } finally {
    recordLines = undefined;
    await mf.dispose();
  }
}

// ---------------------------------------------------------------------------------------------------

async function measure() {
  const runStarted = performance.now();
  const loadAtStart = loadavg().map((value) => Math.round(value * 100) / 100);

  const { dir: bundleDir, report: bundle } = buildBundle();
  process.stdout.write(
    `bundle: ${bundle.workerJsBytes} bytes, gzip ${bundle.workerJsGzipBytes} (${bundle.wrangler?.line ?? "no wrangler line"})\n`,
  );

  const sink = await startSink();
  const keys = generateKeyPairSync("ed25519");
  const discordPublicKey = keys.publicKey
    .export({ format: "der", type: "spki" })
    .subarray(-32)
    .toString("hex");
  const bindings = (demo: "on" | "off"): Record<string, string> => ({
    // wrangler.toml's [vars]
    DEMO_DATA: demo,
    LOG_LEVEL: "info",
    // What `wrangler secret put` would give: dummies, the platforms' APIs on the loopback sink.
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-bench-worker",
    SLACK_API_URL: `http://127.0.0.1:${sink.port}/slack-api/`,
    DISCORD_PUBLIC_KEY: discordPublicKey,
    DISCORD_APPLICATION_ID: "900000000000000001",
    DISCORD_BOT_TOKEN: "bench-discord-bot-token",
    DISCORD_API_URL: `http://127.0.0.1:${sink.port}/discord-api`,
    LINK_CODE_SECRET: "bench-link-code-secret-0123456789",
  });

  // The first Miniflare of a process pays for loading Miniflare itself: not recorded.
  await (await start(() => trivialWorker(bindings("off")))).mf.dispose();

  const cold: ColdStart[] = [];
  const trivial: ColdStart[] = [];
  for (let index = 0; index < COLD_STARTS; index++) {
    cold.push((await coldStart(() => bundleWorker(bundleDir, bindings("off")), true)).result);
    if (index < TRIVIAL_STARTS)
      trivial.push((await coldStart(() => trivialWorker(bindings("off")), false)).result);
    process.stdout.write(`cold start ${index + 1}: ${JSON.stringify(cold.at(-1))}\n`);
  }
  // A trivial Worker whose top level busy-waits: ready that much later if "ready" includes evaluation.
  const busy = await start(() => trivialWorker(bindings("off"), EVALUATION_CHECK_MS));
  await busy.mf.dispose();
  const harnessForm: { readyMs: number; readyNodeCpuMs: number }[] = [];
  for (let index = 0; index < HARNESS_FORM_STARTS; index++) {
    const started = await start(() => harnessFormWorker(bundleDir, bindings("off")));
    await started.mf.dispose();
    harnessForm.push({ readyMs: round1(started.readyMs), readyNodeCpuMs: started.nodeCpuMs });
  }

  const demo: ColdStart[] = [];
  let warm: { mf: Miniflare; pid: number | undefined } | undefined;
  for (let index = 0; index < DEMO_STARTS; index++) {
    const last = index === DEMO_STARTS - 1;
    const started = await coldStart(() => bundleWorker(bundleDir, bindings("on")), true, last);
    demo.push(started.result);
    if (last && started.mf) warm = { mf: started.mf, pid: started.pid };
    process.stdout.write(`demo start ${index + 1}: ${JSON.stringify(started.result)}\n`);
  }
  if (!warm) throw new Error("no instance kept for the warm path");

  // Unrecorded: the first commands compile the Slack path.
  await commandSeries(warm.mf, warm.pid, sink, "help", WARMUP_COMMANDS);
  const help = await commandSeries(warm.mf, warm.pid, sink, "help", HELP_COMMANDS);
  process.stdout.write(`help: ${JSON.stringify(help)}\n`);
  const status = await commandSeries(warm.mf, warm.pid, sink, "status kowhai-coast", STATUS_COMMANDS);
  process.stdout.write(`status: ${JSON.stringify(status)}\n`);
  const cron = await cronPasses(warm.mf, CRON_PASSES);
  const d1Limits = {
    boundValues: { "100": await boundValues(warm.mf, 100), "101": await boundValues(warm.mf, 101) },
    statementBytes: {
      "99990": await statementOf(warm.mf, 99_990),
      "100010": await statementOf(warm.mf, 100_010),
    },
  };
  await warm.mf.dispose();
  const problemsBeforeScale = workerProblemCount;
  const tickScale = [];
  for (const perMember of SCALE_ROLE_HOLDERS) {
    tickScale.push(await tickAtScale(bundleDir, bindings("on"), perMember));
    process.stdout.write(`tick at scale: ${JSON.stringify(tickScale.at(-1))}\n`);
  }
  sink.server.close();

  const pick = (runs: ColdStart[], key: keyof ColdStart) => runs.map((run) => Number(run[key]));
  const coldSummary = (runs: ColdStart[]) => ({
    readyMs: summary(pick(runs, "readyMs")),
    readyWorkerdCpuMs: summary(pick(runs, "readyCpuMs")),
    readyNodeCpuMs: summary(pick(runs, "readyNodeCpuMs")),
    firstHealthzMs: summary(pick(runs, "firstMs")),
    firstHealthzWorkerdCpuMs: summary(pick(runs, "firstCpuMs")),
    secondHealthzMs: summary(pick(runs, "secondMs")),
  });
  const report = {
    benchmark: "worker",
    at: new Date().toISOString(),
    machine: {
      ...machineInfo(),
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg().map((value) => Math.round(value * 100) / 100),
    },
    setup: {
      compatibilityDate: COMPATIBILITY_DATE,
      compatibilityFlags: COMPATIBILITY_FLAGS,
      miniflare: readJson("node_modules/miniflare/package.json").version,
      wrangler: readJson("node_modules/wrangler/package.json").version,
      coldStarts: COLD_STARTS,
      trivialStarts: TRIVIAL_STARTS,
      demoStarts: DEMO_STARTS,
      harnessFormStarts: HARNESS_FORM_STARTS,
      helpCommands: HELP_COMMANDS,
      statusCommands: STATUS_COMMANDS,
      warmupCommands: WARMUP_COMMANDS,
      logLevel: "info",
    },
    bundle,
    coldStart: {
      bundle: { ...coldSummary(cold), migrationsMs: summary(pick(cold, "migrationsMs")), runs: cold },
      trivialWorker: { ...coldSummary(trivial), runs: trivial },
      demoData: { ...coldSummary(demo), runs: demo },
      evaluationCheck: {
        topLevelBusyMs: EVALUATION_CHECK_MS,
        readyMs: round1(busy.readyMs),
        trivialReadyP50Ms: summary(pick(trivial, "readyMs")).p50,
      },
      harnessForm: {
        readyMs: summary(harnessForm.map((run) => run.readyMs)),
        readyNodeCpuMs: summary(harnessForm.map((run) => run.readyNodeCpuMs)),
        runs: harnessForm,
      },
    },
    warm: {
      help,
      status,
      cron,
      sinkApiCalls: Object.fromEntries(sink.apiCalls),
    },
    d1: { limits: d1Limits, tickAtScale: tickScale },
    workerLog: { warningsOrErrors: problemsBeforeScale, first: workerProblems },
    runSeconds: round1((performance.now() - runStarted) / 1000),
  };
  return report;
}

type Report = Awaited<ReturnType<typeof measure>>;

async function main() {
  const report = await measure();
  mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
  writeFileSync(new URL("./results/worker.json", import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  writePerformanceDoc(report);
  process.stdout.write(`done in ${report.runSeconds} s: bench/results/worker.json, docs/performance.md\n`);
}

function readJson(path: string): { version: string } {
  return JSON.parse(readFileSync(join(root, path), "utf8"));
}

// ---------------------------------------------------------------------------------------------------
// docs/performance.md

const BEGIN = "<!-- worker-benchmark:begin -->";
const END = "<!-- worker-benchmark:end -->";

function writePerformanceDoc(report: Report) {
  const file = new URL("../docs/performance.md", import.meta.url);
  const doc = existsSync(file) ? readFileSync(file, "utf8") : "# Performance\n";
  const { bundle, coldStart, warm } = report;
  const pm = (value: { p50: number; max: number }) => `${value.p50} / ${value.max}`;
  const kib = (bytes: number) => (bytes / 1024).toFixed(0);
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
  const { help, status } = warm;
  // The reply can reach the sink before the acknowledgement reaches this process (both cross its event
  // loop), so the bound of the work after the response is the reply's time after the request.
  const slowestWork = Math.max(help.replyAfterRequestMs.max, status.replyAfterRequestMs.max);
  const series = (run: CommandSeries) =>
    `| \`/ogp ${run.text}\` | ${run.answered} / ${run.sent} | ${run.ackMs.p50} / ${run.ackMs.p99} / ${run.ackMs.max} | ${run.replyAfterAckMs.p50} / ${run.replyAfterAckMs.p99} / ${run.replyAfterAckMs.max} | ${run.replyAfterRequestMs.p50} / ${run.replyAfterRequestMs.p99} / ${run.replyAfterRequestMs.max} | ${run.workerdCpuMsPerCommand} |`;
  const { limits, tickAtScale: tickScale } = report.d1;
  const cpuText = (ms: number) => (ms === 0 ? "less than the 10 ms resolution" : `${ms} ms`);
  const answer = (outcome: string | undefined) =>
    outcome === "accepted" ? "accepted" : `refused ("${(outcome ?? "").replace(/\s+/g, " ").slice(0, 60)}")`;
  const tickRows = tickScale
    .map(
      (run) =>
        `| ${run.members.toLocaleString("en")} | ${run.roleHoldersPerMember} | ${run.tick} | ${run.evaluated ?? "—"} | ${run.ms} |`,
    )
    .join("\n");
  const failedTick = tickScale.find((run) => run.tick === "failed");
  const coldGroups = [
    ["this Worker", coldStart.bundle],
    ["trivial Worker", coldStart.trivialWorker],
    [`this Worker, DEMO_DATA=on (${coldStart.demoData.readyMs.n} runs)`, coldStart.demoData],
  ] as const;
  const coldRows = coldGroups
    .map(
      ([name, group]) =>
        `| ${name} | ${pm(group.readyMs)} | ${pm(group.readyWorkerdCpuMs)} | ${pm(group.readyNodeCpuMs)} | ${pm(group.firstHealthzMs)} | ${pm(group.firstHealthzWorkerdCpuMs)} | ${pm(group.secondHealthzMs)} |`,
    )
    .join("\n");
  const section = `${BEGIN}
## Cloudflare Workers (\`npm run bench:worker\`)

Measured ${report.at.slice(0, 10)} on ${report.machine.cpus} cores (${report.machine.cpuModel}), Node ${report.machine.node},
load average ${report.machine.loadAverageAtStart.join(" / ")} at the start and ${report.machine.loadAverageAtEnd.join(" / ")} at
the end; workerd through Miniflare ${report.setup.miniflare} (wrangler ${report.setup.wrangler}, compatibility date
${report.setup.compatibilityDate}), everything on loopback, ${report.runSeconds} s in all. Results: \`bench/results/worker.json\`.

### Bundle

What \`npm run deploy\` uploads, built by \`wrangler deploy --dry-run\`: \`worker.js\` is
${bundle.workerJsBytes.toLocaleString("en")} bytes, ${bundle.workerJsGzipBytes.toLocaleString("en")} gzipped (node:zlib level 9; wrangler
says "${bundle.wrangler?.line ?? "—"}"). Cloudflare's limit applies to the compressed size:
${mib(bundle.workerJsGzipBytes)} MiB is ${(bundle.limits.shareOfFree * 100).toFixed(0)} % of the free plan's ${bundle.limits.freeGzipMiB} MB and ${(bundle.limits.shareOfPaid * 100).toFixed(0)} % of the paid plan's
${bundle.limits.paidGzipMiB} MB. ${MINIFIED ? "Minified (`minify = true` in wrangler.toml)" : "Not minified (wrangler's default)"}. The largest contributors to \`worker.js\` (esbuild's metafile, bytes
before compression, by package; ${bundle.packages} packages in all):

| contributor | KiB | share of worker.js |
|---|---:|---:|
${bundle.topContributors.map((entry) => `| ${entry.name} | ${kib(entry.bytes)} | ${(entry.share * 100).toFixed(1)} % |`).join("\n")}

iconv-lite and mime-db come with the Express and HTTP receivers that @slack/bolt's entry point loads
(body-parser, raw-body, mime-types); the Worker receives Slack through its own Hono receiver. The app's own ${kib(bundle.appBytes.total)} KiB include the bundled demo dossier.

### Cold start

${coldStart.bundle.readyMs.n} fresh instances, each a new workerd process with a fresh local D1 (migrations applied
between ready and the first request, not timed: ${coldStart.bundle.migrationsMs.p50} ms p50), DEMO_DATA off, LOG_LEVEL info,
Slack and Discord configured with dummy credentials and their APIs on a loopback sink; beside them,
${coldStart.trivialWorker.readyMs.n} of a trivial Worker (one \`fetch\` returning JSON) with the same settings and bindings. "Ready" runs
from \`new Miniflare\` to \`mf.ready\`: Miniflare prepares workerd's configuration in Node, workerd
starts, compiles the module and evaluates its top level (a trivial Worker whose top level busy-waits
${coldStart.evaluationCheck.topLevelBusyMs} ms was ready after ${coldStart.evaluationCheck.readyMs} ms, against ${coldStart.evaluationCheck.trivialReadyP50Ms} ms without: the top level runs before
ready). p50 / max, ms:

| | ready | workerd CPU to ready | Node (Miniflare) CPU to ready | first \`/healthz\` | workerd CPU, first request | second \`/healthz\` |
|---|---:|---:|---:|---:|---:|---:|
${coldRows}

The bundle costs workerd about ${coldStart.bundle.readyWorkerdCpuMs.p50 - coldStart.trivialWorker.readyWorkerdCpuMs.p50} ms more CPU than the trivial Worker before it is ready:
parsing, compiling and evaluating its ${kib(bundle.workerJsBytes)} KiB (Cloudflare allows 1 s to parse and
evaluate a Worker's top level). Miniflare's own share is Node's, no part of a Cloudflare cold start;
given only the path (\`scriptPath\` with \`modules: true\`), Miniflare also parses the module in Node to
find its imports: ready after ${coldStart.harnessForm.runs.map((run) => `${run.readyMs} ms (${run.readyNodeCpuMs} ms of Node CPU)`).join(" and ")}, so this
benchmark hands Miniflare the one module directly.

The first request composes the runtime for the isolate (environment validation, Bolt's App, the
Discord endpoints, the D1 client; src/runtime/worker/runtime.ts) and answers \`/healthz\` (a D1 ping); with
DEMO_DATA=on it also imports the demo dossier into the empty D1 (one batch). The second request is
the same \`/healthz\` on the composed runtime. CPU times are the whole workerd process, from /proc at a
10 ms resolution: they include Miniflare's proxy Worker in front of ours and the local D1's SQLite,
so they are an upper bound of what Cloudflare would count for the isolate. The free plan allows
10 ms of CPU per request: a first request took ${coldStart.bundle.firstHealthzWorkerdCpuMs.p50} ms of workerd CPU here against the trivial Worker's
${cpuText(coldStart.trivialWorker.firstHealthzWorkerdCpuMs.p50)}, so a cold isolate's first request may go past it there (the paid plan allows 30 s).

What this local measurement cannot show: on Cloudflare, a cold request also pays for the network
to the nearest data centre (TLS included), for placing the script in an isolate on the machine that
takes the request there, on hardware and load this machine does not share, and every D1 query is a
round trip from that location to the database's primary (its region), where the local D1 sits in
the same process. The runtime composition above runs once per isolate, and Cloudflare starts a new
isolate in each location that receives traffic, and again after an eviction.

### Warm webhook path, and waitUntil rather than a Queue

One instance with the demo (the last DEMO_DATA=on start above), after ${WARMUP_COMMANDS} unrecorded
commands: correctly signed Slack slash commands from Aroha Ngata (T0KOWHAI / U0AROHA, linked in the
demo), one at a time, each sent once the previous reply had reached the loopback response URL. The
Worker acknowledges with 200 and answers under \`waitUntil\` (a POST to the response URL). ms:

| command | answered | ack p50 / p99 / max | reply after the ack p50 / p99 / max | reply after the request p50 / p99 / max | workerd CPU per command |
|---|---:|---:|---:|---:|---:|
${series(help)}
${series(status)}

The first replies read "${help.firstReply.split("\n")[0]}" and "${status.firstReply.split("\n")[0]}". "After the ack" is
timed in this process, which also runs the sink: a reply can be seen before the acknowledgement that
preceded it${Math.min(help.replyAfterAckMs.min, status.replyAfterAckMs.min) < 0 ? ` (the smallest values here are ${help.replyAfterAckMs.min} and ${status.replyAfterAckMs.min} ms)` : ""}, so the bound of the work after the
response is the reply's time after the request. After the reply, the same \`waitUntil\` delivers
what the outbox has due, in passes, until nothing is due, 40 deliveries or 20 s (runtime.ts); with
nothing due, as here, that is one empty pass. A Cron Trigger with nothing left to do (catch-up of
webhook work and an empty delivery pass, \`* * * * *\`) took ${warm.cron.ms.p50} ms p50, ${warm.cron.ms.max} ms max over ${warm.cron.ms.n} passes. workerd's CPU per command
is the whole process's over the series (Miniflare's proxy, the local D1 and the sink's HTTP client
included). The Worker logged ${report.workerLog.warningsOrErrors} warnings or errors over the run.

Cloudflare keeps an invocation's \`waitUntil\` work for 30 s after the response, then cancels it. The
slowest command here was answered ${slowestWork} ms after its request, about ${Math.round(WAIT_UNTIL_MS / Math.max(slowestWork, 1))}× below that. In
production each D1 query of a command becomes a round trip to the database's region and the reply
goes to Slack over the internet; we expect that to add tens to hundreds of ms, not tens of seconds.
What can use the window is the delivery after it when alerts are due: its passes stop starting
after 20 s, so the last one has the remaining 10 s (not measured here: this run had nothing due).
Hence \`waitUntil\` rather than Cloudflare Queues: a Queue would add a producer write, a consumer
invocation and its batching delay to every command, for work that ends well inside the window.
What \`waitUntil\` does not guarantee (an isolate evicted, a deploy) is covered without a Queue: the
command is recorded in D1 with its claim before the acknowledgement, and the every-minute Cron
Trigger takes up what was left.

### D1's limits

Production D1 refuses a statement that binds more than 100 values or is longer than 100,000 bytes.
The local D1 (workerd's SQLite) enforces both here: 100 bound values were ${answer(limits.boundValues["100"])}, 101
${answer(limits.boundValues["101"])}; a statement of 99,990 bytes was ${answer(limits.statementBytes["99990"])}, one of 100,010 ${answer(limits.statementBytes["100010"])}. So local runs,
the Worker tests included, refuse what production would, on the paths they drive with enough rows
(the demo has 5 members). The D1 adapter (src/db/d1-client.ts) cuts multi-row inserts into pieces of
at most 100 values and writes the values of any other statement past 100 into its SQL as literals;
what remains is the length limit, reached by an \`in (…)\` of about 2,500 ids (UUIDs, 40 bytes each
once quoted). The rules tick on the Worker (Cron Trigger \`0 * * * *\`, which reads and plans 1,000
members a batch), with the demo plus ${tickScale[0]?.members.toLocaleString("en")} members added in the D1, each with role holders:

| members added | role holders each | tick | evaluated | ms |
|---:|---:|---|---:|---:|
${tickRows}

${
  failedTick
    ? `The failing statement is the lookup of the role holders' chat identities (\`recipientsOf\` in
src/db/repositories/alert-audiences.ts): one \`in (…)\` over every role holder of the batch's members,
${failedTick.placeholders?.toLocaleString("en") ?? "?"} values, about ${Math.round(((failedTick.placeholders ?? 0) * 40) / 1000)} KB once inlined. The Worker logged it as \`${failedTick.error?.slice(0, 40)}…\`,
${failedTick.errorLength?.toLocaleString("en")} characters of query and parameters, without D1's reason (drizzle keeps it in the
error's \`cause\`, which \`guarded\` in runtime.ts does not log). `
    : `The lookup that grows fastest, the role holders' chat identities (\`recipientsOf\` in
src/db/repositories/alert-audiences.ts), reads 500 people a statement (about 20 KB once inlined), so
the tick holds however many role holders the batch's members have. `
}The other
lookups over lists that grow with the data, as read in src/ when this section was written, are
chunked (500 keys at most: bulk.ts, outbox-alerts.ts; 200: enqueue.ts; 90: record.ts), over the
batch's member ids (1,000, about 40 KB), or over one member's or one page's rows; none of them was
driven to its limit here.
${END}`;
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  const updated =
    begin >= 0 && end > begin
      ? doc.slice(0, begin) + section + doc.slice(end + END.length)
      : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, updated);
}

try {
  await main();
} finally {
  rmSync(directory, { recursive: true, force: true });
}
