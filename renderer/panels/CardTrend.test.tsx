import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SurveyStats } from '../../shared/metrics/surveySchemas';
import { sampleOpened } from '../../test/helpers/renderEditor';
import { CardInspector } from './CardInspector';
import { renderWithSurveys, sampleStats } from '../insight/testing/renderWithSurveys';

/** The sample's figures with the delivery touchpoint answered in September and October. */
function withMonths(stats: SurveyStats, months: number): SurveyStats {
  const delivery = stats.touchpoints[0]!;
  const at = (nps: number, csat: number | null) => ({
    touchpoints: [{ ...delivery, metrics: { ...delivery.metrics, nps, csat } }],
    stages: stats.stages,
  });
  return {
    ...stats,
    periods: [
      { period: '2026-09', ...at(-12.5, 70) },
      { period: '2026-10', ...at(31, null) },
    ].slice(0, months),
  };
}

async function renderCard(months: number, key = 'delivery') {
  const opened = sampleOpened();
  const stats = withMonths(sampleStats(opened.doc), months);
  const { periods: _periods, ...whole } = stats;
  const card = opened.doc.cards.find((c) => c.key === key)!;
  const r = renderWithSurveys(<CardInspector card={card} />, {
    stats: whole,
    opened,
    handlers: {
      'survey/stats': async (args) =>
        (args as { by?: string }).by ? { ok: true, data: stats } : { ok: true, data: whole },
    },
  });
  await act(async () => {});
  return r;
}

describe("a touchpoint card's trend in the inspector", () => {
  it('shows each figure per month as a sparkline and the numbers, rounded as the scorecard rounds them', async () => {
    await renderCard(2);
    const table = await screen.findByRole('table', { name: 'Figures at delivery per month (UTC)' });
    const nps = within(table).getByRole('rowheader', { name: 'NPS' }).closest('tr')!;
    expect(
      within(nps)
        .getAllByRole('cell')
        .slice(1)
        .map((c) => c.textContent),
    ).toEqual(['−12.5', '+31']);
    expect(within(nps).getByRole('img').getAttribute('aria-label')).toBe('NPS of delivery: 2026-09 −12.5, 2026-10 +31');
    const csat = within(table).getByRole('rowheader', { name: 'CSAT' }).closest('tr')!;
    expect(
      within(csat)
        .getAllByRole('cell')
        .slice(1)
        .map((c) => c.textContent),
    ).toEqual(['70%', '–']);
  });

  it('shows no trend with answers in one month only', async () => {
    await renderCard(1);
    await screen.findByLabelText('Key');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('table', { name: /Figures at delivery/ })).toBeNull();
  });
});
