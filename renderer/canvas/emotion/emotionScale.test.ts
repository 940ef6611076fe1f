import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../shared/layout';
import { createFromTemplate } from '../../../shared/templates';
import { emotionAt, emotionCentreY, emotionWord, snapEmotion } from './emotionScale';

describe('emotion scale', () => {
  it('places a value where the layout puts an emotion card’s centre', () => {
    const doc = createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));
    const layout = computeLayout(doc);
    const lane = layout.lanes.find((l) => l.kind === 'emotion')!;
    for (const c of doc.cards.filter((x) => x.laneId === lane.id && x.emotion !== null)) {
      const box = layout.cards.get(c.id)!;
      expect(emotionCentreY(lane.height, c.emotion!)).toBeCloseTo(box.y + box.height / 2 - lane.y);
    }
  });

  it('turns a y back into the nearest of the five levels, clamped to −2…+2', () => {
    for (const v of [-2, -1, 0, 1, 2]) expect(emotionAt(170, emotionCentreY(170, v) + 3)).toBe(v);
    expect(emotionAt(170, 10_000)).toBe(-2);
    expect(emotionAt(170, -10_000)).toBe(2);
    expect(snapEmotion(0.4)).toBe(0);
    expect(emotionWord(-2)).toBe('Very negative');
  });
});
