import type { TandemDoc } from '../schema/document';
import type { Lane } from '../schema/lane';

/** A team's path to the customer: its own cards, the customer moments they shape, and the cards in between. */
export interface TeamPath {
  /** Cards the team owns. */
  own: Set<string>;
  /** Customer moments the team's cards reach through links: cards in the customer's lanes (not the team's own). */
  moments: Set<string>;
  /** Frontstage, backstage and support cards on a shortest path from one of the team's cards to one of those moments. */
  between: Set<string>;
  /** Links on those paths: from a team's card, through the cards between, to a moment. */
  links: Set<string>;
}

/** What a lane's cards are on the way to the customer: the moment itself, a step the way passes, or neither. */
function roleOf(lane: Lane): 'moment' | 'step' | 'off' {
  if (lane.kind === 'customer' || lane.kind === 'touchpoint') return 'moment';
  if (lane.kind === 'emotion') return lane.side === 'customer' ? 'moment' : 'off';
  // The employee journey, metrics and notes are beside the service, not part of the way it reaches the customer.
  return lane.kind === 'frontstage' || lane.kind === 'backstage' || lane.kind === 'support' ? 'step' : 'off';
}

/**
 * "What my team touches", with the road there: walks the links in either direction from the team's cards through
 * the service's steps (a team's system feeds the cashier's till step, which the customer meets in the queue),
 * stopping at the first customer card (the customer's lanes and emotion curve) so
 * one touched moment does not light up the whole journey. The cards and links between are those on the shortest
 * paths from the team's cards to each moment, so a side branch that reaches no customer stays dim. Cycles are safe:
 * each card is visited once.
 */
export function teamPath(doc: TandemDoc, teamId: string): TeamPath {
  const own = new Set<string>();
  for (const c of doc.cards) if (c.ownerTeamId === teamId) own.add(c.id);
  const moments = new Set<string>();
  const between = new Set<string>();
  const links = new Set<string>();
  if (own.size === 0) return { own, moments, between, links };

  const lanes = new Map(doc.lanes.map((l) => [l.id, l]));
  const role = new Map(
    doc.cards.map((c) => {
      const lane = lanes.get(c.laneId);
      return [c.id, lane ? roleOf(lane) : 'off'];
    }),
  );
  const neighbours = new Map<string, { card: string; link: string }[]>();
  const connect = (a: string, b: string, link: string) => {
    const list = neighbours.get(a);
    if (list) list.push({ card: b, link });
    else neighbours.set(a, [{ card: b, link }]);
  };
  for (const link of doc.links) {
    if (link.fromId === link.toId) continue;
    connect(link.fromId, link.toId, link.id);
    connect(link.toId, link.fromId, link.id);
  }

  // Breadth first from all the team's cards at once: `depth` is each card's distance from the nearest own card.
  const depth = new Map<string, number>([...own].map((id) => [id, 0]));
  const queue = [...own];
  for (let i = 0; i < queue.length; i++) {
    const here = queue[i] as string;
    const d = depth.get(here) as number;
    for (const { card } of neighbours.get(here) ?? []) {
      if (depth.has(card)) continue;
      const kind = role.get(card);
      if (kind === 'moment') {
        depth.set(card, d + 1);
        moments.add(card);
      } else if (kind === 'step') {
        depth.set(card, d + 1);
        queue.push(card);
      }
    }
  }

  // Back from each moment, one step nearer the team's cards at a time: every link and card on a shortest path.
  const back = [...moments];
  const seen = new Set<string>(back);
  for (let i = 0; i < back.length; i++) {
    const here = back[i] as string;
    const d = depth.get(here) as number;
    for (const { card, link } of neighbours.get(here) ?? []) {
      if (depth.get(card) !== d - 1 || moments.has(card)) continue;
      links.add(link);
      if (own.has(card) || seen.has(card)) continue;
      seen.add(card);
      between.add(card);
      back.push(card);
    }
  }
  return { own, moments, between, links };
}

/** True when a card stays bright in the team view: the team's own, a moment it shapes, or a card on the way. */
export function onTeamPath(path: TeamPath, cardId: string): boolean {
  return path.own.has(cardId) || path.moments.has(cardId) || path.between.has(cardId);
}
