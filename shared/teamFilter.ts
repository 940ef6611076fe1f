import type { Card } from './schema/card';
import type { TandemDoc } from './schema/document';
import type { LaneKind } from './schema/lane';

/** Lanes the customer sees or lives in: above the line of visibility (emotion lanes count as customer moments). */
const ABOVE_LINE: ReadonlySet<LaneKind> = new Set<LaneKind>(['customer', 'touchpoint', 'frontstage', 'emotion']);
/** Lanes below the line of visibility, where the back office and its systems work. */
const BELOW_LINE: ReadonlySet<LaneKind> = new Set<LaneKind>(['backstage', 'support']);

/** True for lane kinds above the line of visibility (customer, touchpoint, frontstage, emotion). */
export function isAboveLine(kind: LaneKind): boolean {
  return ABOVE_LINE.has(kind);
}

/** True for lane kinds below the line of visibility (backstage, support). */
export function isBelowLine(kind: LaneKind): boolean {
  return BELOW_LINE.has(kind);
}

/** True when a card sits below the line of visibility and no (existing) team owns it: "owner needed". */
export function needsOwner(doc: TandemDoc, card: Card): boolean {
  const lane = doc.lanes.find((l) => l.id === card.laneId);
  if (!lane || !isBelowLine(lane.kind)) return false;
  return card.ownerTeamId === null || !doc.teams.some((t) => t.id === card.ownerTeamId);
}

/** What a team's work reaches: its own cards, and the customer moments they shape. */
export interface TeamReach {
  /** Cards the team owns. */
  own: Set<string>;
  /** Other cards above the line of visibility that the team's cards reach through links, and cards it marked. */
  touched: Set<string>;
}

/**
 * "What my team touches": the team's cards, and the cards above the line of visibility reachable from them by
 * links in either direction, passing through other below-the-line cards (a team's step feeds a system that feeds
 * the till) but stopping at the first customer moment, so one touched moment does not light up the whole journey.
 */
export function touchedBy(doc: TandemDoc, teamId: string): TeamReach {
  const own = new Set<string>();
  const touched = new Set<string>();
  // "We touch this" marks (a workshop's, ADR 0029): cards the team's work shapes without owning them.
  const marked = new Set<string>();
  for (const c of doc.cards) {
    if (c.ownerTeamId === teamId) own.add(c.id);
    else if (c.touchedBy?.includes(teamId)) marked.add(c.id);
  }
  for (const id of marked) touched.add(id);
  if (own.size === 0 && marked.size === 0) return { own, touched };

  const kindOf = new Map<string, LaneKind>(doc.lanes.map((l) => [l.id, l.kind]));
  const laneKind = new Map<string, LaneKind | undefined>();
  for (const c of doc.cards) laneKind.set(c.id, kindOf.get(c.laneId));
  const neighbours = new Map<string, string[]>();
  const connect = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const link of doc.links) {
    connect(link.fromId, link.toId);
    connect(link.toId, link.fromId);
  }

  const visited = new Set<string>([...own, ...marked]);
  // A marked step below the line reaches moments as an owned one does; a marked customer moment reaches nothing more.
  const queue = [...own, ...[...marked].filter((id) => !isAboveLine(laneKind.get(id) ?? 'notes'))];
  for (let i = 0; i < queue.length; i++) {
    for (const next of neighbours.get(queue[i]!) ?? []) {
      if (visited.has(next)) continue;
      visited.add(next);
      const kind = laneKind.get(next);
      if (kind === undefined) continue;
      if (isAboveLine(kind)) {
        if (!own.has(next)) touched.add(next);
      } else if (isBelowLine(kind)) {
        queue.push(next);
      }
    }
  }
  return { own, touched };
}
