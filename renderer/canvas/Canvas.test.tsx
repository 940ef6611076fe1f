import { describe, expect, it } from 'vitest';
import { ReactFlowProvider } from '@xyflow/react';
import { screen, waitFor } from '@testing-library/react';
import { renderEditor } from '../../test/helpers/renderEditor';
import { Canvas } from './Canvas';

function Sized() {
  return (
    <div style={{ width: 1600, height: 1000 }}>
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>
    </div>
  );
}

describe('Canvas', () => {
  it('draws stage and lane headers, the blueprint lines and the cards of the map', async () => {
    const { container } = renderEditor(<Sized />);
    await waitFor(() => expect(container.querySelectorAll('.card').length).toBeGreaterThan(0));
    for (const stage of ['Discover', 'Buy', 'Receive', 'Use', 'Get help']) expect(screen.getByText(stage)).toBeTruthy();
    expect(screen.getByText('Customer actions')).toBeTruthy();
    expect(screen.getByText('Line of interaction')).toBeTruthy();
    expect(screen.getByText('Line of visibility')).toBeTruthy();
    expect(screen.getByText('Line of internal interaction')).toBeTruthy();
    expect(screen.getByText('Queues at the till to pay')).toBeTruthy();
  });

  it('shows a card’s pain-point count and an emotion card’s value', async () => {
    renderEditor(<Sized />);
    const queue = await screen.findByText('Queues at the till to pay');
    const card = queue.closest('.card')!;
    expect(card.querySelector('.pain-badge')?.getAttribute('aria-label')).toBe('1 pain point');
    const emotion = (await screen.findByText('Long queue at the till')).closest('.card')!;
    expect(emotion.querySelector('.emotion')?.textContent).toBe('−2');
  });

  it('redraws a card when a command changes it', async () => {
    const { store } = renderEditor(<Sized />);
    await screen.findByText('Queues at the till to pay');
    const card = store.getState().doc.cards.find((c) => c.title === 'Queues at the till to pay')!;
    store.getState().dispatch({ type: 'card/update', id: card.id, patch: { title: 'Queues for eight minutes' } });
    expect(await screen.findByText('Queues for eight minutes')).toBeTruthy();
  });
});
