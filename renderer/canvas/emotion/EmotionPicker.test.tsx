import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { SizedCanvas, renderEditor } from '../../../test/helpers/renderEditor';

describe('the emotion picker', () => {
  it('sets the selected emotion card to the level clicked, and the point follows', async () => {
    const { store, host } = renderEditor(<SizedCanvas />);
    await screen.findByText('Excited about the new TV');
    const card = store.getState().doc.cards.find((c) => c.title === 'Excited about the new TV')!;
    act(() => store.getState().select([card.id]));
    const picker = await screen.findByRole('group', { name: 'Emotion' });
    expect(within(picker).getByRole('button', { name: 'Positive (+1)' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(picker).getByRole('button', { name: 'Very negative (-2)' }));
    await store.getState().whenSynced();
    expect(host.doc.cards.find((c) => c.id === card.id)?.emotion).toBe(-2);
    expect(
      screen.getByRole('slider', { name: 'Emotion of “Excited about the new TV”' }).getAttribute('aria-valuenow'),
    ).toBe('-2');
  });
});
