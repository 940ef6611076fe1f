import { applyParsedCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { cellAt, type MapLayout } from '../../shared/layout';
import { cellCards, placeCardCommand } from '../../shared/placement';
import type { TandemDoc } from '../../shared/schema/document';
import { sayIn } from '../i18n';

/** A card let go with its centre at a canvas point. */
export interface Drop {
  id: string;
  center: { x: number; y: number };
}

const flatten = (cmd: Command): Command[] => (cmd.type === 'batch' ? cmd.commands : [cmd]);

/**
 * The one command that drops cards: each into the lane × stage cell under its centre, before the first card
 * whose centre lies below (across, on emotion lanes) — the drop position decides the index. Several cards are
 * placed one after another on the document as it becomes, in the order they lie on screen, so they keep that
 * order; keys are renumbered when a cell has run out of room between two keys. Null when nothing changes (or
 * every card landed outside the grid), so the cards snap back.
 */
export function dropCommand(doc: TandemDoc, layout: MapLayout, drops: readonly Drop[]): Command | null {
  const centres = new Map(drops.map((d) => [d.id, d.center]));
  const centreOf = (id: string) => {
    const dropped = centres.get(id);
    if (dropped) return dropped;
    const r = layout.cards.get(id);
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  };
  const ordered = [...drops].sort((a, b) => a.center.y - b.center.y || a.center.x - b.center.x);
  let working = doc;
  const commands: Command[] = [];
  for (const drop of ordered) {
    const card = working.cards.find((c) => c.id === drop.id);
    const cell = cellAt(layout, drop.center.x, drop.center.y);
    if (!card || !cell) continue;
    const across = layout.lanes.find((l) => l.id === cell.laneId)?.kind === 'emotion';
    const others = cellCards(working, cell.laneId, cell.stageId, drop.id);
    const index = others.filter((c) => {
      const p = centreOf(c.id);
      return p !== null && (across ? p.x < drop.center.x : p.y < drop.center.y);
    }).length;
    if (
      card.laneId === cell.laneId &&
      card.stageId === cell.stageId &&
      others.filter((c) => c.order < card.order).length === index
    )
      continue;
    const cmd = placeCardCommand(working, drop.id, cell.laneId, cell.stageId, index);
    // Built here from valid parts, so the schema check can be skipped: a drag of hundreds of cards stays quick.
    working = applyParsedCommand(working, cmd).doc;
    commands.push(...flatten(cmd));
  }
  const moved = new Set(commands.map((c) => (c.type === 'card/move' ? c.id : '')));
  const first = commands[0];
  if (!first) return null;
  if (commands.length === 1) return first;
  const n = drops.filter((d) => moved.has(d.id)).length;
  return {
    type: 'batch',
    label: n === 1 ? sayIn('canvas')('undo.moveCard') : sayIn('canvas')('undo.moveCards', { count: n }),
    commands,
  };
}

/** The command that drops one card with its centre at `center`, or null when that changes nothing. */
export function moveCommandFor(
  doc: TandemDoc,
  layout: MapLayout,
  cardId: string,
  center: { x: number; y: number },
): Command | null {
  return dropCommand(doc, layout, [{ id: cardId, center }]);
}
