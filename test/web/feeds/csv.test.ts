import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreFormula } from "../../../src/db/repositories/open-data/cells.js";
import { UPDATE_CSV_HEADER } from "../../../src/db/repositories/open-data/update-format.js";
import { commitments, progressUpdates } from "../../../src/db/schema/index.js";
import { COMMITMENT_CSV_HEADER } from "../../../src/web/feeds/commitments-csv.js";
import { csvRecord, csvStream } from "../../../src/web/feeds/csv.js";
import { type DemoApp, demoApp } from "../api/demo.js";

/** OGP's commitment-data columns (spec §2b), in OGP's order, before ours. */
const OGP_COLUMNS = [
  "Commitment Unique Identifier",
  "Country/Locality",
  "National Or Local",
  "Action Plan Number",
  "Commitment Number",
  "Theme",
  "Commitment Title",
  "Short Title",
  "Full Text",
  "Start Date",
  "End Date",
  "Lead Institution",
  "Supporting Institution(s)",
  "Access to Information",
  "Civic Participation",
  "Public Accountability",
  "Technology and Innovation for Transparency and Accountability",
  "Completion",
];

async function* batches(...groups: string[][][]) {
  for (const group of groups) yield group;
}

const read = (text: string): string[][] => parse(text, { bom: true });

