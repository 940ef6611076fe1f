import { describe, expect, it } from 'vitest';
import type { Comparison, ObjectChange } from '../history/compare';
import { renderComparisonHtml, shareLines } from './comparison';
import { comparisonCsv, fieldWords } from './comparisonText';

const change = (over: Partial<ObjectChange>): ObjectChange => ({
  object: 'cards',
  change: 'added',
  id: 'x',
  title: 'A card',
  fields: [],
  was: null,
  moved: null,
  ...over,
});

describe('shareLines', () => {
  it('gives every list what it needs when all fit, and shares fairly when they do not', () => {
    expect(shareLines([3, 0, 2], 50)).toEqual([3, 0, 2]);
    expect(shareLines([100, 100, 100], 30)).toEqual([10, 10, 10]);
    // What the short list does not need goes to the long ones.
    expect(shareLines([200, 2, 200], 40)).toEqual([19, 2, 19]);
    expect(shareLines([5, 5], 0)).toEqual([0, 0]);
  });
});

describe('the comparison page', () => {
  it('escapes user text and counts what it leaves off', () => {
    const changes = Array.from({ length: 200 }, (_, i) => change({ id: `c${i}`, title: `<b>Card ${i}</b>` }));
    const comparison: Comparison = { changes, counts: [{ object: 'cards', change: 'added', count: 200 }] };
    const { html, fit } = renderComparisonHtml({
      mapTitle: 'Bank <script>',
      from: '“Start”',
      to: 'the current map',
      comparison,
      now: new Date('2026-12-03T10:00:00Z'),
    });
    expect(html).not.toContain('<b>Card');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;b&gt;Card 0&lt;/b&gt;');
    expect(fit.added + fit.more).toBe(200);
    expect(fit.more).toBeGreaterThan(0);
    expect(html).toContain(`… and ${fit.more} more (see the CSV)`);
  });
});

describe('the comparison CSV', () => {
  it('writes one row per change with readable kinds and fields, formulas neutralised', () => {
    const csv = comparisonCsv({
      changes: [
        change({ change: 'changed', title: '=SUM(A1)', was: 'Old', fields: ['title', 'painPointIds'] }),
        change({ object: 'painPoints', title: 'Slow' }),
      ],
      counts: [],
    });
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Change,Object,Title,Old title,Fields changed,Moved from,Moved to');
    // Added first, then changed; the kind is the vocabulary's word.
    expect(lines[1]).toBe('added,pain point,Slow,,,,');
    expect(lines[2]).toBe(`changed,card,"'=SUM(A1)",Old,"title, pain points",,`);
    expect(fieldWords('stageId')).toBe('stage');
  });
});
