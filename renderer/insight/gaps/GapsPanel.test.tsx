import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleOpened } from '../../../test/helpers/renderEditor';
import { renderWithSurveys, sampleStats } from '../testing/renderWithSurveys';
import { CardGapBadge } from './CardGapBadge';
import { GapsPanel } from './GapsPanel';

describe('perception gaps', () => {
  it('lists a flagged touchpoint with its figures, pairing and comments from both sides', async () => {
    const opened = sampleOpened();
    const { host } = renderWithSurveys(<GapsPanel />, {
      opened,
      stats: sampleStats(opened.doc),
      handlers: {
        'survey/gapDetails': async () => ({
          ok: true,
          data: {
            touchpoint: 'delivery',
            customerQuestion: 'easy',
            employeeQuestion: 'tools_easy',
            customerComments: ['Очередь на кассе', '收银系统太慢了'],
            employeeComments: ['Kasa działała wolno'],
          },
        }),
      },
    });
    const item = await screen.findByText((_, el) => el?.classList.contains('gap-item') ?? false);
    expect(item.textContent).toContain('5 of 12 linked pairs disagree — share 42%');
    expect(item.textContent).toContain('customer “easy” ↔ employee “tools_easy”');
    await waitFor(() => expect(item.textContent).toContain('收银系统太慢了'));
    expect(item.textContent).toContain('Kasa działała wolno');
    const pairing = opened.doc.pairings.find((p) => p.customerQuestion === 'easy')!;
    expect(host.calls.find((c) => c.name === 'survey/gapDetails')!.args).toEqual({
      touchpoint: 'delivery',
      pairingId: pairing.id,
    });
  });

  it('changes the gap threshold as one undoable map/update', async () => {
    const { store } = renderWithSurveys(<GapsPanel />);
    const field = screen.getByLabelText('Flag at disagreement share (%)');
    await userEvent.clear(field);
    await userEvent.type(field, '30{Enter}');
    expect(store.getState().doc.meta.gapThreshold).toBe(0.3);
    store.getState().undo();
    expect(store.getState().doc.meta.gapThreshold).toBe(0.25);
  });

  it('puts a badge with the worst flagged share on the card of a flagged touchpoint only', async () => {
    const opened = sampleOpened();
    const delivery = opened.doc.cards.find((c) => c.key === 'delivery')!;
    const other = opened.doc.cards.find((c) => c.key === 'install')!;
    const { store } = renderWithSurveys(
      <>
        <CardGapBadge cardId={delivery.id} />
        <CardGapBadge cardId={other.id} />
      </>,
      { opened, stats: sampleStats(opened.doc) },
    );
    expect(screen.queryAllByTestId('gap-badge')).toHaveLength(0);
    // In the editor the toolbar's import button asks for the statistics on opening; here the test does.
    store.getState().ensureSurveyStats();
    await waitFor(() => expect(screen.getAllByTestId('gap-badge')).toHaveLength(1));
    expect(screen.getByTestId('gap-badge').textContent).toBe('≠ 42%');
    expect(screen.getByTestId('gap-badge').getAttribute('aria-label')).toContain('disagree in 42% of 12 linked pairs');
  });
});
