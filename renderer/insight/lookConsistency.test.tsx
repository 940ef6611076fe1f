import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { painSummaries } from '../../shared/insight/painSummary';
import { renderMapSvg } from '../../shared/render/svg';
import { createFromTemplate } from '../../shared/templates';
import { formatFigure, targetStatus } from './metrics/figures';
import { StatusMark } from './metrics/StatusMark';
import { PainBadgeView } from './painPoints/PainPointBadge';

const NOW = new Date('2026-01-01T09:00:00Z');

/** The words of an SVG without its markup, so a badge's pieces read as the page shows them. */
const svgWords = (svg: string) => svg.replace(/<title>.*?<\/title>/g, '').replace(/<[^>]+>/g, ' ');

describe('one look on the canvas and on paper', () => {
  it('draws every pain badge with the same side mark, count and worst severity', () => {
    const doc = createFromTemplate('sample', undefined, NOW);
    const words = svgWords(renderMapSvg(doc, { now: NOW }));
    const summaries = [...painSummaries(doc.painPoints).values()];
    expect(summaries.length).toBeGreaterThan(2);
    for (const s of summaries) {
      const { container, unmount } = render(<PainBadgeView count={s.count} worst={s.worst} side={s.side} />);
      const [mark, rest] = [...container.querySelectorAll('[aria-hidden="true"]')].map((n) => n.textContent ?? '');
      expect(words).toContain(` ${mark} `);
      expect(words).toContain(` ${rest} `);
      unmount();
    }
  });

  it('writes each metric figure with the same rounding and target mark', () => {
    const doc = createFromTemplate('sample', undefined, NOW);
    const words = svgWords(renderMapSvg(doc, { now: NOW }));
    const metrics = new Map(doc.metrics.map((m) => [m.id, m]));
    expect(doc.metricValues.length).toBeGreaterThan(0);
    for (const v of doc.metricValues) {
      const m = metrics.get(v.metricId);
      if (!m) continue;
      const figure = formatFigure(m.kind, v.value);
      const { container, unmount } = render(<StatusMark status={targetStatus(m.kind, v.value, m.target)} />);
      const mark = container.textContent ?? '';
      expect(words).toContain(figure);
      if (mark) expect(words).toContain(mark);
      unmount();
    }
    // CES keeps two decimals on both.
    expect(formatFigure('ces', 3.9)).toBe('3.90');
  });
});
