import { z } from 'zod';
import { idSchema, orderSchema } from '../schema/common';
import { stageSchema } from '../schema/stage';
import type { TandemDoc } from '../schema/document';
import type { Card } from '../schema/card';
import { removeWithCascade } from './cascade';
import { compareEntities, getEntity } from './collection';
import { addEntity, updateEntity } from './entity';
import { CommandError } from './errors';
import type { Handlers } from './handler';

/** Commands that change the stages (columns). */
export const stageCommandSchemas = [
  z.object({ type: z.literal('stage/add'), stage: stageSchema }),
  z.object({
    type: z.literal('stage/update'),
    id: idSchema,
    patch: stageSchema.omit({ id: true, order: true }).partial(),
  }),
  z.object({ type: z.literal('stage/move'), id: idSchema, order: orderSchema }),
  z.object({
    type: z.literal('stage/delete'),
    id: idSchema,
    /** What happens to the cards in the stage: deleted with it, or moved to another stage. */
    cards: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('delete') }),
      z.object({ mode: z.literal('move'), toStageId: idSchema }),
    ]),
  }),
] as const;

/** Moves every card of one stage (or lane) to the end of the matching cell in another. */
export function moveCardsOut(
  doc: TandemDoc,
  match: (laneId: string, stageId: string) => boolean,
  target: (laneId: string, stageId: string) => [string, string],
): TandemDoc {
  const maxOrder = new Map<string, number>();
  for (const c of doc.cards) {
    const cell = `${c.laneId}|${c.stageId}`;
    maxOrder.set(cell, Math.max(maxOrder.get(cell) ?? 0, c.order));
  }
  const moved = new Map<string, Card>();
  for (const c of doc.cards) {
    if (!match(c.laneId, c.stageId)) continue;
    const [laneId, stageId] = target(c.laneId, c.stageId);
    const cell = `${laneId}|${stageId}`;
    const order = (maxOrder.get(cell) ?? 0) + 1;
    maxOrder.set(cell, order);
    moved.set(c.id, { ...c, laneId, stageId, order });
  }
  const cards = doc.cards.map((c) => moved.get(c.id) ?? c).sort((a, b) => compareEntities('cards', a, b));
  return { ...doc, cards };
}

export const stageHandlers: Handlers<(typeof stageCommandSchemas)[number]> = {
  'stage/add': (doc, cmd) => ({
    doc: addEntity(doc, 'stages', cmd.stage, 'stage'),
    inverse: { type: 'stage/delete', id: cmd.stage.id, cards: { mode: 'delete' } },
  }),
  'stage/update': (doc, cmd) => {
    const r = updateEntity(doc, 'stages', cmd.id, cmd.patch, stageSchema, 'stage');
    return { doc: r.doc, inverse: { type: 'stage/update', id: cmd.id, patch: r.undo } };
  },
  'stage/move': (doc, cmd) => {
    const r = updateEntity(doc, 'stages', cmd.id, { order: cmd.order }, stageSchema, 'stage');
    return { doc: r.doc, inverse: { type: 'stage/move', id: cmd.id, order: r.old.order } };
  },
  'stage/delete': (doc, cmd) => {
    getEntity(doc, 'stages', cmd.id, 'stage');
    if (doc.stages.length === 1) throw new CommandError('invalid', 'a map needs at least one stage');
    let base = doc;
    if (cmd.cards.mode === 'move') {
      const to = cmd.cards.toStageId;
      if (to === cmd.id) throw new CommandError('invalid', 'cards cannot be moved to the stage being deleted');
      getEntity(doc, 'stages', to, 'stage');
      base = moveCardsOut(
        doc,
        (_l, s) => s === cmd.id,
        (l) => [l, to],
      );
    }
    const r = removeWithCascade(base, { stages: [cmd.id] });
    // The inverse must also put moved cards back where they were.
    if (cmd.cards.mode === 'move') {
      const moved = doc.cards.filter((c) => c.stageId === cmd.id);
      r.inverse.put = { ...r.inverse.put, cards: [...(r.inverse.put?.cards ?? []), ...moved] };
    }
    return r;
  },
};
