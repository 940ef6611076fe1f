import { describe, expect, it } from 'vitest';
import { makeMetric } from '../factories';
import type { MetricValue } from '../schema/metric';
import { cardTitled, expectRefused, expectUndoRedo, makeMap, stageNamed } from '../../test/helpers/makeMap';

const nps = (doc: ReturnType<typeof makeMap>) => doc.metrics.find((m) => m.kind === 'nps')!;

describe('metric/add', () => {
  it('adds a metric definition; undo removes it; redo adds it again', () => {
    const doc = makeMap();
    const metric = makeMetric({ name: 'Queue time', kind: 'custom', side: 'customer', target: 3 });
    const { doc: after } = expectUndoRedo(doc, { type: 'metric/add', metric });
    expect(after.metrics).toContainEqual(metric);
  });

  it('refuses a metric without a name or of an unknown kind as invalid', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'metric/add', metric: makeMetric({ name: '', kind: 'nps', side: 'customer' }) },
      'invalid',
      /name/,
    );
    expectRefused(
      doc,
      { type: 'metric/add', metric: { ...makeMetric({ name: 'X', kind: 'nps', side: 'customer' }), kind: 'vibes' } },
      'invalid',
      /kind/,
    );
  });

  it('refuses a metric whose id is already taken, with a conflict', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'metric/add', metric: makeMetric({ id: nps(doc).id, name: 'NPS 2', kind: 'nps', side: 'customer' }) },
      'conflict',
    );
  });
});

describe('metric/update', () => {
  it('changes the target of a metric; undo restores it; redo applies it again', () => {
    const doc = makeMap();
    const { doc: after } = expectUndoRedo(doc, {
      type: 'metric/update',
      id: nps(doc).id,
      patch: { target: 45, name: 'Net promoter' },
    });
    expect(after.metrics.find((m) => m.id === nps(doc).id)).toMatchObject({ target: 45, name: 'Net promoter' });
  });

  it('refuses a target that is not finite as invalid and an unknown id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'metric/update', id: nps(doc).id, patch: { target: Number.NaN } }, 'invalid', /target/);
    expectRefused(doc, { type: 'metric/update', id: 'nope', patch: { target: 1 } }, 'not_found');
  });
});

describe('metric/delete', () => {
  it('removes a metric with its values; undo restores both', () => {
    const doc = makeMap();
    const metric = nps(doc);
    expect(doc.metricValues.some((v) => v.metricId === metric.id)).toBe(true);
    const { doc: after } = expectUndoRedo(doc, { type: 'metric/delete', id: metric.id });
    expect(after.metrics.some((m) => m.id === metric.id)).toBe(false);
    expect(after.metricValues.some((v) => v.metricId === metric.id)).toBe(false);
  });

  it('refuses an unknown metric id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'metric/delete', id: 'nope' }, 'not_found');
  });
});

describe('metricValue/add', () => {
  const value = (doc: ReturnType<typeof makeMap>, fields: Partial<MetricValue> = {}): MetricValue => ({
    id: 'v-new',
    metricId: nps(doc).id,
    cardId: cardTitled(doc, 'Till with the new POS').id,
    stageId: null,
    value: 20,
    n: 55,
    period: '2026-Q3',
    ...fields,
  });

  it('adds a value to a card; undo removes it; redo adds it again', () => {
    const doc = makeMap();
    const { doc: after } = expectUndoRedo(doc, { type: 'metricValue/add', value: value(doc) });
    expect(after.metricValues).toContainEqual(value(doc));
  });

  it('adds a value to a stage', () => {
    const doc = makeMap();
    expectUndoRedo(doc, {
      type: 'metricValue/add',
      value: value(doc, { cardId: null, stageId: stageNamed(doc, 'Use').id }),
    });
  });

  it('refuses a value on both a card and a stage, or on neither, as invalid', () => {
    const doc = makeMap();
    const stageId = stageNamed(doc, 'Use').id;
    expectRefused(
      doc,
      { type: 'metricValue/add', value: value(doc, { stageId }) },
      'invalid',
      /exactly one card or one stage/,
    );
    expectRefused(
      doc,
      { type: 'metricValue/add', value: value(doc, { cardId: null }) },
      'invalid',
      /exactly one card or one stage/,
    );
  });

  it('refuses a negative respondent count as invalid', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'metricValue/add', value: value(doc, { n: -1 }) }, 'invalid', /\bn\b/);
  });

  it('refuses an unknown metric, card or stage as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'metricValue/add', value: value(doc, { metricId: 'nope' }) }, 'not_found', /metric/);
    expectRefused(doc, { type: 'metricValue/add', value: value(doc, { cardId: 'nope' }) }, 'not_found', /card/);
    expectRefused(
      doc,
      { type: 'metricValue/add', value: value(doc, { cardId: null, stageId: 'nope' }) },
      'not_found',
      /stage/,
    );
  });
});

