import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CallArgs } from '../../../shared/api/contract';
import type { SurveyReview } from '../../../shared/metrics/surveySchemas';
import { painPointsCsv } from '../../../shared/render/registerCsv';
import { sampleOpened } from '../../../test/helpers/renderEditor';
import { renderWithSurveys } from '../testing/renderWithSurveys';
import { ImportSurveyButton } from './ImportSurveyButton';

const LONG = 'interaction_id,respondent,touchpoint,question,value,answered_at,comment\nT1,customer,till,nps,9,,\n';
const file = (text: string, name = 'answers.csv') => new File([text], name, { type: 'text/csv' });

function reviewOf(keys: { key: string; matched: boolean }[]): SurveyReview {
  return {
    fileName: 'answers.csv',
    answers: 12,
    interactions: { total: 6, customer: 6, employee: 3 },
    touchpoints: keys.map(({ key, matched }) => ({
      key,
      answers: 6,
      interactions: 3,
      card: matched ? { id: 'x', title: 'Delivery', stage: 'Receive' } : null,
    })),
    dates: { from: '2026-09-02T10:00:00Z', to: '2026-10-30T17:00:00Z' },
    sameFile: null,
    warnings: [],
  };
}

const summary = {
  importId: 1,
  fileName: 'answers.csv',
  rows: 12,
  interactions: { total: 6, customer: 6, employee: 3 },
  unknownTouchpoints: [],
  warnings: [],
};

async function ready() {
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Import survey…' }).hasAttribute('disabled')).toBe(false),
  );
}

describe('the review step of a survey import', () => {
  it('shows answers per key, matches and dates; a key assigned to a new card makes that card, one undo step', async () => {
    const review = reviewOf([
      { key: 'delivery', matched: true },
      { key: 'till', matched: false },
      { key: 'lobby', matched: false },
    ]);
    const { host, store } = renderWithSurveys((h) => <ImportSurveyButton client={h.client} />, {
      handlers: {
        'survey/reviewContent': async () => ({ ok: true, data: review }),
        'survey/importContent': async () => ({ ok: true, data: summary }),
        'survey/list': async () => ({ ok: true, data: { imports: [] } }),
      },
    });
    await ready();
    await userEvent.upload(screen.getByTestId('survey-file-input'), file(LONG));
    const dialog = await screen.findByRole('dialog', { name: 'Review “answers.csv” before importing' });
    expect(dialog.textContent).toContain('12 answers from 6 interactions (6 customer, 3 employee).');
    expect(dialog.textContent).toContain('Answered from 2026-09-02 to 2026-10-30 (UTC).');
    const table = within(dialog).getByRole('table', { name: 'Answers per touchpoint key' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    expect(rows).toEqual(['6', '6', '6']);
    expect(within(table).getByText('Delivery · Receive')).toBeTruthy();
    expect(within(dialog).getByRole('status').textContent).toBe(
      '2 keys match no card. Assign them to cards, or import anyway: their answers are kept under Unassigned.',
    );
    expect(within(dialog).getByRole('button', { name: 'Import anyway' })).toBeTruthy();

    const doc = store.getState().doc;
    const firstStage = [...doc.stages].sort((a, b) => a.order - b.order)[0]!;
    const delivery = doc.cards.find((c) => c.key === 'delivery')!;
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Card for “till”' }),
      `New card in “${firstStage.name}”`,
    );
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Card for “lobby”' }),
      `card:${delivery.id}`,
    );
    expect(within(dialog).getByRole('status').textContent).toBe('Every touchpoint key matches a card.');
    const before = store.getState().past.length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await screen.findByRole('dialog', { name: 'Survey imported' });

    const made = store.getState().doc.cards.find((c) => c.key === 'till')!;
    expect(made).toMatchObject({ title: 'till', stageId: firstStage.id });
    expect(store.getState().doc.lanes.find((l) => l.id === made.laneId)!.kind).toBe('touchpoint');
    // The new card reached the host before the answers, and the kept key goes as an assignment.
    expect(host.doc.cards.some((c) => c.key === 'till')).toBe(true);
    const sent = host.calls.find((c) => c.name === 'survey/importContent')!.args as CallArgs<'survey/importContent'>;
    expect(sent.assign).toEqual({ lobby: 'delivery' });
    expect(store.getState().past.length).toBe(before + 1);
    store.getState().undo();
    expect(store.getState().doc.cards.some((c) => c.key === 'till')).toBe(false);
  });

  it('offers an earlier import of the same file as the one it replaces', async () => {
    const review = {
      ...reviewOf([{ key: 'delivery', matched: true }]),
      sameFile: { importId: 3, fileName: 'answers.csv', importedAt: '2026-11-02T09:15:00.000Z', identical: true },
    };
    const { host } = renderWithSurveys((h) => <ImportSurveyButton client={h.client} />, {
      handlers: {
        'survey/reviewContent': async () => ({ ok: true, data: review }),
        'survey/importContent': async () => ({ ok: true, data: { ...summary, importId: 3, replaced: true } }),
      },
    });
    await ready();
    await userEvent.upload(screen.getByTestId('survey-file-input'), file(LONG));
    const dialog = await screen.findByRole('dialog', { name: 'Review “answers.csv” before importing' });
    expect(within(dialog).getByRole('note').textContent).toBe(
      "This file was imported on 2026-11-02 09:15 UTC as “answers.csv” (import 3). Importing it again replaces that import's answers; nothing is counted twice.",
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace import 3' }));
    const done = await screen.findByRole('dialog', { name: 'Survey imported' });
    expect(done.textContent).toContain('Replaced import 3 with 12 answers');
    const sent = host.calls.find((c) => c.name === 'survey/importContent')!.args as CallArgs<'survey/importContent'>;
    expect(sent.replace).toBe(3);
  });

  it('refuses the pain point register CSV with the reason, without offering a column mapping', async () => {
    const { host } = renderWithSurveys((h) => <ImportSurveyButton client={h.client} />);
    await ready();
    await userEvent.upload(
      screen.getByTestId('survey-file-input'),
      file(painPointsCsv(sampleOpened().doc), 'pain-points.csv'),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Survey not imported' });
    expect(within(dialog).getByRole('alert').textContent).toMatch(
      /^"pain-points\.csv" is not a survey file: it has no column naming the interaction each answer is about/,
    );
    expect(screen.queryByRole('dialog', { name: /Map the columns/ })).toBeNull();
    expect(host.calls.some((c) => c.name === 'survey/importContent' || c.name === 'survey/reviewContent')).toBe(false);
  });
});
