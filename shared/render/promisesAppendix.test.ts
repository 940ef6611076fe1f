import { describe, expect, it } from 'vitest';
import { applyAll, makeMap } from '../../test/helpers/makeMap';
import type { MapEvidence } from '../api/evidenceSchemas';
import { makeOpportunity } from '../factories';
import { localeFor } from '../vocabulary/i18n';
import { promisesSection } from './promisesAppendix';
import { actionsCsv } from './registerCsv';

function mapWithPromise() {
  const doc = makeMap();
  const till = doc.cards.find((c) => c.key === 'checkout')!;
  const action = makeOpportunity({ title: 'Faster POS', status: 'done', doneAt: '2026-10-01' });
  const withPromise = applyAll(doc, [
    { type: 'card/update', id: till.id, patch: { promise: { text: 'You pay in <2 minutes', metric: 'csat' } } },
    { type: 'opportunity/add', opportunity: action },
  ]);
  const evidence: MapEvidence = {
    promises: [
      {
        cardId: till.id,
        key: 'checkout',
        title: till.title,
        stage: 'Buy',
        text: 'You pay in <2 minutes',
        metric: 'csat',
        target: 80,
        ownTarget: false,
        value: 53.8,
        n: 26,
        status: 'broken',
        reason: 'missed',
      },
    ],
    effects: [
      {
        actionId: action.id,
        doneAt: '2026-10-01',
        before: { from: '2026-07-03', to: '2026-09-30' },
        after: { from: '2026-10-02', to: '2026-12-30' },
        touchpoints: [
          {
            cardId: till.id,
            key: 'checkout',
            title: till.title,
            metrics: [
              {
                metric: 'csat',
                before: { value: 50, n: 10, enough: true },
                after: { value: null, n: 4, enough: false },
                change: null,
              },
            ],
          },
        ],
      },
    ],
  };
  return { doc: withPromise, evidence };
}

describe('the promises page of the appendix', () => {
  it('prints each promise with target, figure, n and status, and the effect with "too few", escaped', () => {
    const { doc, evidence } = mapWithPromise();
    const html = promisesSection(doc, evidence, localeFor('en'));
    expect(html).toContain('<h2>Brand promises and the effect of actions</h2>');
    expect(html).toContain('You pay in &lt;2 minutes');
    expect(html).toContain(
      '<td class="num">80%</td><td class="num">53.8%</td><td class="num">26</td><td>✗ Broken</td>',
    );
    expect(html).toContain('50% (n = 10)');
    expect(html).toContain('too few answers (n = 4, at least 10)');
  });

  it('speaks the map’s language, not the UI’s', () => {
    const { doc, evidence } = mapWithPromise();
    const html = promisesSection(doc, evidence, localeFor('pl'));
    expect(html).toContain('<h2>Obietnice marki i efekt działań</h2>');
    expect(html).toContain('53,8%');
    expect(html).toContain('✗ Złamana');
  });

  it('adds nothing to a map without promises or done actions', () => {
    expect(promisesSection(makeMap(), { promises: [], effects: [] }, localeFor('en'))).toBe('');
  });

  it('gives the actions CSV the done day and the before / after beside the action', () => {
    const { doc, evidence } = mapWithPromise();
    const csv = actionsCsv(doc, undefined, evidence.effects);
    const line = csv.split(/\r?\n/).find((l) => l.startsWith('Faster POS'))!;
    expect(line).toContain('2026-10-01');
    expect(line).toContain('CSAT at checkout: 50% (n = 10) → too few answers (n = 4, at least 10)');
    expect(csv.split(/\r?\n/)[0]).toMatch(/Done on,Effect$/);
  });
});
