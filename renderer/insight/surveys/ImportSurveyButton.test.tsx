import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CallArgs } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import type { ImportSummary, SurveyReview } from '../../../shared/metrics/surveySchemas';
import { showLanguage } from '../../i18n';
import { renderWithSurveys } from '../testing/renderWithSurveys';
import { ImportSurveyButton } from './ImportSurveyButton';

const LONG =
  'interaction_id,respondent,touchpoint,question,value,answered_at,comment\nT1,customer,delivery,nps,9,,"Очередь, 收银"\n';
const summary: ImportSummary = {
  importId: 1,
  fileName: 'answers.csv',
  rows: 604,
  interactions: { total: 64, customer: 64, employee: 55 },
  unknownTouchpoints: ['unknown_step'],
  warnings: [],
};

/** What the host's review of the file says: one matched key, one that no card has. */
const review: SurveyReview = {
  fileName: 'answers.csv',
  answers: 604,
  interactions: { total: 64, customer: 64, employee: 55 },
  touchpoints: [
    { key: 'delivery', answers: 574, interactions: 60, card: { id: 'c1', title: 'Delivery', stage: 'Receive' } },
    { key: 'unknown_step', answers: 30, interactions: 4, card: null },
  ],
  dates: { from: '2026-10-01T08:00:00Z', to: '2026-10-30T17:00:00Z' },
  sameFile: null,
  warnings: [],
};
const reviewed = async () => ({ ok: true as const, data: review });

