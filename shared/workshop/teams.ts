import type { TandemDoc } from '../schema/document';
import type { Team } from '../schema/team';

/**
 * The map's team a participant said they are in (at join, or later from the page's team menu), matched by name
 * without regard to case or spacing; null when they named none or a team the map does not have. A participant
 * marks "we touch this" only for this team (shared/workshop/roles.ts).
 */
export function participantTeam(doc: TandemDoc, said: string | null): Team | null {
  if (!said) return null;
  const key = said.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  if (key === '') return null;
  return doc.teams.find((t) => t.name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase() === key) ?? null;
}

/** The map's teams that marked a card "we touch this", in the map's team order (ids of deleted teams left out). */
export function touchingTeams(teams: readonly Team[], touchedBy: readonly string[] | undefined): Team[] {
  if (!touchedBy || touchedBy.length === 0) return [];
  const marked = new Set(touchedBy);
  return teams.filter((t) => marked.has(t.id));
}
