import type { Database } from "../db/client.js";
import {
  listCirclesOfMembers,
  listPeersInPolicyAreas,
  listPolicyAreasOfMembers,
} from "../db/repositories/circles.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import { POLICY_AREAS, type PolicyArea } from "../domain/vocabularies.js";
import { policyAreaOf } from "./circle-create.js";
import { invalid, notFound } from "./errors.js";
import { isSupportUnit } from "./permissions.js";

export interface Peer {
  memberId: string;
  slug: string;
  name: string;
  country: string;
  commitmentCodes: string[];
  circles: { slug: string; name: string }[];
}

export interface PeersInArea {
  area: PolicyArea;
  peers: Peer[];
}

/** The members a person holds a member-scoped role in: whose peers `peers` looks for. */
const ownMembers = (person: PersonWithRoles): string[] => [
  ...new Set(person.roles.flatMap((grant) => (grant.memberId ? [grant.memberId] : []))),
];

/**
 * The handbook's peer exchange (§2.4): for a policy area, or by default each policy area of the
 * caller's members' active commitments, the other members with active commitments in it, with the
 * circles they are in. Commitments and circles are public, so anyone linked may ask.
 */
export async function findPeers(
  db: Database,
  person: PersonWithRoles,
  typedArea: string | undefined,
): Promise<PeersInArea[]> {
  const own = ownMembers(person);
  let areas: PolicyArea[];
  if (typedArea !== undefined && typedArea.trim() !== "") {
    const area = policyAreaOf(typedArea);
    if (!area) throw invalid("peers.area_unknown", { area: typedArea, areas: POLICY_AREAS.join(", ") });
    areas = [area];
  } else {
    if (own.length === 0 && isSupportUnit(person)) throw invalid("peers.area_needed");
    areas = (await listPolicyAreasOfMembers(db, own)) as PolicyArea[];
    if (areas.length === 0) throw notFound("peers.no_areas");
  }
  const rows = (await listPeersInPolicyAreas(db, areas)).filter((row) => !own.includes(row.memberId));
  const circlesOf = await listCirclesOfMembers(db, [...new Set(rows.map((row) => row.memberId))]);
  return areas.map((area) => ({
    area,
    peers: rows
      .filter((row) => row.policyArea === area)
      .map((row) => ({
        memberId: row.memberId,
        slug: row.slug,
        name: row.name,
        country: row.country,
        commitmentCodes: row.commitmentCodes,
        circles: (circlesOf.get(row.memberId) ?? []).map((circle) => ({
          slug: circle.slug,
          name: circle.name,
        })),
      })),
  }));
}
