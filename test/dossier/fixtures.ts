import { getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../../src/db/client.js";
import { loadDemoDossier } from "../../src/db/repositories/demo-dossier.js";
import * as schema from "../../src/db/schema/index.js";
import type { DossierDocument } from "../../src/domain/dossier/schema.js";

/** A fresh copy of the demo dossier, typed as the format so tests can edit it. */
export function demoDocument(): DossierDocument {
  return structuredClone(loadDemoDossier()) as DossierDocument;
}

/**
 * The smallest document that uses most of the format: one member with a plan, a commitment, two
 * milestones and an update, a person and an organization. Each test changes one thing in it.
 */
export function minimalDocument() {
  return {
    format: "ogp-local-dossier",
    version: 1,
    organizations: [
      { name: "Example Civic Lab", kind: "civil_society_org", country: "MX" },
      { name: "Town of Example", kind: "government", country: "MX" },
    ],
    persons: [
      {
        name: "Ana Ejemplo",
        email: "ana@example.org",
        language: "es",
        organization: "Town of Example",
        roles: [{ role: "point_of_contact", member: "example-town" }],
      },
    ],
    members: [
      {
        slug: "example-town",
        code: "mxext",
        name: "Example Town",
        country: "MX",
        jurisdictionType: "municipality",
        language: "es",
        timeZone: "America/Mexico_City",
        joinedOn: "2025-01-15",
        status: "active",
        plans: [
          {
            number: 1,
            title: "Example Town Action Plan",
            periodStart: "2025-04-01",
            periodEnd: "2027-03-31",
            status: "implementation",
            submittedOn: "2025-03-20",
            recordedOn: "2025-02-01",
            endorsements: [
              { organization: "Example Civic Lab", endorsedAt: "2025-03-15T17:00:00Z", source: "web" },
            ],
            commitments: [
              {
                code: "mxext0001",
                number: 1,
                title: "Open budget",
                startDate: "2025-04-01",
                endDate: "2026-12-31",
                leadAgency: { office: "Treasury" },
                problem: "The budget is hard to read.",
                action: "Publish it as open data.",
                policyAreas: ["open_data"],
                sectors: ["public_services"],
                ogpValues: ["access_to_information"],
                resourcesSecured: "yes",
                status: "active",
                milestones: [
                  {
                    position: 1,
                    description: "Publish the data",
                    startMonth: "2025-04",
                    endMonth: "2025-12",
                    status: "in_progress",
                  },
                  {
                    position: 2,
                    description: "Explain the data",
                    startMonth: "2026-01",
                    endMonth: "2026-12",
                    status: "not_started",
                  },
                ],
                updates: [
                  {
                    postedAt: "2025-06-20T17:00:00Z",
                    author: "ana@example.org",
                    source: "slack",
                    narrative: "Started.",
                    completionPct: 10,
                    milestoneChanges: [{ milestone: 1, from: "not_started", to: "in_progress" }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    // biome-ignore lint/suspicious/noExplicitAny: tests break this document on purpose, in any way.
  } as any;
}

// The site revision is one counter row the migrations seed, not a fact: its triggers move it on every
// published write, and an empty database already holds it.
const tables = (Object.values(schema) as unknown[]).filter(
  (value): value is SQLiteTable => is(value, SQLiteTable) && value !== schema.siteRevision,
);

/** Row count of every table of the schema (the audit log included), by table name. */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[getTableName(table)] = await db.$count(table);
  return counts;
}

export async function totalRows(db: Database): Promise<number> {
  return Object.values(await rowCounts(db)).reduce((sum, count) => sum + count, 0);
}
