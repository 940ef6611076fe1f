import type { TandemDoc } from '../../shared/schema/document';
import { touchedBy, type TeamReach } from '../../shared/teamFilter';

// One reach per (document, team): every card's dimmed-selector asks, but the walk over the links runs once per
// edit, not once per card. Documents are immutable, so a WeakMap keyed by them never serves a stale answer.
const cache = new WeakMap<TandemDoc, Map<string, TeamReach | null>>();

/** The team's reach in this document, or null when the team no longer exists (then nothing is dimmed). */
export function teamReach(doc: TandemDoc, teamId: string): TeamReach | null {
  let perTeam = cache.get(doc);
  if (!perTeam) {
    perTeam = new Map();
    cache.set(doc, perTeam);
  }
  if (!perTeam.has(teamId)) perTeam.set(teamId, doc.teams.some((t) => t.id === teamId) ? touchedBy(doc, teamId) : null);
  return perTeam.get(teamId) ?? null;
}

/** True when the team filter is on and the card is neither the team's nor a customer moment it touches. */
export function isCardDimmed(doc: TandemDoc, teamFilter: string | null, cardId: string): boolean {
  if (teamFilter === null) return false;
  const reach = teamReach(doc, teamFilter);
  return reach !== null && !reach.own.has(cardId) && !reach.touched.has(cardId);
}
