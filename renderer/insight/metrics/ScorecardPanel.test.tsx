import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CallArgs } from '../../../shared/api/contract';
import { sampleOpened } from '../../../test/helpers/renderEditor';
import { renderWithSurveys, sampleStats } from '../testing/renderWithSurveys';
import { ScorecardPanel } from './ScorecardPanel';

const applied = (calls: { name: string; args: unknown }[]) =>
  calls.filter((c) => c.name === 'map/apply').map((c) => (c.args as CallArgs<'map/apply'>).command as { type: string });

describe('ScorecardPanel', () => {
  it('shows every stage against NPS, CSAT, CES | eNPS with n, and opens a stage to its touchpoints', async () => {
    const opened = sampleOpened();
    renderWithSurveys(<ScorecardPanel />, { stats: sampleStats(opened.doc), opened });
    const receive = await screen.findByRole('button', { name: /Receive/ });
    const row = receive.closest('tr')!;
    await waitFor(() => expect(row.textContent).toContain('+35'));
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['+35 ✓n 15', '76% ≈n 15', '3.20 ✗n 15', '−69.2 ✗n 13', '41.5']);
    await userEvent.click(receive);
    expect(screen.getByRole('rowheader', { name: /Delivery van/ })).toBeTruthy();
  });

  it('adds a hand-entered value as one command, which undo takes back', async () => {
    const opened = sampleOpened();
    const { store, host } = renderWithSurveys(<ScorecardPanel />, { stats: sampleStats(opened.doc), opened });
    const form = screen.getByRole('form', { name: 'Enter a metric value' });
    await userEvent.selectOptions(within(form).getByLabelText('Metric'), 'CSAT');
    await userEvent.selectOptions(within(form).getByLabelText('For'), 'Use');
    await userEvent.type(within(form).getByLabelText('Value'), '82.5');
    await userEvent.type(within(form).getByLabelText('n (respondents)'), '40');
    await userEvent.type(within(form).getByLabelText('Period'), '2026-Q4');
    await userEvent.click(within(form).getByRole('button', { name: 'Add value' }));
    const use = opened.doc.stages.find((s) => s.name === 'Use')!;
    const added = store.getState().doc.metricValues.find((v) => v.stageId === use.id)!;
    expect(added).toMatchObject({ value: 82.5, n: 40, period: '2026-Q4', cardId: null });
    await waitFor(() => expect(applied(host.calls).map((c) => c.type)).toContain('metricValue/add'));
    const useRow = screen.getByRole('button', { name: 'Use' }).closest('tr')!;
    expect(useRow.textContent).toContain('82.5% ✓entered · n 40 · 2026-Q4');
    store.getState().undo();
    await waitFor(() => expect(store.getState().doc.metricValues.some((v) => v.id === added.id)).toBe(false));
  });

  it('refuses a value that is not a number, with a message and no command', async () => {
    const { host } = renderWithSurveys(<ScorecardPanel />);
    await userEvent.type(screen.getByLabelText('Value'), 'lots');
    await userEvent.click(screen.getByRole('button', { name: 'Add value' }));
    expect(screen.getByRole('alert').textContent).toContain('number');
    expect(applied(host.calls)).toEqual([]);
  });

  it('edits a metric target as one undoable step', async () => {
    const { store } = renderWithSurveys(<ScorecardPanel />);
    const defs = screen.getByRole('region', { name: 'Metric definitions' });
    const target = within(defs).getAllByLabelText('Target')[0]!;
    await userEvent.clear(target);
    await userEvent.type(target, '40{Enter}');
    expect(store.getState().doc.metrics[0]!.target).toBe(40);
    store.getState().undo();
    expect(store.getState().doc.metrics[0]!.target).toBe(30);
  });
});
