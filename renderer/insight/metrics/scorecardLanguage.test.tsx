import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleOpened } from '../../../test/helpers/renderEditor';
import { showLanguage } from '../../i18n';
import { ColumnMappingForm } from '../surveys/ColumnMappingForm';
import { renderWithSurveys, sampleStats } from '../testing/renderWithSurveys';
import { ScorecardPanel } from './ScorecardPanel';

vi.setConfig({ testTimeout: 60_000 });
afterEach(() => act(() => showLanguage('en')));

describe('the scorecard and the survey import in the UI language', () => {
  it('switches the scorecard, its target marks and hand entry to Russian at once, keeping the map’s own names', async () => {
    const opened = sampleOpened();
    renderWithSurveys(<ScorecardPanel />, { stats: sampleStats(opened.doc), opened });
    const receive = await screen.findByRole('button', { name: /Receive/ });
    await waitFor(() => expect(receive.closest('tr')!.textContent).toContain('+35'));
    act(() => showLanguage('ru'));
    expect(screen.getByRole('heading', { name: 'Показатели CX + EX' })).toBeTruthy();
    expect(screen.queryByText('CX + EX scorecard')).toBeNull();
    const row = screen.getByRole('button', { name: /Receive/ }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('img')
        .map((m) => m.getAttribute('aria-label')),
    ).toEqual(['цель достигнута', 'близко к цели', 'ниже цели', 'ниже цели']);
    expect(within(row).getAllByRole('cell')[0]!.getAttribute('title')).toContain('цель достигнута (цель +30)');
    const form = screen.getByRole('form', { name: 'Ввод значения метрики' });
    await userEvent.type(within(form).getByLabelText('Значение'), 'много');
    await userEvent.click(within(form).getByRole('button', { name: 'Добавить значение' }));
    expect(within(form).getByRole('alert').textContent).toBe('Введите значение числом, напр. 42 или -12,5.');
  });

  it('asks for the columns of a wide file in Polish, and refuses a mapping without an interaction id in Polish', async () => {
    act(() => showLanguage('pl'));
    render(
      <ColumnMappingForm
        preview={{ header: ['q1', 'q2'], rows: [['9', '4']] }}
        problem="brak kolumny interaction_id"
        onSubmit={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByText('Ten plik nie jest w formacie długim: brak kolumny interaction_id')).toBeTruthy();
    expect(screen.getByLabelText('Klucz pytania kolumny q1')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Importuj z tym przypisaniem' }));
    expect(screen.getByRole('alert').textContent).toBe('Wybierz kolumnę z ID interakcji.');
  });
});
