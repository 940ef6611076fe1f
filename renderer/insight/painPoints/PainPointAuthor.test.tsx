import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { renderEditor } from '../../../test/helpers/renderEditor';
import { PainPointsTab } from './PainPointsTab';

const QUEUES = 'Queues at the till to pay';
const SCRIPT = '<img src=x onerror="alert(1)">';

describe('a workshop participant’s pain point in the pain points tab', () => {
  it('shows who added it as text, and Accept ticks it as one step that Undo takes back', () => {
    const r = renderEditor(
      <ReactFlowProvider>
        <PainPointsTab />
      </ReactFlowProvider>,
    );
    const card = r.store.getState().doc.cards.find((c) => c.title === QUEUES)!;
    const pain = r.store.getState().doc.painPoints.find((p) => p.cardId === card.id)!;
    act(() => {
      r.store.getState().dispatch({
        type: 'painPoint/update',
        id: pain.id,
        patch: { author: { name: SCRIPT, team: 'Front desk' } },
      });
      r.store.getState().select([card.id]);
    });
    // The name is text: no element is made of it.
    expect(screen.getByText(`by ${SCRIPT} · Front desk`)).toBeTruthy();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    const accepted = () => r.store.getState().doc.painPoints.find((p) => p.id === pain.id)!.author;
    expect(accepted()).toEqual({ name: SCRIPT, team: 'Front desk', accepted: true });
    expect(screen.getByRole('img', { name: 'accepted' })).toBeTruthy();
    act(() => r.store.getState().undo());
    expect(accepted()).toEqual({ name: SCRIPT, team: 'Front desk' });
    expect(screen.getByRole('button', { name: 'Accept' })).toBeTruthy();
  });
});
