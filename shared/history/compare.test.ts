import { describe, expect, it } from 'vitest';
import { applyAll, cardTitled, makeMap } from '../../test/helpers/makeMap';
import { makeCard, makeLink } from '../factories';
import type { TandemDoc } from '../schema/document';
import { compareDocs } from './compare';
import { summaryLine } from './summary';

/** The changes of one comparison as short lines a reader would check: "cards changed Pays at the till". */
function lines(from: TandemDoc, to: TandemDoc): string[] {
  return compareDocs(from, to).changes.map((c) => `${c.object} ${c.change} ${c.title}`);
}

describe('comparing two versions of a map by object identity', () => {
  const base = makeMap();
  const card = base.cards.find((c) => base.painPoints.some((p) => p.cardId === c.id))!;

  it('finds nothing between a map and itself, or a copy of it with keys in another order', () => {
    expect(compareDocs(base, base)).toEqual({ changes: [], counts: [] });
    const reordered = JSON.parse(JSON.stringify(base, Object.keys(base).reverse())) as TandemDoc;
    const shuffled = { ...base, cards: base.cards.map((c) => Object.fromEntries(Object.entries(c).reverse())) };
    expect(compareDocs(base, { ...reordered, ...shuffled } as TandemDoc).changes).toEqual([]);
    expect(summaryLine([])).toBe('no changes');
  });

  it('names an added and a removed card by title, matched by id, not by position', () => {
    const added = makeCard({ laneId: card.laneId, stageId: card.stageId, title: 'Scans the loyalty card', order: -1 });
    const gone = base.cards.find(
      (c) =>
        !base.painPoints.some((p) => p.cardId === c.id) &&
        !base.links.some((l) => l.fromId === c.id || l.toId === c.id),
    )!;
    const after = applyAll(base, [
      { type: 'card/add', card: added },
      { type: 'card/delete', id: gone.id },
    ]);
    expect(lines(base, after)).toEqual([`cards added Scans the loyalty card`, `cards removed ${gone.title}`]);
    expect(summaryLine(compareDocs(base, after).counts)).toBe('+1 card, −1 card');
  });

  it('says where a card moved between stages and keeps its title', () => {
    const to = base.stages.find((s) => s.id !== card.stageId)!;
    const after = applyAll(base, [{ type: 'card/move', id: card.id, laneId: card.laneId, stageId: to.id, order: 5 }]);
    const [change] = compareDocs(base, after).changes;
    const fromStage = base.stages.find((s) => s.id === card.stageId)!.name;
    const lane = base.lanes.find((l) => l.id === card.laneId)!.title;
    expect(change).toMatchObject({
      object: 'cards',
      change: 'changed',
      title: card.title,
      was: null,
      moved: { from: `${fromStage} · ${lane}`, to: `${to.name} · ${lane}` },
    });
    expect(change!.fields).toEqual(expect.arrayContaining(['stageId']));
    expect(summaryLine(compareDocs(base, after).counts)).toBe('1 card moved');
  });

  it('gives a retitled card its old title, and a renamed stage is counted as renamed', () => {
    const stage = base.stages[0]!;
    const after = applyAll(base, [
      { type: 'card/update', id: card.id, patch: { title: 'Pays at the self-checkout' } },
      { type: 'stage/update', id: stage.id, patch: { name: 'Arrive' } },
    ]);
    const { changes, counts } = compareDocs(base, after);
    expect(changes).toEqual([
      expect.objectContaining({
        object: 'stages',
        change: 'changed',
        title: 'Arrive',
        was: stage.name,
        fields: ['name'],
      }),
      expect.objectContaining({
        object: 'cards',
        change: 'changed',
        title: 'Pays at the self-checkout',
        was: card.title,
        fields: ['title'],
      }),
    ]);
    expect(summaryLine(counts)).toBe('1 card renamed, 1 stage renamed');
  });

  it('sees a relinked link as changed, with the cards it joins in its title', () => {
    const link = base.links[0]!;
    const other = base.cards.find((c) => c.id !== link.fromId && c.id !== link.toId)!;
    const after = applyAll(base, [{ type: 'doc/patch', put: { links: [{ ...link, toId: other.id }] } }]);
    const [change] = compareDocs(base, after).changes;
    const from = base.cards.find((c) => c.id === link.fromId)!.title;
    expect(change).toMatchObject({ object: 'links', change: 'changed', fields: ['toId'], id: link.id });
    expect(change!.title).toBe(link.label || `${from} → ${other.title}`);
  });

  it('sees a re-scored pain point as changed, naming the fields', () => {
    const pain = base.painPoints[0]!;
    const after = applyAll(base, [
      {
        type: 'painPoint/update',
        id: pain.id,
        patch: { severity: pain.severity === 5 ? 1 : 5, votes: pain.votes + 3 },
      },
    ]);
    expect(compareDocs(base, after).changes).toEqual([
      expect.objectContaining({ object: 'painPoints', change: 'changed', id: pain.id, fields: ['severity', 'votes'] }),
    ]);
    expect(summaryLine(compareDocs(base, after).counts)).toBe('1 pain point changed');
  });

  it('lists what a deleted card took with it, and the map settings', () => {
    const after = applyAll(base, [
      { type: 'card/delete', id: card.id },
      { type: 'map/update', patch: { title: 'Checkout, after the workshop' } },
    ]);
    const { counts } = compareDocs(base, after);
    const pains = base.painPoints.filter((p) => p.cardId === card.id).length;
    expect(counts[0]).toEqual({ object: 'cards', change: 'removed', count: 1 });
    expect(counts).toContainEqual({ object: 'painPoints', change: 'removed', count: pains });
    expect(counts.at(-1)).toEqual({ object: 'map', change: 'changed', count: 1 });
    expect(summaryLine(counts, { max: 1 })).toBe('−1 card, …');
  });

  it('names untitled objects by what they hang on', () => {
    const untitled = makeCard({ laneId: card.laneId, stageId: card.stageId, title: '' });
    const link = makeLink({ fromId: untitled.id, toId: card.id });
    const after = applyAll(base, [
      { type: 'card/add', card: untitled },
      { type: 'link/add', link },
    ]);
    expect(lines(base, after)).toEqual([
      'cards added untitled card',
      `links added untitled card → ${cardTitled(base, card.title).title}`,
    ]);
  });
});
