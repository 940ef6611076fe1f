import { Position, type NodeHandle } from '@xyflow/react';
import type { CardBox, MapLayout } from '../../shared/layout';
import type { Card } from '../../shared/schema/card';
import type { TandemDoc } from '../../shared/schema/document';
import type { Lane } from '../../shared/schema/lane';
import type { Team } from '../../shared/schema/team';
import { touchingTeams } from '../../shared/workshop/teams';
import type { NodeCache } from './flowReuse';
import type { TandemFlowNode } from './flowTypes';

/** The invisible link handles of a card, one source and one target at the middle of each side. */
function cardHandles(width: number, height: number): NodeHandle[] {
  const points = [
    ['top', Position.Top, width / 2, 0],
    ['right', Position.Right, width, height / 2],
    ['bottom', Position.Bottom, width / 2, height],
    ['left', Position.Left, 0, height / 2],
  ] as const;
  return points.flatMap(([name, position, x, y]) => [
    { id: `s-${name}`, type: 'source' as const, position, x, y, width: 0, height: 0 },
    { id: `t-${name}`, type: 'target' as const, position, x, y, width: 0, height: 0 },
  ]);
}

/** What a card node is made from; when none of it changed, the card keeps its node object. */
type CardInputs = {
  card: Card;
  team: Team | undefined;
  painCount: number;
  onEmotionLane: boolean;
  rect: CardBox;
  selected: boolean;
  /** The map's teams: a card some team marked "we touch this" shows their names and colours. */
  teams: readonly Team[];
};
type CardEntry = CardInputs & { node: TandemFlowNode };

function sameInputs(
  a: CardInputs,
  card: Card,
  team: Team | undefined,
  painCount: number,
  onEmotionLane: boolean,
  rect: CardBox,
  selected: boolean,
  teams: readonly Team[],
): boolean {
  return (
    a.card === card &&
    (card.touchedBy === undefined || a.teams === teams) &&
    a.team === team &&
    a.painCount === painCount &&
    a.onEmotionLane === onEmotionLane &&
    a.selected === selected &&
    a.rect.x === rect.x &&
    a.rect.y === rect.y &&
    a.rect.width === rect.width &&
    a.rect.height === rect.height
  );
}

/**
 * Derives the card nodes, remembering per card what its node was made from: a card none of whose inputs changed
 * keeps its node without one being built to compare.
 */
export function createCardNodes() {
  let prevCards = new Map<string, CardEntry>();
  // Cards of one cell share a size, so they share one handle list.
  const handlesBySize = new Map<string, NodeHandle[]>();
  const handlesFor = (width: number, height: number) => {
    const key = `${width}x${height}`;
    let handles = handlesBySize.get(key);
    if (!handles) {
      handles = cardHandles(width, height);
      handlesBySize.set(key, handles);
    }
    return handles;
  };

  function cardNode({ card, rect: r, team, painCount, onEmotionLane, selected, teams }: CardInputs): TandemFlowNode {
    return {
      id: card.id,
      type: 'card',
      position: { x: r.x, y: r.y },
      width: r.width,
      height: r.height,
      selected,
      draggable: true,
      selectable: true,
      connectable: true,
      handles: handlesFor(r.width, r.height),
      data: {
        cardId: card.id,
        title: card.title,
        evidence: card.evidence,
        teamColor: team?.color ?? null,
        teamName: team?.name ?? null,
        painCount,
        emotion: onEmotionLane ? card.emotion : null,
        onEmotionLane,
        author: card.author ?? null,
        touches: touchingTeams(teams, card.touchedBy).map((t) => ({
          name: t.name,
          color: t.color,
        })),
      },
    };
  }

  /** Adds to `out` a node for every card the layout placed, in document order. */
  return function cardNodes(
    doc: TandemDoc,
    layout: MapLayout,
    selection: readonly string[],
    laneById: ReadonlyMap<string, Lane>,
    cache: NodeCache,
    out: TandemFlowNode[],
  ): void {
    const selected = new Set(selection);
    const teamById = new Map(doc.teams.map((t) => [t.id, t]));
    const pains = new Map<string, number>();
    for (const p of doc.painPoints) pains.set(p.cardId, (pains.get(p.cardId) ?? 0) + 1);
    // Most of a 2,000-card map is unchanged by any one edit: a card whose inputs are the same keeps its node without
    // building a new one to compare (a drop re-derives every card, and it must fit in a frame).
    // Allocation-free for an unchanged card: on a large map the garbage of a full pass costs more than the pass.
    const cards = new Map<string, CardEntry>();
    for (const card of doc.cards) {
      const rect = layout.cards.get(card.id);
      if (!rect) continue;
      const team = card.ownerTeamId ? teamById.get(card.ownerTeamId) : undefined;
      const painCount = pains.get(card.id) ?? 0;
      const onEmotionLane = laneById.get(card.laneId)?.kind === 'emotion';
      const isSelected = selected.has(card.id);
      let entry = prevCards.get(card.id);
      if (!entry || !sameInputs(entry, card, team, painCount, onEmotionLane, rect, isSelected, doc.teams)) {
        entry = {
          card,
          team,
          painCount,
          onEmotionLane,
          rect,
          selected: isSelected,
          teams: doc.teams,
          node: null as unknown as TandemFlowNode,
        };
        entry.node = cache.keep(cardNode(entry));
      } else cache.reuse(entry.node);
      cards.set(card.id, entry);
      out.push(entry.node);
    }
    prevCards = cards;
  };
}
