import type { Client } from "@libsql/client";

const ZONES = [
  "America/Mexico_City",
  "Pacific/Auckland",
  "Europe/Paris",
  "Africa/Lagos",
  "Asia/Manila",
  "America/Bogota",
];

/** A UUID-shaped (36 characters, as in production) but deterministic id, so children can name parents. */
const id = (kind: number, n: string, a = "0", b = "0") =>
  `printf('%08x-%04x-4%03x-8%03x-000000000000', ${n}, ${kind}, ${a}, ${b})`;

/**
 * Synthetic members for the rules benchmark, generated inside SQLite with recursive CTEs so that
 * 100k members (4M progress updates) take seconds to create rather than minutes of client inserts.
 *
 * Shape per member (issue 3): one plan in implementation, 5 commitments × 4 milestones, 8 quarters of
 * updates per commitment (two of them moving a milestone), 2 co-creation and 6 implementation
 * meetings, one endorsement. Every 7th member stops updating after 2026-03-31 (so INACT-4 applies),
 * every 11th has a voluntary-inactivity grant, and the time zones rotate through six zones.
 */
export async function generateSyntheticMembers(client: Client, count: number): Promise<void> {
  const zoneCase = ZONES.map((zone, index) => `when ${index} then '${zone}'`).join(" ");
  const statements = [
    `create temp table syn as
       with recursive seq(n) as (select 1 union all select n + 1 from seq where n < ${count})
       select n, ${id(1, "n")} as member_id, ${id(2, "n")} as plan_id from seq`,
    `create temp table k5 as with recursive k(i) as (select 1 union all select i + 1 from k where i < 5) select i from k`,
    `create temp table k4 as select i from k5 where i <= 4`,
    `create temp table q8 as with recursive q(i) as (select 0 union all select i + 1 from q where i < 7) select i from q`,
    `insert into organizations (id, name, kind, created_at)
       values ('00000000-0000-4000-8000-0000000000c5', 'Synthetic civic network', 'civil_society_org', 0)`,
    `insert into members (id, slug, code, name, country, jurisdiction_type, language, time_zone, joined_on,
                          mandate_end, lead_agency, status, created_at)
     select member_id, 'member-' || n, 'syn' || n, 'Synthetic member ' || n,
            case n % 2 when 0 then 'MX' else 'NZ' end, 'municipality', 'en',
            case n % ${ZONES.length} ${zoneCase} end, '2023-01-15', '2028-06-30', 'Mayor''s office', 'active', 0
     from syn`,
    `insert into action_plans (id, member_id, number, title, period_start, period_end, submitted_on, status,
                               recorded_on, participation_spaces_online, created_at)
     select plan_id, member_id, 1, 'Open government action plan 2024-2026', '2024-01-01', '2026-12-31',
            '2023-12-15', 'implementation', '2023-06-01', 'Online forum', 0
     from syn`,
    `insert into endorsements (id, plan_id, organization_id, endorsed_at, source)
     select ${id(3, "n")}, plan_id, '00000000-0000-4000-8000-0000000000c5', 1702000000000, 'import' from syn`,
    `insert into commitments (id, plan_id, code, number, title, start_date, end_date, lead_agency, problem,
                              action, resources_secured, status, submitted_on, created_at)
     select ${id(4, "n", "k5.i")}, plan_id, 'syn' || n || printf('%04d', k5.i), k5.i, 'Commitment ' || k5.i,
            '2024-01-01', '2026-06-30', '{"office":"City hall"}', 'Opaque budgets', 'Publish budgets as open data',
            'yes', 'active', '2023-12-15', 0
     from syn, k5`,
    `insert into milestones (id, commitment_id, position, description, start_month, end_month, status)
     select ${id(5, "n", "k5.i", "k4.i")}, ${id(4, "n", "k5.i")}, k4.i, 'Milestone ' || k4.i,
            '2024-' || printf('%02d', (k4.i - 1) * 3 + 1), '2026-' || printf('%02d', k4.i * 3),
            case when k4.i = 1 then 'complete' else 'in_progress' end
     from syn, k5, k4`,
    // Quarters 2024Q4 … 2026Q3, posted on the 20th of the quarter's second month at 15:00 UTC.
    `insert into progress_updates (id, commitment_id, posted_at, source, narrative, completion_pct, no_progress)
     select ${id(6, "n", "k5.i", "q8.i")}, ${id(4, "n", "k5.i")},
            (unixepoch(date('2024-11-20', '+' || (q8.i * 3) || ' months')) + 54000) * 1000,
            'import', 'Quarterly progress on commitment ' || k5.i, 10 + q8.i * 10, 0
     from syn, k5, q8
     where n % 7 <> 0 or q8.i < 6`,
    `insert into milestone_status_changes (update_id, milestone_id, from_status, to_status)
     select ${id(6, "n", "k5.i", "q8.i")}, ${id(5, "n", "k5.i", "2")}, 'not_started', 'in_progress'
     from syn, k5, q8 where q8.i in (0, 4)`,
    `insert into meetings (id, member_id, plan_id, held_on, phase, title, government_participants,
                           non_government_participants, source, created_at)
     select ${id(7, "n", "q8.i")}, member_id, plan_id,
            case when q8.i < 2 then date('2023-09-10', '+' || q8.i || ' months')
                 else date('2024-02-15', '+' || ((q8.i - 2) * 5) || ' months') end,
            case when q8.i < 2 then 'co_creation' else 'implementation' end,
            'Forum meeting ' || q8.i, 4, 9, 'import', 0
     from syn, q8`,
    `insert into status_decisions (id, member_id, kind, starts_on, reason, decided_on, created_at)
     select ${id(8, "n")}, member_id, 'voluntary_inactivity', '2026-02-01', 'Political transition', '2026-01-20', 0
     from syn where n % 11 = 0`,
    "drop table syn",
    "drop table k5",
    "drop table k4",
    "drop table q8",
  ];
  for (const statement of statements) await client.execute(statement);
}