describe('metricValue/update', () => {
  it('changes a value and its respondent count; undo restores them; redo applies them again', () => {
    const doc = makeMap();
    const v = doc.metricValues[0]!;
    const { doc: after } = expectUndoRedo(doc, { type: 'metricValue/update', id: v.id, patch: { value: 5, n: 200 } });
    expect(after.metricValues.find((x) => x.id === v.id)).toMatchObject({ value: 5, n: 200 });
  });

  it('moves a value from a stage to a card; undo moves it back', () => {
    const doc = makeMap();
    const v = doc.metricValues[0]!;
    expectUndoRedo(doc, { type: 'metricValue/update', id: v.id, patch: { stageId: null, cardId: doc.cards[0]!.id } });
  });

  it('refuses a patch that leaves the value on both a card and a stage as invalid', () => {
    const doc = makeMap();
    const v = doc.metricValues[0]!;
    expectRefused(
      doc,
      { type: 'metricValue/update', id: v.id, patch: { cardId: doc.cards[0]!.id } },
      'invalid',
      /exactly one/,
    );
  });

  it('refuses an unknown value or card as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'metricValue/update', id: 'nope', patch: { value: 1 } }, 'not_found');
    expectRefused(
      doc,
      { type: 'metricValue/update', id: doc.metricValues[0]!.id, patch: { stageId: null, cardId: 'nope' } },
      'not_found',
      /card/,
    );
  });
});

describe('metricValue/delete', () => {
  it('removes a value; undo restores it; redo removes it again', () => {
    const doc = makeMap();
    const v = doc.metricValues[0]!;
    const { doc: after } = expectUndoRedo(doc, { type: 'metricValue/delete', id: v.id });
    expect(after.metricValues.some((x) => x.id === v.id)).toBe(false);
    expect(after.metrics).toEqual(doc.metrics);
  });

  it('refuses an unknown value id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'metricValue/delete', id: 'nope' }, 'not_found');
  });
});

describe('pairing/add', () => {
  it('pairs a customer question with an employee question; undo removes it; redo adds it again', () => {
    const doc = makeMap();
    const pairing = { id: 'p-new', customerQuestion: 'quick', employeeQuestion: 'fast_tools', label: 'Quick service' };
    const { doc: after } = expectUndoRedo(doc, { type: 'pairing/add', pairing });
    expect(after.pairings).toContainEqual(pairing);
  });

  it('refuses a pairing of questions that are already paired, with a conflict', () => {
    const doc = makeMap();
    const p = doc.pairings[0]!;
    const dup = {
      id: 'p-dup',
      customerQuestion: p.customerQuestion,
      employeeQuestion: p.employeeQuestion,
      label: 'Again',
    };
    expectRefused(doc, { type: 'pairing/add', pairing: dup }, 'conflict', /already paired/);
  });

  it('refuses an empty question key as invalid', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'pairing/add', pairing: { id: 'p-x', customerQuestion: '', employeeQuestion: 'solved', label: '' } },
      'invalid',
      /customerQuestion/,
    );
  });
});

describe('pairing/update', () => {
  it('relabels a pairing; undo restores the label; redo applies it again', () => {
    const doc = makeMap();
    const p = doc.pairings[0]!;
    const { doc: after } = expectUndoRedo(doc, {
      type: 'pairing/update',
      id: p.id,
      patch: { label: 'Solved first time' },
    });
    expect(after.pairings.find((x) => x.id === p.id)?.label).toBe('Solved first time');
  });

  it('refuses a change that duplicates another pairing, with a conflict', () => {
    const doc = makeMap();
    const [a, b] = doc.pairings;
    expectRefused(
      doc,
      {
        type: 'pairing/update',
        id: b!.id,
        patch: { customerQuestion: a!.customerQuestion, employeeQuestion: a!.employeeQuestion },
      },
      'conflict',
    );
  });

  it('refuses an unknown pairing id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'pairing/update', id: 'nope', patch: { label: 'x' } }, 'not_found');
  });
});

describe('pairing/delete', () => {
  it('removes a pairing; undo restores it; redo removes it again', () => {
    const doc = makeMap();
    const p = doc.pairings[0]!;
    const { doc: after } = expectUndoRedo(doc, { type: 'pairing/delete', id: p.id });
    expect(after.pairings).toHaveLength(doc.pairings.length - 1);
  });

  it('refuses an unknown pairing id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'pairing/delete', id: 'nope' }, 'not_found');
  });
});
