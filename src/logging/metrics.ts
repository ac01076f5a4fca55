/**
 * Operational metrics in Prometheus' text format (`GET /metrics`): counters and histograms that the
 * code records as things happen, and gauges read when scraped (`onCollect`, e.g. outbox counts). One
 * registry per process; label values are bounded by the code (routes as patterns, never raw paths).
 */

type Labels = Record<string, string>;

const labelText = (labels: Labels): string => {
  const entries = Object.entries(labels);
  if (entries.length === 0) return "";
  const escaped = entries.map(
    ([name, value]) =>
      `${name}="${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n")}"`,
  );
  return `{${escaped.join(",")}}`;
};
const keyOf = (labels: Labels): string => JSON.stringify(Object.entries(labels).sort());

export class Counter {
  private readonly values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = keyOf(labels);
    const entry = this.values.get(key);
    if (entry) entry.value += by;
    else this.values.set(key, { labels, value: by });
  }

  render(): string[] {
    return [
      `# HELP ${this.name} ${this.help}`,
      `# TYPE ${this.name} counter`,
      ...[...this.values.values()].map(({ labels, value }) => `${this.name}${labelText(labels)} ${value}`),
    ];
  }
}

export class Histogram {
  private readonly series = new Map<
    string,
    { labels: Labels; counts: number[]; sum: number; count: number }
  >();
  constructor(
    readonly name: string,
    readonly help: string,
    /** Upper bounds, in seconds, ascending. */
    readonly buckets: readonly number[],
  ) {}

  observe(seconds: number, labels: Labels = {}): void {
    const key = keyOf(labels);
    let entry = this.series.get(key);
    if (!entry) {
      entry = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, entry);
    }
    for (let i = 0; i < this.buckets.length; i++) if (seconds <= this.buckets[i]!) entry.counts[i]! += 1;
    entry.sum += seconds;
    entry.count += 1;
  }

  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const { labels, counts, sum, count } of this.series.values()) {
      for (const [i, bound] of this.buckets.entries())
        lines.push(`${this.name}_bucket${labelText({ ...labels, le: String(bound) })} ${counts[i]}`);
      lines.push(`${this.name}_bucket${labelText({ ...labels, le: "+Inf" })} ${count}`);
      lines.push(`${this.name}_sum${labelText(labels)} ${sum}`);
      lines.push(`${this.name}_count${labelText(labels)} ${count}`);
    }
    return lines;
  }
}

/** A gauge read at scrape time: its samples come from the collector (a database count, a queue length). */
export interface Gauge {
  name: string;
  help: string;
  collect(): Promise<{ labels: Labels; value: number }[]>;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  readonly httpRequests = new Counter(
    "ogp_http_requests_total",
    "HTTP requests by route pattern, method and status.",
  );
  readonly webhookAck = new Histogram(
    "ogp_webhook_ack_seconds",
    "Time from a chat webhook's arrival to its answer, by platform.",
    LATENCY_BUCKETS,
  );
  readonly tickDuration = new Histogram(
    "ogp_scheduler_tick_seconds",
    "Duration of scheduler ticks that ran (evaluation, transitions, alerts).",
    [0.1, 0.5, 1, 5, 10, 30, 60, 120, 300],
  );
  private readonly gauges: Gauge[] = [];

  onCollect(gauge: Gauge): void {
    this.gauges.push(gauge);
  }

  async render(): Promise<string> {
    const lines = [...this.httpRequests.render(), ...this.webhookAck.render(), ...this.tickDuration.render()];
    for (const gauge of this.gauges) {
      lines.push(`# HELP ${gauge.name} ${gauge.help}`, `# TYPE ${gauge.name} gauge`);
      for (const { labels, value } of await gauge.collect())
        lines.push(`${gauge.name}${labelText(labels)} ${value}`);
    }
    return `${lines.join("\n")}\n`;
  }
}
