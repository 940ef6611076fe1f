import { describe, expect, it } from 'vitest';
import { applyAll, makeMap } from '../../test/helpers/makeMap';
import { makeCard } from '../factories';
import { applyDelta, applyStoredDelta, composeDeltas, docDelta } from './delta';

describe('the change from one version of a map to another', () => {
  const base = makeMap();

  it('is nothing between a map and itself', () => {
    expect(docDelta(base, base)).toBeNull();
    expect(docDelta(base, structuredClone(base))).toBeNull();
  });

  it('puts only what differs and removes what is gone, and applying it gives the later map', () => {
    const card = base.cards[0]!;
    const added = makeCard({ laneId: card.laneId, stageId: card.stageId, title: 'New step' });
    const after = applyAll(base, [
      { type: 'card/add', card: added },
      { type: 'card/update', id: card.id, patch: { title: 'Retitled' } },
      { type: 'card/delete', id: base.cards.at(-1)!.id },
      { type: 'map/update', patch: { title: 'Later' } },
    ]);
    const delta = docDelta(base, after)!;
    expect(delta.put?.cards?.map((c) => c.title).sort()).toEqual(['New step', 'Retitled']);
    expect(delta.remove?.cards).toEqual([base.cards.at(-1)!.id]);
    expect(delta.meta?.title).toBe('Later');
    expect(applyDelta(base, delta)).toEqual(after);
    // And back: the reverse change restores the earlier map exactly.
    expect(applyDelta(after, docDelta(after, base))).toEqual(base);
  });

  it('composes two changes into one that gives the same map, an object added then removed included', () => {
    const card = base.cards[0]!;
    const temp = makeCard({ laneId: card.laneId, stageId: card.stageId, title: 'Short-lived' });
    const mid = applyAll(base, [
      { type: 'card/add', card: temp },
      { type: 'card/update', id: card.id, patch: { title: 'First edit' } },
    ]);
    const end = applyAll(mid, [
      { type: 'card/delete', id: temp.id },
      { type: 'card/update', id: card.id, patch: { title: 'Second edit' } },
      { type: 'map/update', patch: { title: 'Renamed map' } },
    ]);
    const composed = composeDeltas(docDelta(base, mid)!, docDelta(mid, end)!);
    expect(applyStoredDelta(base, composed)).toEqual(end);
    expect(composed.put?.cards?.map((c) => c.title)).toEqual(['Second edit']);
  });
});
