import { describe, expect, it } from 'vitest';
import { createFromTemplate } from '../templates/index';
import type { TandemDoc } from '../schema/document';
import { escapeXml } from './escape';
import { measureMap, renderMapSvg } from './svg';
import { xmlProblems } from './testing/strictXml';

const NOW = new Date('2026-03-01T10:00:00Z');
const sample = (): TandemDoc => createFromTemplate('sample', undefined, NOW);

/** The sample map with the first card titles replaced, for script and escaping checks. */
function withTitles(titles: string[]): TandemDoc {
  const doc = sample();
  titles.forEach((t, i) => {
    const card = doc.cards[i];
    if (card) card.title = t;
  });
  return doc;
}

describe('renderMapSvg', () => {
  it('produces strict, well-formed XML for the sample map', () => {
    expect(xmlProblems(renderMapSvg(sample(), { now: NOW }))).toEqual([]);
  });

  it('contains the title of every card, the map title, the stages and the lanes', () => {
    const doc = sample();
    const svg = renderMapSvg(doc, { now: NOW });
    for (const c of doc.cards) expect(svg, c.title).toContain(escapeXml(c.title).split(' ')[0]);
    // Whole titles: the sample's titles fit their cards, so each wrapped line is a tspan; joined they give the title.
    const texts = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
      (m[1] ?? '').replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, ''),
    );
    for (const c of doc.cards) expect(texts, c.title).toContain(escapeXml(c.title));
    for (const s of doc.stages) expect(texts).toContain(s.name);
    expect(svg).toContain(escapeXml(doc.meta.title));
    expect(texts).toContain('Line of visibility');
    expect(texts).toContain('Line of interaction');
    expect(texts).toContain('Line of internal interaction');
  });

  it('names a lane kind as the canvas does, beside the lane’s own title: TOUCHPOINT over “Touchpoints”', () => {
    const texts = [...renderMapSvg(sample(), { now: NOW }).matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(texts).toContain('TOUCHPOINT');
    expect(texts).not.toContain('TOUCHPOINTS');
    expect(texts).toContain('Touchpoints');
    expect(texts).toContain('EMOTION · CUSTOMER');
  });

  it('escapes markup in user text: a <script> card title stays text', () => {
    const doc = withTitles(['<script>alert(1)</script>', 'Tom & Jerry\'s "quote"', '<img src=x onerror=alert(1)>']);
    doc.meta.title = '</svg><script>alert(2)</script>';
    doc.teams[0]!.name = '<b onload="x()">Team</b>';
    doc.links[5]!.label = '<a href="javascript:alert(3)">x</a>';
    const svg = renderMapSvg(doc, { now: NOW });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<img/i);
    // The hostile strings survive as visible text; no tag may carry an event handler or a javascript: URL.
    const tags = svg.match(/<[^>]*>/g) ?? [];
    expect(tags.filter((t) => /\son\w+\s*=|javascript:/i.test(t))).toEqual([]);
    expect(svg).not.toMatch(/<a[\s>]/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Tom &amp; Jerry&#39;s &quot;quote&quot;');
  });

  it('has no scripts, event attributes, javascript: URLs or external references', () => {
    const svg = renderMapSvg(sample(), { now: NOW });
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son\w+\s*=/i);
    expect(svg).not.toMatch(/javascript:/i);
    expect(svg).not.toMatch(/\b(href|xlink:href|src)\s*=/i);
    expect(svg).not.toMatch(/@import|url\((?!#)/i);
    expect(svg).toContain(
      'font-family="&quot;Noto Sans&quot;, &quot;DejaVu Sans&quot;, &quot;Noto Sans CJK SC&quot;, sans-serif"',
    );
  });

  it('keeps Cyrillic and Chinese titles as text', () => {
    const svg = renderMapSvg(withTitles(['Оплата на кассе', '在收银台付款']), { now: NOW });
    expect(svg).toContain('Оплата на кассе');
    expect(svg).toContain('在收银台付款');
  });

  it('drops control characters that XML cannot carry', () => {
    const svg = renderMapSvg(withTitles(['bell\u0007 and null\u0000 inside']), { now: NOW });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('bell and null inside');
  });

  it('declares the size that measureMap reports', () => {
    const doc = sample();
    const { width, height, grid } = measureMap(doc, { now: NOW });
    const svg = renderMapSvg(doc, { now: NOW });
    expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${width}" height="${height}"`));
    expect(grid.width).toBeGreaterThan(doc.stages.length * 160);
    expect(height).toBeGreaterThan(grid.y + grid.height);
  });

  it('shows the pain-point badge with count and worst severity, and the metrics lane values', () => {
    const svg = renderMapSvg(sample(), { now: NOW });
    // The canvas's badge: whose pain, how many, the worst severity ("C", "1 S5").
    expect(svg).toContain('>1 S5<');
    expect(svg).toMatch(/NPS \(CX\)/);
    expect(svg).toContain('−12');
  });

  it('draws each link kind with its own stroke: flow solid, support dashed, handoff dotted', () => {
    const svg = renderMapSvg(sample(), { now: NOW });
    expect(svg).toMatch(/<path d="M[^"]*[LQ][^"]*" fill="none" stroke="#3d4b5c" stroke-width="1.8" stroke-linecap/);
    // Dashes are drawn as one sub-path per dash (stroke-dasharray prints as megabytes of outlines in Chromium's PDF).
    expect(svg).not.toContain('stroke-dasharray');
    expect(svg).toMatch(
      /<path d="M[^"]*(m[^"m]+){3,}" fill="none" stroke="#6d597a" stroke-width="1.8" stroke-linecap="round"\/>/,
    );
    expect(svg).toMatch(
      /<path d="M[^"]*(m[^"m]+){3,}" fill="none" stroke="#b5651d" stroke-width="1.8" stroke-linecap="round"\/>/,
    );
    expect(svg).toMatch(/stroke="none" marker-end="url\(#tandem-arrow-support\)"/);
    expect(svg).toMatch(/stroke="none" marker-end="url\(#tandem-arrow-handoff\)"/);
  });

  it('renders a blank map and a map with an empty title without failing', () => {
    const blank = createFromTemplate('blank', '', NOW);
    const svg = renderMapSvg(blank, { now: NOW });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('Untitled map');
  });

  it('leaves out the white background when asked for transparency', () => {
    const svg = renderMapSvg(sample(), { now: NOW, background: 'transparent' });
    expect(svg).not.toMatch(/^<svg[^>]*><title>[^<]*<\/title><rect x="0" y="0"[^>]*fill="#ffffff"/);
    expect(renderMapSvg(sample(), { now: NOW })).toMatch(
      /^<svg[^>]*><title>[^<]*<\/title><rect x="0" y="0"[^>]*fill="#ffffff"/,
    );
  });
});
