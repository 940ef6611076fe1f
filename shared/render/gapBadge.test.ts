import { describe, expect, it } from 'vitest';
import { createFromTemplate } from '../templates/index';
import { renderMapSvg } from './svg';
import { xmlProblems } from './testing/strictXml';

const NOW = new Date('2026-03-01T10:00:00Z');

describe('perception-gap badges in the exported map', () => {
  it('puts a "≠ 41%" badge on the card whose touchpoint key is flagged, and on no other card', () => {
    const doc = createFromTemplate('sample', undefined, NOW);
    const keyed = doc.cards.find((c) => c.key !== null);
    if (!keyed?.key) throw new Error('the sample map has a card with a touchpoint key');
    const svg = renderMapSvg(doc, { now: NOW, perceptionGaps: new Map([[keyed.key, 0.414]]) });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg.match(/class="gap-badge"/g)).toHaveLength(1);
    expect(svg).toContain('≠ 41%');
    expect(svg).toContain(`Perception gap at &quot;${keyed.key}&quot;`);
  });

  it('draws no badge without flagged gaps, or for a key no card carries', () => {
    const doc = createFromTemplate('sample', undefined, NOW);
    expect(renderMapSvg(doc, { now: NOW })).not.toContain('gap-badge');
    expect(renderMapSvg(doc, { now: NOW, perceptionGaps: new Map([['no-such-key', 0.9]]) })).not.toContain('gap-badge');
  });

  it('places the gap badge left of the pain badge, inside the card', () => {
    const doc = createFromTemplate('sample', undefined, NOW);
    const withPain = doc.cards.find((c) => doc.painPoints.some((p) => p.cardId === c.id));
    if (!withPain) throw new Error('the sample map has a card with a pain point');
    withPain.key = 'till-queue';
    const svg = renderMapSvg(doc, { now: NOW, perceptionGaps: new Map([['till-queue', 0.5]]) });
    const card = svg.split('<g class="card">').find((part) => part.includes('gap-badge')) ?? '';
    const num = (re: RegExp) => Number(re.exec(card)?.[1]);
    const cardX = num(/<rect x="([\d.]+)"/);
    const cardW = num(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/);
    const gapX = num(/class="gap-badge"><title>[^<]*<\/title><rect x="([\d.]+)"/);
    const gapW = num(/class="gap-badge"><title>[^<]*<\/title><rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/);
    const painX = num(/<g><title>\d+ pain point[^<]*<\/title><rect x="([\d.]+)"/);
    expect(gapX).toBeGreaterThan(cardX);
    expect(gapX + gapW).toBeLessThanOrEqual(painX);
    expect(painX).toBeLessThan(cardX + cardW);
  });
});
