import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderEditor } from '../../test/helpers/renderEditor';
import { VotingPanel } from './VotingPanel';

function renderPanel(people = 4) {
  return renderEditor(() => <VotingPanel running people={people} />);
}

describe('the facilitator’s dot voting', () => {
  it('starts a round on the pain points, shows the dots left in the room, and closes it into a ranking; undo reopens it', async () => {
    const { store, host } = renderPanel(4);
    // As useHostEvents does in the app.
    host.client.onEvent('map/applied', (e) => store.getState().applyRemote(e));
    const form = screen.getByRole('form', { name: 'Start a voting round' });
    fireEvent.change(within(form).getByLabelText('Question'), { target: { value: 'Worst moment?' } });
    fireEvent.change(within(form).getByLabelText('Dots each'), { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Start round' }));
    const round = store.getState().doc.voteRounds[0]!;
    expect(round).toMatchObject({ title: 'Worst moment?', dotsEach: 2, anonymous: true, closedAt: null });
    expect(screen.getByRole('status').textContent).toContain('8 of 8 dots left in the room');

    await vi.waitFor(() => expect(host.doc.voteRounds).toHaveLength(1));
    // Three dots arrive from the room (the host applies participants' commands).
    const [a, b] = round.items.map((i) => i.id);
    await act(async () => {
      for (const to of [a!, a!, b!])
        host.applyElsewhere({ type: 'vote/move', roundId: round.id, from: null, to, voter: null }, 'anonymous');
    });
    expect(screen.getByRole('status').textContent).toContain('5 of 8 dots left in the room');

    const votesBefore = store.getState().doc.painPoints.find((p) => p.id === a)!.votes;
    fireEvent.click(screen.getByRole('button', { name: 'Close round and show ranking' }));
    const ranking = screen.getByRole('list');
    expect(within(ranking).getAllByRole('listitem')[0]!.textContent).toContain('2 dots');
    expect(store.getState().doc.painPoints.find((p) => p.id === a)!.votes).toBe(votesBefore + 2);
    expect(screen.getByRole('form', { name: 'Start a voting round' })).toBeTruthy();

    await vi.waitFor(() => expect(host.doc.voteRounds[0]!.closedAt).not.toBeNull());
    await act(async () => store.getState().undo());
    expect(store.getState().doc.voteRounds[0]!.closedAt).toBeNull();
    expect(store.getState().doc.painPoints.find((p) => p.id === a)!.votes).toBe(votesBefore);
  });

  it('says why a round cannot start on cards when no lane is chosen, and changes nothing', () => {
    const { store } = renderPanel();
    fireEvent.click(screen.getByLabelText('The cards of these lanes'));
    fireEvent.click(screen.getByRole('button', { name: 'Start round' }));
    expect(screen.getByRole('alert').textContent).toBe('The chosen lanes have no cards; choose others.');
    expect(store.getState().doc.voteRounds).toEqual([]);
  });
});
