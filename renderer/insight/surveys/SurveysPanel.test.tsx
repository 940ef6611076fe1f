import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SurveyImportInfo } from '../../../shared/metrics/surveySchemas';
import { renderWithSurveys } from '../testing/renderWithSurveys';
import { SurveysPanel } from './SurveysPanel';

const october: SurveyImportInfo = {
  id: 1,
  fileName: 'october.csv',
  importedAt: '2026-11-02T09:15:00.000Z',
  answers: 604,
  interactions: 64,
  dates: { from: '2026-10-01T08:00:00Z', to: '2026-10-30T17:00:00Z' },
  assignments: { till: 'checkout' },
};

describe('SurveysPanel', () => {
  it('lists each import; Remove is one undoable step that Undo and Redo take back and do again', async () => {
    let imports = [october];
    const { host, store } = renderWithSurveys(<SurveysPanel />, {
      handlers: {
        'survey/list': async () => ({ ok: true, data: { imports } }),
        'survey/remove': async () => {
          imports = [];
          return { ok: true, data: october };
        },
        'survey/restore': async () => {
          imports = [october];
          return { ok: true, data: october };
        },
      },
    });
    const item = await screen.findByRole('listitem');
    expect(item.textContent).toContain('october.csv');
    expect(item.textContent).toContain(
      'imported 2026-11-02 09:15 UTC · 604 answers · 64 interactions · 2026-10-01 – 2026-10-30',
    );
    expect(item.textContent).toContain('assigned: till → checkout');

    await userEvent.click(within(item).getByRole('button', { name: 'Remove the import “october.csv”' }));
    await screen.findByText('No survey imported yet: use Import survey… in the toolbar.');
    expect(screen.getByRole('status').textContent).toBe('Removed “october.csv”: Undo (Ctrl+Z) brings it back.');
    expect(store.getState().past.at(-1)!.label).toBe('Remove survey import “october.csv”');

    store.getState().undo();
    await waitFor(() => expect(host.calls.some((c) => c.name === 'survey/restore')).toBe(true));
    expect(host.calls.find((c) => c.name === 'survey/restore')!.args).toEqual({ importId: 1 });
    await screen.findByRole('listitem');
    expect(screen.getByRole('status').textContent).toBe('');
    // The figures are asked for again after the undo, so the scorecard shows the answers back.
    const stats = host.calls.filter((c) => c.name === 'survey/stats').length;
    expect(stats).toBeGreaterThan(0);

    store.getState().redo();
    await screen.findByText('No survey imported yet: use Import survey… in the toolbar.');
    expect(host.calls.filter((c) => c.name === 'survey/remove')).toHaveLength(2);
  });

  it('shows the host refusal of an undo and keeps the list as the host has it', async () => {
    let imports = [october];
    const { store } = renderWithSurveys(<SurveysPanel />, {
      handlers: {
        'survey/list': async () => ({ ok: true, data: { imports } }),
        'survey/remove': async () => {
          imports = [];
          return { ok: true, data: october };
        },
        'survey/restore': async () => ({
          ok: false,
          error: { code: 'not_found', message: 'Survey import 1 cannot be brought back.' },
        }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove the import “october.csv”' }));
    await waitFor(() => expect(store.getState().past).toHaveLength(1));
    store.getState().undo();
    await waitFor(() => expect(store.getState().error).toBe('Survey import 1 cannot be brought back.'));
    expect(screen.getByText('No survey imported yet: use Import survey… in the toolbar.')).toBeTruthy();
  });

  it('asks the import button for a file that replaces the import', async () => {
    const { store } = renderWithSurveys(<SurveysPanel />, {
      handlers: { 'survey/list': async () => ({ ok: true, data: { imports: [october] } }) },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Replace “october.csv” with a corrected file' }));
    expect(store.getState().surveyReplaceTarget).toBe(1);
    expect(store.getState().surveyImportRequests).toBe(1);
  });
});
