import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SurveyStats } from '../../../shared/metrics/surveySchemas';
import { sampleOpened } from '../../../test/helpers/renderEditor';
import { ScorecardPanel } from '../metrics/ScorecardPanel';
import { renderWithSurveys, sampleStats } from '../testing/renderWithSurveys';

/** The sample figures for all sites, plus two sites at the delivery stage: Berlin ahead, Москва behind. */
function statsWithSites(doc: ReturnType<typeof sampleOpened>['doc']): SurveyStats {
  const whole = sampleStats(doc);
  const site = (name: string, nps: number, enps: number, index: number) => ({
    site: name,
    touchpoints: whole.touchpoints.map((t) => ({ ...t, metrics: { ...t.metrics, nps, enps, index } })),
    stages: whole.stages.map((s) =>
      s.metrics.nps === null ? s : { ...s, metrics: { ...s.metrics, nps, enps, index } },
    ),
  });
  return { ...whole, sites: [site('Berlin', 60, 20, 70), site('Москва', 10, -50, 40)] };
}

describe('sites in the scorecard', () => {
  it('filters the figures to the picked site, and back to all sites', async () => {
    const opened = sampleOpened();
    renderWithSurveys(<ScorecardPanel />, { stats: statsWithSites(opened.doc), opened });
    const row = () => screen.getByRole('button', { name: /Receive/ }).closest('tr')!;
    await waitFor(() => expect(row().textContent).toContain('+35'));
    await userEvent.selectOptions(screen.getByLabelText('Site'), 'Москва');
    expect(within(row()).getAllByRole('cell')[0]!.textContent).toContain('+10');
    expect(row().querySelector('[data-metric="index"]')!.textContent).toBe('40.0');
    await userEvent.selectOptions(screen.getByLabelText('Site'), 'All sites');
    expect(row().querySelector('[data-metric="index"]')!.textContent).toBe('41.5');
  });

  it('compares the sites per stage, best and worst named in words beside the glyph', async () => {
    const opened = sampleOpened();
    renderWithSurveys(<ScorecardPanel />, { stats: statsWithSites(opened.doc), opened });
    const table = await screen.findByRole('region', { name: 'Sites side by side' });
    const berlin = within(table).getByRole('rowheader', { name: 'Berlin' }).closest('tr')!;
    const moscow = within(table).getByRole('rowheader', { name: 'Москва' }).closest('tr')!;
    expect([...berlin.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['+60', '+20', '70.0 ▲ best']);
    expect([...moscow.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['+10', '−50', '40.0 ▼ worst']);
    expect(screen.getByTestId('index-formula').textContent).toBe(
      'CX + EX index = ((NPS + 100) / 2 + (eNPS + 100) / 2) / 2, on 0–100, computed from the unrounded figures; – where a metric in it has no answers.',
    );
  });

  it('shows no picker and no comparison when no answer names a site', async () => {
    const opened = sampleOpened();
    renderWithSurveys(<ScorecardPanel />, { stats: sampleStats(opened.doc), opened });
    await screen.findByRole('button', { name: /Receive/ });
    expect(screen.queryByLabelText('Site')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Sites side by side' })).toBeNull();
  });

  it('changes the index weights as one undoable step, and refuses a weight that is not 0–100', async () => {
    const { store } = renderWithSurveys(<ScorecardPanel />);
    const form = screen.getByRole('form', { name: 'Index weights' });
    const nps = within(form).getByLabelText('NPS weight');
    await userEvent.clear(nps);
    await userEvent.type(nps, '300');
    await userEvent.click(within(form).getByRole('button', { name: 'Apply weights' }));
    expect(within(form).getByRole('alert').textContent).toBe(
      'Each weight must be a number from 0 to 100, and at least one above 0.',
    );
    expect(store.getState().doc.meta.index).toBeUndefined();
    await userEvent.clear(nps);
    await userEvent.type(nps, '3');
    await userEvent.click(within(form).getByRole('button', { name: 'Apply weights' }));
    expect(store.getState().doc.meta.index).toEqual({
      parts: [
        { metric: 'nps', weight: 3 },
        { metric: 'enps', weight: 1 },
      ],
    });
    expect(screen.getByTestId('index-formula').textContent).toContain(
      '(3 × (NPS + 100) / 2 + 1 × (eNPS + 100) / 2) / 4',
    );
    store.getState().undo();
    expect(store.getState().doc.meta.index).toBeUndefined();
  });
});
