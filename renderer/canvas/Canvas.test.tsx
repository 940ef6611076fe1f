import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { SizedCanvas, renderEditor } from '../../test/helpers/renderEditor';

describe('Canvas', () => {
  it('draws stage and lane headers, the blueprint lines and the cards of the map', async () => {
    const { container } = renderEditor(<SizedCanvas />);
    await waitFor(() => expect(container.querySelectorAll('.card').length).toBeGreaterThan(0));
    for (const stage of ['Discover', 'Buy', 'Receive', 'Use', 'Get help']) expect(screen.getByText(stage)).toBeTruthy();
    expect(screen.getByText('Customer actions')).toBeTruthy();
    expect(screen.getByText('Line of interaction')).toBeTruthy();
    expect(screen.getByText('Line of visibility')).toBeTruthy();
    expect(screen.getByText('Line of internal interaction')).toBeTruthy();
    expect(screen.getByText('Queues at the till to pay')).toBeTruthy();
  });

  it('shows a card’s pain-point count and an emotion card’s value', async () => {
    renderEditor(<SizedCanvas />);
    const queue = await screen.findByText('Queues at the till to pay');
    const card = queue.closest('.card')!;
    expect(card.querySelector('.pain-badge')?.getAttribute('aria-label')).toBe('1 pain point');
    const emotion = (await screen.findByText('Long queue at the till')).closest('.card')!;
    expect(emotion.querySelector('.emotion')?.textContent).toBe('−2');
  });

  it('redraws a card when a command changes it', async () => {
    const { store } = renderEditor(<SizedCanvas />);
    await screen.findByText('Queues at the till to pay');
    const card = store.getState().doc.cards.find((c) => c.title === 'Queues at the till to pay')!;
    store.getState().dispatch({ type: 'card/update', id: card.id, patch: { title: 'Queues for eight minutes' } });
    expect(await screen.findByText('Queues for eight minutes')).toBeTruthy();
  });
});
