import { type Actor, systemActor } from "../db/audit.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import { type Acting, auditActor } from "./acting.js";
import { isCivilSocietyOf, isPointOfContactFor, isSupportUnit } from "./permissions.js";

/**
 * Who acts on a circle's members and channels (handbook §2.4, spec §1): a person from chat, whose
 * roles decide, or the operator of the command line, who holds the database and so the Support
 * Unit's powers.
 */
export interface CircleActing {
  actor: Actor;
  /** Null for the command-line operator. */
  person: PersonWithRoles | null;
}

export const circleActingInChat = (acting: Acting): CircleActing => ({
  actor: auditActor(acting),
  person: acting.person,
});

export const circleActingAtCli = (label: string): CircleActing => ({
  actor: systemActor("cli", label),
  person: null,
});

/** The Support Unit (or the operator), or a point of contact or civil society of one of these members. */
export function speaksForOneOf(acting: CircleActing, memberIds: readonly string[]): boolean {
  const { person } = acting;
  if (person === null || isSupportUnit(person)) return true;
  return isPointOfContactFor(person, [...memberIds]) || isCivilSocietyOf(person, [...memberIds]);
}
