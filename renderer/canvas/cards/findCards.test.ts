import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../shared/layout';
import { makeCard } from '../../../shared/factories';
import { sampleOpened } from '../../../test/helpers/renderEditor';
import { cardMatches, findCards, foldText } from './findCards';

describe('find', () => {
  it('matches title, notes, tags and key, ignoring case and accents', () => {
    const card = makeCard({
      laneId: 'l',
      stageId: 's',
      title: 'Paie au Comptoir',
      notes: 'Le café est froid',
      tags: ['Caisse'],
      key: 'checkout',
    });
    expect(cardMatches(card, foldText('COMPTOIR'))).toBe(true);
    expect(cardMatches(card, foldText('cafe'))).toBe(true);
    expect(cardMatches(card, foldText('caissé'))).toBe(true);
    expect(cardMatches(card, foldText('checkout'))).toBe(true);
    expect(cardMatches(card, foldText('refund'))).toBe(false);
    expect(cardMatches(card, '')).toBe(false);
  });

  it('lists the matches of a map in reading order, stage by stage and top to bottom', () => {
    const doc = sampleOpened().doc;
    const layout = computeLayout(doc);
    const hits = findCards(doc.cards, layout, 'till');
    expect(hits.length).toBeGreaterThan(1);
    const stageIndex = (id: string) => layout.stages.findIndex((s) => s.id === layout.cards.get(id)!.stageId);
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1]!, hits[i]!];
      expect(
        stageIndex(a) < stageIndex(b) ||
          (stageIndex(a) === stageIndex(b) && layout.cards.get(a)!.y <= layout.cards.get(b)!.y),
      ).toBe(true);
    }
    expect(findCards(doc.cards, layout, '   ')).toEqual([]);
  });
});
