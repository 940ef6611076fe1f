import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../shared/layout';
import { sampleOpened } from '../../test/helpers/renderEditor';
import { applyCommand } from '../../shared/commands/apply';
import { cellCards } from '../../shared/placement';
import { dropCommand, moveCommandFor } from './dropCommand';

const doc = sampleOpened().doc;
const layout = computeLayout(doc);
const card = (title: string) => doc.cards.find((c) => c.title === title)!;
const stage = (name: string) => layout.stages.find((s) => s.id === doc.stages.find((x) => x.name === name)!.id)!;
const laneOf = (id: string) => layout.lanes.find((l) => l.id === id)!;

describe('moveCommandFor', () => {
  it('moves a card dropped over another stage into that cell, after the cards above the drop point', () => {
    const waits = card('Waits at home for the delivery slot');
    const use = stage('Use');
    const lane = laneOf(waits.laneId);
    const cmd = moveCommandFor(doc, layout, waits.id, { x: use.x + 20, y: lane.y + lane.height - 5 });
    const mounted = card('Has the TV wall-mounted');
    expect(cmd).toMatchObject({ type: 'card/move', id: waits.id, laneId: waits.laneId, stageId: use.id });
    expect((cmd as { order: number }).order).toBeGreaterThan(mounted.order);
  });

  it('reorders within a cell when dropped above its neighbour', () => {
    const queues = card('Queues at the till to pay');
    const orders = card('Orders online for home delivery');
    const box = layout.cards.get(orders.id)!;
    const cmd = moveCommandFor(doc, layout, queues.id, { x: box.x + 10, y: box.y + 2 });
    expect(cmd).toMatchObject({ type: 'card/move', stageId: queues.stageId });
    expect((cmd as { order: number }).order).toBeLessThan(orders.order);
  });

  it('changes nothing when a card is dropped back where it was or outside the grid', () => {
    const queues = card('Queues at the till to pay');
    const box = layout.cards.get(queues.id)!;
    expect(moveCommandFor(doc, layout, queues.id, { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toBeNull();
    expect(moveCommandFor(doc, layout, queues.id, { x: 10, y: box.y })).toBeNull();
    expect(moveCommandFor(doc, layout, queues.id, { x: box.x, y: -50 })).toBeNull();
  });

  it('drops several cards into one cell as one batch, keeping their order on screen', () => {
    const queues = card('Queues at the till to pay');
    const waits = card('Waits at home for the delivery slot');
    const use = stage('Use');
    const lane = laneOf(queues.laneId);
    const x = use.x + 40;
    const cmd = dropCommand(doc, layout, [
      { id: waits.id, center: { x, y: lane.y + lane.height - 4 } },
      { id: queues.id, center: { x, y: lane.y + lane.height - 10 } },
    ]);
    expect(cmd).toMatchObject({ type: 'batch', label: 'Move 2 cards' });
    const after = applyCommand(doc, cmd!).doc;
    expect(
      cellCards(after, queues.laneId, use.id)
        .slice(-2)
        .map((c) => c.id),
    ).toEqual([queues.id, waits.id]);
  });
});
