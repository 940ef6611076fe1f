import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import { computeLayout } from '../../shared/layout';
import { placeCardCommand } from '../../shared/placement';
import type { TandemDoc } from '../../shared/schema/document';
import { emptyDocument, makeCard, makeLane, makeLink, makeStage } from '../../shared/factories';
import { createFromTemplate } from '../../shared/templates';
import { createFlowDeriver } from './deriveFlow';
import type { TandemFlowNode } from './flowTypes';

const byId = (nodes: TandemFlowNode[]) => new Map(nodes.map((n) => [n.id, n]));
const changedIds = (before: TandemFlowNode[], after: TandemFlowNode[]) => {
  const old = byId(before);
  return after
    .filter((n) => old.get(n.id) !== n)
    .map((n) => n.id)
    .sort();
};

const apply = (doc: TandemDoc, cmd: Parameters<typeof applyCommand>[1]): TandemDoc => applyCommand(doc, cmd).doc;

describe('createFlowDeriver', () => {
  const doc = createFromTemplate('sample');
  const layout = computeLayout(doc);

  it('gives every card a node the size of its layout box, declared as measured, with the link handles the links name', () => {
    const nodes = createFlowDeriver().nodes(doc, layout, []);
    for (const card of doc.cards) {
      const node = nodes.find((n) => n.id === card.id)!;
      const box = layout.cards.get(card.id)!;
      // `measured` too: React Flow must never need to measure a card (ADR 0007).
      expect(node).toMatchObject({
        type: 'card',
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        measured: { width: box.width, height: box.height },
        selected: false,
      });
      expect(node.handles?.map((h) => h.id).sort()).toEqual([
        's-bottom',
        's-left',
        's-right',
        's-top',
        't-bottom',
        't-left',
        't-right',
        't-top',
      ]);
      expect(node.handles?.find((h) => h.id === 's-right')).toMatchObject({ x: box.width, y: box.height / 2 });
    }
  });

  it('keeps the node object of everything an edit does not touch', () => {
    const deriver = createFlowDeriver();
    const before = deriver.nodes(doc, layout, []);
    const card = doc.cards[0]!;
    const renamed = apply(doc, { type: 'card/update', id: card.id, patch: { title: 'Renamed on the canvas' } });
    const after = deriver.nodes(renamed, computeLayout(renamed), []);
    expect(changedIds(before, after)).toEqual([card.id]);
    expect(after.find((n) => n.id === card.id)?.data).toMatchObject({ title: 'Renamed on the canvas' });
  });

  it('hands out the very same lists when an edit changes no node and no link', () => {
    const deriver = createFlowDeriver();
    const nodes = deriver.nodes(doc, layout, []);
    const edges = deriver.edges(doc, layout);
    const retitled = apply(doc, { type: 'map/update', patch: { title: 'Another title' } });
    const again = computeLayout(retitled);
    expect(deriver.nodes(retitled, again, [])).toBe(nodes);
    expect(deriver.edges(retitled, again)).toBe(edges);
  });

  it('changes only the selected and deselected cards when the selection changes', () => {
    const deriver = createFlowDeriver();
    const [a, b] = doc.cards;
    const before = deriver.nodes(doc, layout, [a!.id]);
    const after = deriver.nodes(doc, layout, [b!.id]);
    expect(changedIds(before, after)).toEqual([a!.id, b!.id].sort());
    expect(after.find((n) => n.id === b!.id)?.selected).toBe(true);
  });

  it('rebuilds the cards a move re-lays out, and only those', () => {
    const deriver = createFlowDeriver();
    const before = deriver.nodes(doc, layout, []);
    const card = doc.cards.find((c) =>
      doc.cards.some((o) => o.id !== c.id && o.laneId === c.laneId && o.stageId !== c.stageId),
    )!;
    const target = doc.stages.find((s) => s.id !== card.stageId)!;
    const moved = apply(doc, placeCardCommand(doc, card.id, card.laneId, target.id, 0));
    const movedLayout = computeLayout(moved);
    const after = deriver.nodes(moved, movedLayout, []);
    const relaidOut = moved.cards
      .filter((c) => {
        const a = layout.cards.get(c.id)!;
        const b = movedLayout.cards.get(c.id)!;
        return (
          a.x !== b.x ||
          a.y !== b.y ||
          a.width !== b.width ||
          a.height !== b.height ||
          c !== doc.cards.find((o) => o.id === c.id)
        );
      })
      .map((c) => c.id);
    const changedCards = changedIds(before, after).filter((id) => moved.cards.some((c) => c.id === id));
    expect(changedCards).toContain(card.id);
    expect(changedCards).toEqual(relaidOut.sort());
  });

  it('derives after a run of edits exactly what a fresh deriver derives from the last document', () => {
    const deriver = createFlowDeriver();
    let current = doc;
    deriver.nodes(current, computeLayout(current), []);
    deriver.edges(current, computeLayout(current));
    // Move cards around inside one column and across columns, so links detour round them and stop detouring.
    for (const [i, card] of doc.cards.slice(0, 12).entries()) {
      const stage = doc.stages[(i * 3) % doc.stages.length]!;
      current = apply(current, placeCardCommand(current, card.id, card.laneId, stage.id, i % 2));
      const layoutNow = computeLayout(current);
      const fresh = createFlowDeriver();
      expect(deriver.edges(current, layoutNow)).toEqual(fresh.edges(current, layoutNow));
      expect(deriver.nodes(current, layoutNow, [card.id])).toEqual(fresh.nodes(current, layoutNow, [card.id]));
    }
  });

  it('re-routes a link round a card moved into its way, and straight again once it moves out', () => {
    const base = emptyDocument('Routes', new Date('2026-01-01T00:00:00Z'));
    const [left, right] = [makeStage({ name: 'Left', order: 1 }), makeStage({ name: 'Right', order: 2 })];
    const lanes = [1, 2, 3].map((order) => makeLane({ kind: 'customer', title: `Lane ${order}`, order }));
    const top = makeCard({ laneId: lanes[0]!.id, stageId: left.id, order: 1, title: 'Top' });
    const bottom = makeCard({ laneId: lanes[2]!.id, stageId: left.id, order: 1, title: 'Bottom' });
    const middle = makeCard({ laneId: lanes[1]!.id, stageId: right.id, order: 1, title: 'Middle' });
    const link = makeLink({ fromId: top.id, toId: bottom.id, kind: 'flow' });
    let current: TandemDoc = { ...base, stages: [left, right], lanes, cards: [top, middle, bottom], links: [link] };
    const deriver = createFlowDeriver();
    const route = () => deriver.edges(current, computeLayout(current)).find((e) => e.id === link.id)!.data!.detourX;
    expect(route()).toBeNull();
    current = apply(current, placeCardCommand(current, middle.id, lanes[1]!.id, left.id, 0));
    expect(route()).not.toBeNull();
    current = apply(current, placeCardCommand(current, middle.id, lanes[1]!.id, right.id, 0));
    expect(route()).toBeNull();
  });
});
