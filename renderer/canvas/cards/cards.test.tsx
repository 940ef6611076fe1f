import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cellCards } from '../../../shared/placement';
import { SizedCanvas, renderEditor } from '../../../test/helpers/renderEditor';
import { CLIPBOARD_MIME } from '../../store/clipboard';

const QUEUES = 'Queues at the till to pay';

async function setup() {
  const user = userEvent.setup();
  const r = renderEditor(<SizedCanvas />);
  await screen.findByText(QUEUES);
  const card = (title: string) => r.store.getState().doc.cards.find((c) => c.title === title)!;
  return { ...r, user, card };
}

/** A clipboard event carrying a DataTransfer-like store, as Chromium raises for Ctrl/Cmd+C, X and V. */
function clipboardEvent(type: 'copy' | 'cut' | 'paste', data: Map<string, string>): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { setData: (t: string, v: string) => data.set(t, v), getData: (t: string) => data.get(t) ?? '' },
  });
  return event;
}

describe('editing a card title inline', () => {
  it('opens a text box on double-click, saves on Enter as one undo step, and cancels on Escape', async () => {
    const { user, store, card } = await setup();
    // A double-click without the mouse-downs: React Flow's drag handling needs a real window behind its events.
    fireEvent.doubleClick(screen.getByText(QUEUES));
    const box = screen.getByRole('textbox', { name: 'Card title' }) as HTMLTextAreaElement;
    expect(box.value).toBe(QUEUES);
    await user.clear(box);
    await user.type(box, 'Queues for eight minutes{Enter}');
    expect(screen.queryByRole('textbox', { name: 'Card title' })).toBeNull();
    expect(await screen.findByText('Queues for eight minutes')).toBeTruthy();
    expect(store.getState().past.map((e) => e.label)).toEqual(['Rename card']);

    fireEvent.doubleClick(screen.getByText('Queues for eight minutes'));
    await user.type(screen.getByRole('textbox', { name: 'Card title' }), 'nonsense{Escape}');
    expect(card('Queues for eight minutes')).toBeTruthy();
    expect(store.getState().past).toHaveLength(1);
  });

  it('says so when a pasted title is longer than a card title holds', async () => {
    const { user, store } = await setup();
    fireEvent.doubleClick(screen.getByText(QUEUES));
    const box = screen.getByRole('textbox', { name: 'Card title' }) as HTMLTextAreaElement;
    await user.clear(box);
    await user.paste('y'.repeat(19_600));
    expect(store.getState().error).toBe(
      'A card title holds at most 500 characters: 19100 pasted characters were left out.',
    );
  });

  it('keeps a new line typed with Shift+Enter, and typing "n" in the box never makes a card', async () => {
    const { user, store, card } = await setup();
    const count = store.getState().doc.cards.length;
    act(() => store.getState().startEditing(card(QUEUES).id));
    const box = screen.getByRole('textbox', { name: 'Card title' });
    await user.clear(box);
    await user.type(box, 'Queues{Shift>}{Enter}{/Shift}at noon{Enter}');
    expect(store.getState().doc.cards).toHaveLength(count);
    expect(store.getState().doc.cards.some((c) => c.title === 'Queues\nat noon')).toBe(true);
  });
});

describe('cards from the keyboard', () => {
  it('makes a card after the selected one with N, edits it, and takes Enter to edit the selected card', async () => {
    const { user, store, card } = await setup();
    const queues = card(QUEUES);
    act(() => store.getState().select([queues.id]));
    await user.keyboard('n');
    await user.keyboard('Pays by card{Enter}');
    const made = card('Pays by card');
    const cell = cellCards(store.getState().doc, queues.laneId, queues.stageId).map((c) => c.id);
    expect(cell[cell.indexOf(queues.id) + 1]).toBe(made.id);
    expect(store.getState().selection).toEqual([made.id]);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add card']);
    await user.keyboard('{Enter}');
    expect((screen.getByRole('textbox', { name: 'Card title' }) as HTMLTextAreaElement).value).toBe('Pays by card');
  });

  it('moves the selection with the arrow keys and adds to it with Shift', async () => {
    const { user, store, card } = await setup();
    const queues = card(QUEUES);
    const cell = cellCards(store.getState().doc, queues.laneId, queues.stageId);
    act(() => store.getState().select([cell[0]!.id]));
    await user.keyboard('{ArrowDown}');
    expect(store.getState().selection).toEqual([cell[1]!.id]);
    await user.keyboard('{ArrowUp}');
    expect(store.getState().selection).toEqual([cell[0]!.id]);
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(store.getState().selection).toEqual([cell[0]!.id, cell[1]!.id]);
    await user.keyboard('{Escape}');
    expect(store.getState().selection).toEqual([]);
  });

  it('moves the selected card within its cell and across stages with Alt+arrow keys', async () => {
    const { user, store, card } = await setup();
    const queues = card(QUEUES);
    const cellIds = () => cellCards(store.getState().doc, queues.laneId, queues.stageId).map((c) => c.id);
    const at = cellIds().indexOf(queues.id);
    act(() => store.getState().select([queues.id]));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(cellIds().indexOf(queues.id)).toBe(at - 1);
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(card(QUEUES).stageId).not.toBe(queues.stageId);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Move card', 'Move card']);
  });

  it('selects all cards with Ctrl+A, deletes them with Delete in one step, and undo brings them back', async () => {
    const { user, store } = await setup();
    const before = store.getState().doc;
    await user.keyboard('{Control>}a{/Control}');
    expect(store.getState().selection).toHaveLength(before.cards.length);
    await user.keyboard('{Delete}');
    expect(store.getState().doc.cards).toEqual([]);
    expect(store.getState().past).toHaveLength(1);
    act(() => store.getState().undo());
    expect(store.getState().doc).toEqual(before);
  });
});

