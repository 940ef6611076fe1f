import { describe, expect, it } from 'vitest';
import type { SurveyStats } from '../../../shared/metrics/surveySchemas';
import { renderAppendix } from '../../../shared/render/printAppendix';
import { makeMap } from '../../../test/helpers/makeMap';
import { printedMetricValues } from './metricValues';

const figures = (ces: number | null) => ({ nps: null, csat: null, ces, enps: null, index: null });

describe('the printed scorecard', () => {
  it('prints a survey-computed stage figure with the respondents behind it and CES to two decimals, as the app shows it', () => {
    const doc = makeMap();
    const use = doc.stages.find((s) => s.name === 'Use')!;
    const install = doc.cards.find((c) => c.key === 'install')!;
    const delivery = doc.cards.find((c) => c.key === 'delivery')!;
    const stats: SurveyStats = {
      touchpoints: [
        {
          key: 'install',
          card: { id: install.id, title: install.title, stage: 'Use' },
          responses: { customer: 20, employee: 17 },
          metrics: figures(3.65),
          gaps: [],
        },
        {
          key: 'delivery',
          card: { id: delivery.id, title: delivery.title, stage: 'Receive' },
          responses: { customer: 15, employee: 13 },
          metrics: figures(3.93),
          gaps: [],
        },
        { key: 'unknown_step', card: null, responses: { customer: 9, employee: 0 }, metrics: figures(2), gaps: [] },
      ],
      stages: [{ id: use.id, name: 'Use', metrics: figures(3.65) }],
    };
    const values = printedMetricValues(doc, stats);
    const ces = doc.metrics.find((m) => m.kind === 'ces')!;
    expect(values.find((v) => v.metricId === ces.id && v.stageId === use.id)).toMatchObject({
      value: 3.65,
      n: 20,
      period: 'survey',
    });
    const html = renderAppendix(doc, { metricValues: values });
    expect(html).toContain('<b>3.65</b>');
    expect(html).toContain('n=20 · survey');
  });
});