describe("CSV writing (RFC 4180)", () => {
  it("quotes fields holding a comma, a quote or a line break, doubling quotes, and ends records in CRLF", () => {
    expect(csvRecord(["plain", "a,b", 'say "hi"', "two\nlines", "cr\rhere", ""])).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\rhere",\r\n',
    );
  });

  it("neutralises spreadsheet formulas with a leading apostrophe that the import removes again", () => {
    for (const payload of ["=1+2", "+1", "-2", "@SUM(A1)", "\t=x", "'quoted"]) {
      const [cell] = read(csvRecord([payload]))[0]!;
      expect(cell).toBe(`'${payload}`);
      expect(restoreFormula(cell!)).toBe(payload);
    }
    expect(csvRecord(["2026-03-31", "nzkwc0003"])).toBe("2026-03-31,nzkwc0003\r\n");
  });

  it("streams the header and every batch, with a byte order mark only when asked", async () => {
    const collect = async (bom: boolean) =>
      new Uint8Array(
        await new Response(
          csvStream(["a", "b"], batches([["1", "x"]], [], [["2", "y,z"]]), { byteOrderMark: bom }),
        ).arrayBuffer(),
      );
    const plain = await collect(false);
    expect(new TextDecoder().decode(plain)).toBe('a,b\r\n1,x\r\n2,"y,z"\r\n');
    const marked = await collect(true);
    expect([...marked.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("commitments.csv and updates.csv on the demo data", () => {
  let demo: DemoApp;
  beforeAll(async () => {
    demo = await demoApp();
  });
  afterAll(() => demo.handle.close());

  const download = async (path: string) => {
    const response = await demo.app.request(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    return { response, text: await response.text() };
  };

  it("puts OGP's commitment-data columns first, then one row per commitment in code order", async () => {
    const { response, text } = await download("/api/v1/commitments.csv");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="commitments.csv"');
    const [header, ...rows] = read(text);
    expect(header).toEqual([...COMMITMENT_CSV_HEADER]);
    expect(header!.slice(0, OGP_COLUMNS.length)).toEqual(OGP_COLUMNS);
    expect(header).toEqual(
      expect.arrayContaining([
        "Member Slug",
        "Member Status",
        "Completion %",
        "Last Update Date",
        "Policy Areas",
        "National Alignment",
      ]),
    );
    const stored = await demo.handle.db.select({ code: commitments.code }).from(commitments);
    const codes = rows.map((row) => row[0]);
    expect(codes).toEqual(stored.map((row) => row.code).sort());

    const column = (name: string) => header!.indexOf(name);
    const row = rows.find((candidate) => candidate[0] === "nzkwc0003")!;
    expect(row[column("Country/Locality")]).toBe("Kōwhai Coast District, New Zealand");
    expect(row[column("National Or Local")]).toBe("Local");
    expect(row[column("Completion")]).toBe("Limited");
    expect(row[column("Completion %")]).toBe("45");
    expect(row[column("Member Slug")]).toBe("kowhai-coast");
    expect(row[column("Member Status")]).toBe("inactive");
    expect(row[column("Page")]).toBe("http://localhost/commitments/nzkwc0003");
    for (const flag of ["Access to Information", "Civic Participation", "Public Accountability"])
      expect(["yes", "no"]).toContain(row[column(flag)]);
  });

  it("prepends a byte order mark for spreadsheets with ?bom=1", async () => {
    const response = await demo.app.request("/api/v1/commitments.csv?bom=1");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(read(new TextDecoder().decode(bytes))[0]![0]).toBe("Commitment Unique Identifier");
  });

  it("writes updates.csv with the same updates, in the same order, as /api/v1/updates", async () => {
    const { response, text } = await download("/api/v1/updates.csv");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="updates.csv"');
    const [header, ...rows] = read(text);
    expect(header).toEqual([...UPDATE_CSV_HEADER]);
    const api = (await (await demo.app.request("/api/v1/updates?limit=100")).json()) as {
      items: {
        id: string;
        commitment: string;
        postedAt: string;
        author: string | null;
        completionPct: number | null;
        narrative: string;
        challenges: { code: string; detail: string | null }[];
        evidenceUrls: string[];
        milestoneChanges: { milestone: number; from: string; to: string }[];
      }[];
    };
    expect(rows).toHaveLength(api.items.length);
    const cell = (row: string[], name: string) => restoreFormula(row[header!.indexOf(name)]!);
    api.items.forEach((item, index) => {
      const row = rows[index]!;
      expect(cell(row, "Update ID")).toBe(item.id);
      expect(cell(row, "Commitment Unique Identifier")).toBe(item.commitment);
      expect(cell(row, "Posted At")).toBe(item.postedAt);
      expect(cell(row, "Author")).toBe(item.author ?? "");
      expect(cell(row, "Completion %")).toBe(item.completionPct === null ? "" : String(item.completionPct));
      expect(cell(row, "Narrative")).toBe(item.narrative);
      expect(cell(row, "Evidence")).toBe(item.evidenceUrls.join("\n"));
      expect(cell(row, "Milestone Changes")).toBe(
        item.milestoneChanges
          .map((change) => `${change.milestone}: ${change.from} -> ${change.to}`)
          .join("\n"),
      );
      expect(cell(row, "Challenges")).toBe(
        item.challenges
          .map((entry) => (entry.detail ? `${entry.code}: ${entry.detail}` : entry.code))
          .join("\n"),
      );
    });
    expect(rows.some((row) => cell(row, "Challenges").includes(":"))).toBe(true);
    expect(rows.some((row) => cell(row, "Evidence") !== "")).toBe(true);
  });

  it("escapes hostile text: formulas get an apostrophe, quotes and line breaks stay inside their cell", async () => {
    const [update] = await demo.handle.db.select().from(progressUpdates).limit(1);
    const hostile = {
      narrative: '=HYPERLINK("https://evil.example","click")',
      delayReasons: '<script>alert("x")</script>, then\r\na "second" line',
      nextSteps: "@SUM(1+1)",
    };
    await demo.handle.db.update(progressUpdates).set(hostile).where(eq(progressUpdates.id, update!.id));
    const { text } = await download("/api/v1/updates.csv");
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    const [header, ...rows] = read(text);
    const row = rows.find((candidate) => candidate[0] === update!.id)!;
    const raw = (name: string) => row[header!.indexOf(name)]!;
    expect(raw("Narrative")).toBe(`'${hostile.narrative}`);
    expect(raw("Next Steps")).toBe(`'${hostile.nextSteps}`);
    expect(raw("Delay Reasons")).toBe(hostile.delayReasons);
    expect(rows.every((candidate) => candidate.length === header!.length)).toBe(true);
  });
});

describe("updates.csv past one database batch", () => {
  it("reads the updates 500 at a time without skipping or repeating those posted at the same instant", async () => {
    const demo = await demoApp();
    try {
      const [commitment] = await demo.handle.db
        .select({ id: commitments.id })
        .from(commitments)
        .where(eq(commitments.code, "nzkwc0003"));
      const sameInstant = new Date("2026-05-01T00:00:00Z");
      const extra = Array.from({ length: 1_100 }, (_, index) => ({
        commitmentId: commitment!.id,
        // 600 updates share one instant: across a batch boundary only the id orders them.
        postedAt: index < 600 ? sameInstant : new Date(sameInstant.getTime() + index * 1_000),
        source: "import",
        narrative: `Bulk update ${index}`,
      }));
      for (let start = 0; start < extra.length; start += 200)
        await demo.handle.db.insert(progressUpdates).values(extra.slice(start, start + 200));
      const text = await (await demo.app.request("/api/v1/updates.csv")).text();
      const [, ...rows] = read(text);
      expect(rows).toHaveLength(43 + 1_100);
      expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
      const order = rows.map((row) => `${row[3]} ${row[0]}`);
      expect(order).toEqual([...order].sort());
    } finally {
      demo.handle.close();
    }
  });
});