/** A promise the test settles by hand, to look at the dialog while the import is under way. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const file = (text: string, name = 'answers.csv') => new File([text], name, { type: 'text/csv' });

describe('ImportSurveyButton', () => {
  it('shows progress while the host reads the file, then the summary with the keys no card has', async () => {
    const answer = deferred<ApiResult<ImportSummary>>();
    const { host, store } = renderWithSurveys((h) => <ImportSurveyButton client={h.client} />, {
      handlers: { 'survey/reviewContent': reviewed, 'survey/importContent': () => answer.promise },
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Import survey…' }).hasAttribute('disabled')).toBe(false),
    );
    await userEvent.upload(screen.getByTestId('survey-file-input'), file(LONG));
    const reviewing = await screen.findByRole('dialog', { name: 'Review “answers.csv” before importing' });
    await userEvent.click(within(reviewing).getByRole('button', { name: 'Import anyway' }));
    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    act(() => host.emit('survey/progress', { fraction: 0.4 }));
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(screen.getByText('40% read')).toBeTruthy();
    const sent = host.calls.find((c) => c.name === 'survey/importContent')!.args as CallArgs<'survey/importContent'>;
    expect(sent).toMatchObject({ fileName: 'answers.csv', content: LONG });

    const statsCalls = () => host.calls.filter((c) => c.name === 'survey/stats').length;
    const before = statsCalls();
    await act(async () => answer.resolve({ ok: true, data: summary }));
    const dialog = await screen.findByRole('dialog', { name: 'Survey imported' });
    expect(within(dialog).getByRole('status').textContent).toContain(
      'Imported 604 answers from 64 interactions (64 customer, 55 employee)',
    );
    expect(dialog.textContent).toContain("Kept and reported: no card has this key — set a card's key to link them.");
    expect(within(dialog).getByText('unknown_step')).toBeTruthy();
    // The summary is a sentence of the UI's language, plural forms and all.
    act(() => showLanguage('pl'));
    expect(within(dialog).getByRole('status').textContent).toBe(
      'Zaimportowano 604 odpowiedzi z 64 interakcji (64 klientów, 55 pracowników); 1 klucz punktu styku nie pasuje do żadnej karty: unknown_step.',
    );
    act(() => showLanguage('en'));
    expect(within(dialog).getByRole('status').textContent).toBe(
      'Imported 604 answers from 64 interactions (64 customer, 55 employee); 1 touchpoint key matches no card: unknown_step.',
    );
    // The statistics are asked for again after the import.
    await waitFor(() => expect(statsCalls()).toBeGreaterThan(before));
    expect(store.getState().surveyStatsStatus).toBe('ready');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('lists the problems of a refused file by row and says nothing was changed', async () => {
    const message =
      '"answers.csv" was not imported (2 problems; nothing was changed):\nrow 2: "11" is not on the 0–10 scale\nrow 3: unknown respondent "visitor" (customer or employee)';
    renderWithSurveys((h) => <ImportSurveyButton client={h.client} />, {
      // The review reads the whole file as the import would, so its problems are known before anything is written.
      handlers: { 'survey/reviewContent': async () => ({ ok: false, error: { code: 'invalid', message } }) },
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Import survey…' }).hasAttribute('disabled')).toBe(false),
    );
    await userEvent.upload(screen.getByTestId('survey-file-input'), file(LONG));
    const dialog = await screen.findByRole('dialog', { name: 'Survey not imported' });
    expect(within(dialog).getByRole('alert').textContent).toContain('was not imported (2 problems');
    const rows = within(within(dialog).getByRole('list', { name: 'Problems by row' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(rows).toEqual([
      'row 2: "11" is not on the 0–10 scale',
      'row 3: unknown respondent "visitor" (customer or employee)',
    ]);
    expect(dialog.textContent).toContain('Nothing was changed');
  });

  it('refuses a file that is not UTF-8 before sending it', async () => {
    const { host } = renderWithSurveys((h) => <ImportSurveyButton client={h.client} />);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Import survey…' }).hasAttribute('disabled')).toBe(false),
    );
    const latin1 = new File([new Uint8Array([0x69, 0x64, 0x0a, 0xe9, 0x0a])], 'latin.csv');
    await userEvent.upload(screen.getByTestId('survey-file-input'), latin1);
    const dialog = await screen.findByRole('dialog', { name: 'Survey not imported' });
    expect(dialog.textContent).toContain('is not UTF-8 text');
    expect(host.calls.some((c) => c.name === 'survey/importContent')).toBe(false);
  });

  it('asks how to read a wide file, then imports it with that column mapping', async () => {
    const wide = 'Ticket,Side,Step,NPS,Resolved,Comment\nT1,customer,delivery,9,yes,fine\nT1,employee,delivery,,no,\n';
    const { host } = renderWithSurveys((h) => <ImportSurveyButton client={h.client} />, {
      handlers: {
        'survey/reviewContent': reviewed,
        'survey/importContent': async () => ({ ok: true, data: { ...summary, unknownTouchpoints: [] } }),
      },
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Import survey…' }).hasAttribute('disabled')).toBe(false),
    );
    await userEvent.upload(screen.getByTestId('survey-file-input'), file(wide, 'wide.csv'));
    const dialog = await screen.findByRole('dialog', { name: 'Map the columns of "wide.csv"' });
    expect(dialog.textContent).toContain('it lacks the columns');
    expect((within(dialog).getByLabelText('Interaction id') as HTMLSelectElement).value).toBe('Ticket');
    expect((within(dialog).getByLabelText('Question key of column NPS') as HTMLInputElement).value).toBe('nps');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import with this mapping' }));
    const reviewing = await screen.findByRole('dialog', { name: 'Review “answers.csv” before importing' });
    await userEvent.click(within(reviewing).getByRole('button', { name: 'Import anyway' }));
    await screen.findByRole('dialog', { name: 'Survey imported' });
    const sent = host.calls.find((c) => c.name === 'survey/importContent')!.args as CallArgs<'survey/importContent'>;
    expect(sent.mapping).toEqual({
      interactionId: 'Ticket',
      respondent: { column: 'Side' },
      touchpoint: { column: 'Step' },
      answeredAt: null,
      comment: 'Comment',
      questions: { NPS: 'nps', Resolved: 'resolved' },
    });
  });
});
