import { describe, expect, it } from 'vitest';
import { computeLayout, linkRoute } from '../layout';
import { createFromTemplate } from '../templates/index';
import { renderLegend } from './legend';
import { LANE_FILL } from './palette';
import { linkDashScale, renderMapSvg } from './svg';
import { xmlProblems } from './testing/strictXml';

const NOW = new Date('2026-03-01T10:00:00Z');
const sample = () => createFromTemplate('sample', undefined, NOW);

describe('the exported map looks like the canvas', () => {
  it('tints customer lanes warm and organisation lanes cool, with the canvas colours', () => {
    // renderer/styles/canvas.css: .lane-band--customer #fff6e6, .lane-band--organisation #eef4fb.
    expect(LANE_FILL.customer.band).toBe('#fff6e6');
    expect(LANE_FILL.organisation.band).toBe('#eef4fb');
    const svg = renderMapSvg(sample(), { now: NOW });
    expect(svg).toContain('fill="#fff6e6"');
    expect(svg).toContain('fill="#eef4fb"');
    expect(svg).toContain(`fill="${LANE_FILL.customer.accent}"`);
    expect(svg).not.toContain('fill-opacity');
  });

  it('routes a link round the cards between its ends in one column, as linkRoute says', () => {
    const doc = sample();
    const layout = computeLayout(doc);
    const column = (stageId: string) => [...layout.cards.values()].filter((b) => b.stageId === stageId);
    const detoured = doc.links.find((l) => {
      const from = layout.cards.get(l.fromId);
      const to = layout.cards.get(l.toId);
      return from && to && from.stageId === to.stageId && linkRoute(from, to, column(from.stageId)).detourX !== null;
    });
    if (!detoured) throw new Error('the sample map has a link that must go round cards');
    const from = layout.cards.get(detoured.fromId)!;
    const to = layout.cards.get(detoured.toId)!;
    const x = linkRoute(from, to, column(from.stageId)).detourX!;
    const svg = renderMapSvg(doc, { now: NOW });
    // The vertical run of the detour, in the grid's own coordinates (the grid group is translated as a whole).
    const run = Math.max(x, from.x + from.width + 4, to.x + to.width + 4);
    const ty = to.y + to.height / 2;
    // The run down the gap (dashes start on it) and the last stretch into the target's right side, pointing left.
    expect(svg).toMatch(new RegExp(`M${run},[\\d.]+l0,`));
    const r = Math.min(
      8,
      (run - from.x - from.width) / 2,
      (run - to.x - to.width) / 2,
      Math.abs(ty - from.y - from.height / 2) / 2,
    );
    expect(svg).toContain(
      `d="M${run - r},${ty} L${to.x + to.width},${ty}" fill="none" stroke="none" marker-end="url(#tandem-arrow-${detoured.kind})"`,
    );
  });

  it('explains the perception-gap badge in the legend of a map with linked questions', () => {
    const doc = sample();
    expect(doc.pairings.length).toBeGreaterThan(0);
    const legend = renderLegend(doc, 0, 0, 1600);
    expect(xmlProblems(`<svg xmlns="http://www.w3.org/2000/svg">${legend}</svg>`)).toEqual([]);
    expect(legend).toContain('≠ 41%');
    expect(legend).toContain('Perception gap');
    // The legend's sample is not a card's badge: only cards carry class="gap-badge".
    expect(legend).not.toContain('gap-badge');
    expect(renderLegend({ ...doc, pairings: [] }, 0, 0, 1600)).not.toContain('Perception gap');
  });

  it('lengthens link dashes only where the map is shrunk below a third of its size', () => {
    expect(linkDashScale(1)).toBe(1);
    expect(linkDashScale(0.5)).toBe(1);
    expect(linkDashScale(0.1)).toBeCloseTo(3.5);
    const dots = (svg: string) =>
      (svg.match(/stroke="#b5651d" stroke-width="1.8"/g) ?? []).length + (svg.match(/m[\d.-]+,[\d.-]+l/g) ?? []).length;
    const doc = sample();
    expect(dots(renderMapSvg(doc, { now: NOW, displayScale: 0.1 }))).toBeLessThan(
      dots(renderMapSvg(doc, { now: NOW })),
    );
  });
});
