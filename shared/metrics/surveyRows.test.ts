import { describe, expect, it } from 'vitest';
import { makeMetric } from '../factories';
import { SCALES } from './answers';
import { listErrors, normaliseHeader, questionRules, readRow, resolveColumns, type ColumnLayout } from './surveyRows';

const LONG = ['interaction_id', 'respondent', 'touchpoint', 'question', 'value', 'answered_at', 'comment'];

function layout(header: string[] = LONG): ColumnLayout {
  const r = resolveColumns(header);
  if (!r.ok) throw new Error(r.error);
  return r.layout;
}

describe('normaliseHeader', () => {
  it('ignores case and surrounding spaces, and reads inner spaces as underscores', () => {
    expect(normaliseHeader('  Interaction ID ')).toBe('interaction_id');
    expect(normaliseHeader('VALUE')).toBe('value');
    expect(normaliseHeader('answered_at')).toBe('answered_at');
  });
});

describe('resolveColumns', () => {
  it('names a single missing column in the singular', () => {
    expect(resolveColumns(LONG.filter((c) => c !== 'touchpoint'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^it lacks the column touchpoint\. /),
    });
  });

  it('finds columns in any order and lists unused ones', () => {
    const l = layout(['comment', 'value', 'question', 'Touchpoint', 'respondent', 'interaction_id', 'channel']);
    expect(l.index).toMatchObject({
      comment: 0,
      value: 1,
      question: 2,
      touchpoint: 3,
      respondent: 4,
      interaction_id: 5,
    });
    expect(l.ignored).toEqual(['channel']);
  });

  it('refuses a wide mapping that names a column the file lacks', () => {
    const r = resolveColumns(['id', 'score'], {
      interactionId: 'id',
      respondent: { fixed: 'customer' },
      touchpoint: { fixed: 'checkout' },
      questions: { score: 'nps', Effort: 'ces' },
    });
    expect(r).toEqual({ ok: false, error: 'it lacks the column Effort named in the column mapping.' });
  });
});

describe('questionRules', () => {
  it("takes scales from the map's metric definitions and yes/no from its pairings and yes-share metrics", () => {
    const rules = questionRules({
      metrics: [
        makeMetric({ name: 'NPS', kind: 'nps', side: 'customer', questionKey: 'Recommend' }),
        makeMetric({ name: 'Would return', kind: 'yes_share', side: 'customer', questionKey: 'return' }),
        makeMetric({ name: 'Mood', kind: 'custom', side: 'employee', questionKey: 'mood' }),
      ],
      pairings: [{ id: 'p1', customerQuestion: 'resolved', employeeQuestion: 'solved', label: '' }],
    });
    expect(rules.get('recommend')).toBe(SCALES.nps);
    expect(rules.get('nps')).toBeUndefined();
    expect(rules.get('csat')).toBe(SCALES.csat);
    expect(rules.get('enps')).toBe(SCALES.enps);
    expect(rules.get('return')).toBe('yes_no');
    expect(rules.get('solved')).toBe('yes_no');
    expect(rules.has('mood')).toBe(false);
  });
});

describe('readRow', () => {
  const rules = questionRules({ metrics: [], pairings: [] });

  it('reads a row into one answer: sides and keys in lower case, value trimmed, comment untouched', () => {
    const row = readRow(
      [' T1 ', 'Employee', 'Checkout', 'ENPS', ' 9 ', '2026-10-01T10:00:00Z', '  as typed  '],
      layout(),
      rules,
    );
    expect(row).toEqual({
      answers: [
        {
          interactionId: 'T1',
          respondent: 'employee',
          touchpoint: 'checkout',
          question: 'enps',
          value: '9',
          answeredAt: '2026-10-01T10:00:00Z',
          comment: '  as typed  ',
          site: null,
        },
      ],
      errors: [],
      oddDate: false,
    });
  });

  it('gives nothing for a blank line, and every problem of a bad row', () => {
    expect(readRow([''], layout(), rules)).toEqual({ answers: [], errors: [], oddDate: false });
    const bad = readRow(['', 'boss', '', 'nps', '12', '', ''], layout(), rules);
    expect(bad.answers).toEqual([]);
    expect(bad.errors).toEqual([
      'interaction_id is empty',
      'unknown respondent "boss" (customer or employee)',
      'touchpoint is empty',
      '12 is outside the scale (NPS answers are whole numbers from 0 to 10)',
    ]);
  });

  it('accepts any non-empty answer to a question the map does not know', () => {
    expect(readRow(['T1', 'customer', 'x', 'favourite_colour', 'teal', '', ''], layout(), rules).answers).toHaveLength(
      1,
    );
  });
});

describe('listErrors', () => {
  it('keeps up to 20 and sums up the rest', () => {
    const errors = Array.from({ length: 20 }, (_, i) => `row ${i + 2}: bad`);
    expect(listErrors(errors, 20)).toHaveLength(20);
    expect(listErrors(errors, 57).at(-1)).toBe('and 37 more');
  });
});
