import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SurveyStats } from '../../../shared/metrics/surveySchemas';
import { sampleOpened } from '../../../test/helpers/renderEditor';
import { renderWithSurveys, sampleStats } from '../testing/renderWithSurveys';
import { ScorecardPanel } from './ScorecardPanel';

/** The sample's figures, with the delivery touchpoint's NPS in September and October and one key no card has. */
function withTrend(stats: SurveyStats): SurveyStats {
  const delivery = stats.touchpoints[0]!;
  const lobby = {
    ...delivery,
    key: 'lobby',
    card: null,
    metrics: { nps: -20, csat: null, ces: null, enps: null, index: null },
    gaps: [],
  };
  const at = (nps: number | null) => ({
    touchpoints: [{ ...delivery, metrics: { ...delivery.metrics, nps } }],
    stages: stats.stages.map((s) => (s.name === delivery.card!.stage ? { ...s, metrics: { ...s.metrics, nps } } : s)),
  });
  return {
    ...stats,
    touchpoints: [...stats.touchpoints, lobby],
    periods: [
      { period: '2026-09', ...at(10) },
      { period: '2026-10', ...at(42.5), touchpoints: [...at(42.5).touchpoints, lobby] },
    ],
  };
}

describe('the scorecard over time', () => {
  it('shows Unassigned keys as their own group, and each figure per month in a chart and a table', async () => {
    const opened = sampleOpened();
    const stats = withTrend(sampleStats(opened.doc));
    const { periods: _periods, ...whole } = stats;
    const { host } = renderWithSurveys(<ScorecardPanel />, {
      stats: whole,
      opened,
      handlers: {
        'survey/stats': async (args) =>
          (args as { by?: string }).by ? { ok: true, data: stats } : { ok: true, data: whole },
      },
    });
    const unassigned = await screen.findByRole('rowheader', { name: 'Unassigned' });
    expect(unassigned.getAttribute('title')).toBe('Answers at touchpoint keys no card has');
    const lobby = screen.getByRole('rowheader', { name: 'lobby' }).closest('tr')!;
    expect(within(lobby).getAllByRole('cell')[0]!.textContent).toContain('−20');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show by' }), 'month');
    const table = await screen.findByRole('table', { name: 'NPS per Month (UTC)' });
    expect(host.calls.some((c) => c.name === 'survey/stats' && (c.args as { by?: string }).by === 'month')).toBe(true);
    const head = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(head.slice(2)).toEqual(['2026-09', '2026-10']);
    const row = within(table).getByRole('rowheader', { name: 'Delivery van' }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .slice(1)
        .map((c) => c.textContent),
    ).toEqual(['+10', '+42.5']);
    expect(within(row).getByRole('img').getAttribute('aria-label')).toBe(
      'NPS of Delivery van: 2026-09 +10, 2026-10 +42.5',
    );
    const kept = within(table).getByRole('rowheader', { name: 'Unassigned: lobby' }).closest('tr')!;
    expect(
      within(kept)
        .getAllByRole('cell')
        .slice(1)
        .map((c) => c.textContent),
    ).toEqual(['–', '−20']);
  });
});
