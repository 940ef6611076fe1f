import { describe, expect, it } from 'vitest';
import { type CommentRow, selectComments, trimComment } from './handoutComments';

const row = (text: string, answeredAt: string | null, order: number): CommentRow => ({ text, answeredAt, order });

describe('selectComments', () => {
  it('keeps the three newest distinct comments, skipping blanks and repeats that differ only in case or spacing', () => {
    const rows = [
      row('Queue was long', '2026-09-01T10:00:00Z', 1),
      row('  queue   WAS long ', '2026-10-02T10:00:00Z', 2),
      row('   ', '2026-11-01T10:00:00Z', 3),
      row('Card terminal froze twice', '2026-10-20T10:00:00Z', 4),
      row('Friendly cashier', '2026-10-05T10:00:00Z', 5),
      row('Fast this time', '2026-08-01T10:00:00Z', 6),
    ];
    expect(selectComments(rows)).toEqual(['Card terminal froze twice', 'Friendly cashier', 'queue WAS long']);
  });

  it('puts comments without a time after dated ones, later imports first, and honours a smaller limit', () => {
    const rows = [row('undated, early', null, 1), row('undated, late', null, 9), row('dated', '2026-01-01', 2)];
    expect(selectComments(rows)).toEqual(['dated', 'undated, late', 'undated, early']);
    expect(selectComments(rows, 1)).toEqual(['dated']);
    expect(selectComments([])).toEqual([]);
  });
});

describe('trimComment', () => {
  it('cuts a long comment at a word before 200 characters and marks the cut', () => {
    const long = `${'The till froze again and '.repeat(12)}end`;
    const cut = trimComment(long);
    expect([...cut].length).toBeLessThanOrEqual(200);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/\s…$/);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('keeps a short comment whole, on one line, and cuts an unbroken run of characters as it is', () => {
    expect(trimComment('Two\nlines')).toBe('Two lines');
    const cjk = '排队时间太长了'.repeat(40);
    expect([...trimComment(cjk)].length).toBe(200);
  });
});