describe('the clipboard', () => {
  it('copies the selected cards as Tandem JSON and titles, and pastes them back with new ids and their link', async () => {
    const { store } = await setup();
    const doc = store.getState().doc;
    const link = doc.links[0]!;
    act(() => store.getState().select([link.fromId, link.toId]));
    const data = new Map<string, string>();
    act(() => void document.body.dispatchEvent(clipboardEvent('copy', data)));
    expect(data.get(CLIPBOARD_MIME)).toContain('tandem/cards@1');
    const titles = doc.cards.filter((c) => c.id === link.fromId || c.id === link.toId).map((c) => c.title);
    expect(data.get('text/plain')!.split('\n').sort()).toEqual(titles.sort());

    act(() => store.getState().select([]));
    act(() => void document.body.dispatchEvent(clipboardEvent('paste', data)));
    const pasted = store.getState().selection;
    expect(pasted).toHaveLength(2);
    expect(pasted.some((id) => id === link.fromId || id === link.toId)).toBe(false);
    expect(store.getState().doc.links.some((l) => pasted.includes(l.fromId) && pasted.includes(l.toId))).toBe(true);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Paste 2 cards']);
  });

  it('cuts as one undoable step, and pastes plain text as one card per line after the selected card', async () => {
    const { store, card } = await setup();
    const queues = card(QUEUES);
    act(() => store.getState().select([queues.id]));
    const data = new Map<string, string>();
    act(() => void document.body.dispatchEvent(clipboardEvent('cut', data)));
    expect(store.getState().doc.cards.some((c) => c.id === queues.id)).toBe(false);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Cut 1 card']);
    act(() => store.getState().undo());

    act(() => store.getState().select([queues.id]));
    act(
      () =>
        void document.body.dispatchEvent(
          clipboardEvent('paste', new Map([['text/plain', 'Taps the card\nTakes the receipt']])),
        ),
    );
    const cell = cellCards(store.getState().doc, queues.laneId, queues.stageId).map((c) => c.title);
    expect(cell.slice(cell.indexOf(QUEUES), cell.indexOf(QUEUES) + 3)).toEqual([
      QUEUES,
      'Taps the card',
      'Takes the receipt',
    ]);
  });

  it('tells what a long paste left out: lines past the limit, titles cut short', async () => {
    const { store, card } = await setup();
    act(() => store.getState().select([card(QUEUES).id]));
    const before = store.getState().doc.cards.length;
    const lines = Array.from({ length: 150 }, (_, i) => (i === 0 ? 'x'.repeat(19_600) : `Line ${i + 1}`));
    act(() => void document.body.dispatchEvent(clipboardEvent('paste', new Map([['text/plain', lines.join('\n')]]))));
    expect(store.getState().doc.cards.length - before).toBe(100);
    expect(store.getState().error).toBe(
      'Pasted 100 cards; 50 more lines were left out (at most 100 cards per paste). 1 title was cut to 500 characters.',
    );
  });

  it('duplicates the selection with Ctrl+D', async () => {
    const { user, store, card } = await setup();
    act(() => store.getState().select([card(QUEUES).id]));
    await user.keyboard('{Control>}d{/Control}');
    expect(store.getState().doc.cards.filter((c) => c.title === QUEUES)).toHaveLength(2);
  });
});

describe('find', () => {
  it('opens with Ctrl+F, counts matches, steps through them with Enter and highlights them, and closes with Escape', async () => {
    const { user, store, container } = await setup();
    await user.keyboard('{Control>}f{/Control}');
    const input = screen.getByRole('searchbox', { name: 'Find cards' });
    await user.type(input, 'TILL');
    const expected = store
      .getState()
      .doc.cards.filter((c) => /till/i.test(`${c.title} ${c.notes} ${c.tags.join(' ')} ${c.key ?? ''}`)).length;
    expect(screen.getByText(`${expected} matches`)).toBeTruthy();
    await waitFor(() => expect(container.querySelectorAll('.card--match').length).toBeGreaterThan(0));
    await user.keyboard('{Enter}');
    expect(screen.getByText(`1 of ${expected}`)).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(screen.getByText(`2 of ${expected}`)).toBeTruthy();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByText(`1 of ${expected}`)).toBeTruthy();
    expect(store.getState().selection).toEqual([store.getState().findCurrent]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('searchbox')).toBeNull();
    await waitFor(() => expect(container.querySelectorAll('.card--match').length).toBe(0));
  });
});

describe('the team filter', () => {
  it('fades the cards outside the team’s reach, but never a selected card', async () => {
    const { store, container } = await setup();
    const team = store.getState().doc.teams[0]!;
    act(() => store.getState().setTeamFilter(team.id));
    await waitFor(() => expect(container.querySelectorAll('.card--dimmed').length).toBeGreaterThan(0));
    const dimmed = container.querySelector('.card--dimmed')!.getAttribute('data-card-id')!;
    act(() => store.getState().select([dimmed]));
    await waitFor(() =>
      expect(container.querySelector(`[data-card-id="${dimmed}"]`)!.classList.contains('card--dimmed')).toBe(false),
    );
    act(() => store.getState().setTeamFilter(null));
    await waitFor(() => expect(container.querySelectorAll('.card--dimmed').length).toBe(0));
  });
});
