import { loadCountryAudiences } from "../../db/repositories/alert-audiences.js";
import type { Language } from "../../domain/vocabularies.js";
import { routedKey } from "../../outbox/index.js";
import { COUNTRY_DIGEST_KIND, digestPeriodOf, renderCountryDigest } from "../digests.js";
import { channelRoute, personRoute, type Route } from "../routing.js";
import { type Addressed, DEFAULT_COUNTRY_DIGEST_MONTHS, type TickRun, writeDigestAlerts } from "./run.js";

/** The most common language among a country's members: its channels' digest language. */
function mainLanguage(languages: readonly Language[]): Language {
  const counts = new Map<Language, number>();
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "en";
}

/** Spec §7: each country's digest once per period, to its national coordinators and subscribed channels. */
export async function writeCountryDigests(run: TickRun): Promise<void> {
  if (run.countries.size === 0) return;
  const { db, report } = run;
  const months = run.options.countryDigestMonths ?? DEFAULT_COUNTRY_DIGEST_MONTHS;
  const audiences = await loadCountryAudiences(db, [...run.countries.keys()]);
  const addressed: Addressed[] = [];
  for (const [country, input] of run.countries) {
    const audience = audiences.get(country);
    if (!audience) continue;
    const period = digestPeriodOf(input.on, months);
    const key = `${COUNTRY_DIGEST_KIND}:country:${country}:${period.from}`;
    const routes: Route[] = audience.channels.map((channel) =>
      channelRoute(channel, "member_channel", mainLanguage(input.languages)),
    );
    for (const coordinator of audience.coordinators) {
      const route = personRoute(coordinator, "national_coordinator");
      if (route) routes.push(route);
      else
        report.skippedRecipients.push({
          member: country,
          alert: key,
          person: coordinator.name,
          role: "national_coordinator",
        });
    }
    for (const route of routes) {
      addressed.push({
        dedupeKey: routedKey(key, route),
        route,
        kind: COUNTRY_DIGEST_KIND,
        alertKey: key,
        subject: { kind: "country", id: country },
        deadlineKey: null,
        step: null,
        render: () => renderCountryDigest(country, period, input.summaries, route.language),
      });
    }
  }
  await writeDigestAlerts(run, addressed);
}
