import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/apply';
import type { Command } from '../../../shared/commands/types';
import type { TandemDoc } from '../../../shared/schema/document';
import { sampleOpened } from '../../../test/helpers/renderEditor';
import { showLanguage } from '../../i18n';
import { renderWithHistory } from '../../panels/history/testing/fakeHistory';
import { readOnlyMessage } from '../../store/versionSlice';
import { Editor } from '../Editor';

const QUEUES = 'Queues at the till to pay';
const CHAT = 'Chat agent answers';
const KYIV = 'Before the Kyiv workshop';

const cardId = (doc: TandemDoc, title: string) => doc.cards.find((c) => c.title === title)!.id;
const retitle = (doc: TandemDoc, from: string, to: string): Command => ({
  type: 'card/update',
  id: cardId(doc, from),
  patch: { title: to },
});
const titles = (doc: TandemDoc) => doc.cards.map((c) => c.title).sort();

/** The whole editor over a host that keeps versions, with the History tab open. */
async function openHistory(setup?: Parameters<typeof renderWithHistory>[1]) {
  const r = renderWithHistory((h) => <Editor client={h.client} />, setup);
  await screen.findByText(QUEUES);
  fireEvent.click(screen.getByRole('tab', { name: 'History' }));
  return r;
}

const items = () => screen.queryAllByRole('button').filter((b) => b.classList.contains('version-item'));

describe('the History panel', () => {
  it('lists the versions newest first with when, the name or the reason, and what changed', async () => {
    const first = sampleOpened().doc;
    const renamed = applyCommand(first, retitle(first, QUEUES, 'Queues')).doc;
    await openHistory((v) => {
      v.keep('auto', null, '2026-12-01T09:30:00Z', first);
      v.keep('named', KYIV, new Date().toISOString(), renamed);
    });
    await waitFor(() => expect(items()).toHaveLength(2));
    const [newest, oldest] = items();
    expect(newest!.textContent).toContain(KYIV);
    expect(newest!.textContent).toMatch(/^Today \d{1,2}:\d\d/);
    expect(newest!.textContent).toContain('1 card renamed');
    expect(oldest!.textContent).toContain('Kept while editing');
    expect(oldest!.textContent).toMatch(/1 Dec|Dec 1/);
    expect(oldest!.textContent).toContain('The first version kept');
  });

  it('says what versions are while there are none, and lists again when the host keeps one', async () => {
    const { host, versions } = await openHistory();
    expect(await screen.findByText(/kept inside its file/)).toBeTruthy();
    versions.keep('auto', null);
    act(() => host.emit('history/changed', {}));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]!.textContent).toContain('Kept while editing');
  });

  it('moves between the versions with the arrow keys', async () => {
    await openHistory((v) => {
      v.keep('auto', null);
      v.keep('named', KYIV);
    });
    await waitFor(() => expect(items()).toHaveLength(2));
    items()[0]!.focus();
    fireEvent.keyDown(items()[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items()[1]);
    fireEvent.keyDown(items()[1]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items()[0]);
  });
});

describe('File › Save Version…', () => {
  it('refuses an empty name and one over 120 characters with the reason, and saves on Enter', async () => {
    const { host, versions } = await openHistory();
    const saveButton = screen.getByRole('button', { name: 'Save version…' });
    saveButton.focus();
    act(() => void fireEvent.keyDown(saveButton, { key: 's', ctrlKey: true }));
    const dialog = screen.getByRole('dialog', { name: 'Save version' });
    const field = within(dialog).getByLabelText('Name of this version');
    expect(document.activeElement).toBe(field);

    fireEvent.submit(field.closest('form')!);
    expect(within(dialog).getByRole('alert').textContent).toContain('Give the version a name');
    fireEvent.change(field, { target: { value: 'x'.repeat(121) } });
    fireEvent.submit(field.closest('form')!);
    expect(within(dialog).getByRole('alert').textContent).toContain('at most 120 characters; this one has 121');
    expect(host.calls.some((c) => c.name === 'history/save')).toBe(false);

    fireEvent.change(field, { target: { value: `  ${KYIV} ` } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(versions.kept.map((v) => v.info.name)).toEqual([KYIV]);
    await waitFor(() => expect(items()[0]!.textContent).toContain(KYIV));
    expect(await screen.findByText(`Version “${KYIV}” saved.`)).toBeTruthy();
  });

  it('closes on Esc without saving, and gives the focus back', async () => {
    const { host } = await openHistory();
    const saveButton = screen.getByRole('button', { name: 'Save version…' });
    saveButton.focus();
    fireEvent.click(saveButton);
    const dialog = screen.getByRole('dialog', { name: 'Save version' });
    fireEvent.change(within(dialog).getByLabelText('Name of this version'), { target: { value: 'Not this one' } });
    fireEvent.keyDown(within(dialog).getByLabelText('Name of this version'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(saveButton);
    expect(host.calls.some((c) => c.name === 'history/save')).toBe(false);
  });
});

describe('a version shown read-only', () => {
  it('refuses every edit — a key, undo, a store call — with the reason, and Esc puts the live map back exactly', async () => {
    const { store, host } = await openHistory((v) => v.keep('named', KYIV));
    act(() => void store.getState().dispatch(retitle(store.getState().doc, QUEUES, 'Queues')));
    await store.getState().whenSynced();
    const live = store.getState().doc;
    const applied = host.calls.filter((c) => c.name === 'map/apply').length;

    await waitFor(() => expect(items()).toHaveLength(1));
    fireEvent.click(items()[0]!);
    await screen.findByRole('region', { name: 'Version shown' });
    expect(screen.getByRole('region', { name: 'Version shown' }).textContent).toContain(`Viewing ‘${KYIV}’`);
    expect(await screen.findByText(QUEUES)).toBeTruthy();
    const shown = store.getState().doc;

    act(() => void fireEvent.keyDown(document.body, { key: 'n' }));
    act(() => void fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true }));
    // Enter on a selected card would open its title editor: it does not open at all.
    act(() => store.getState().select([cardId(shown, QUEUES)]));
    act(() => void fireEvent.keyDown(document.body, { key: 'Enter' }));
    expect(store.getState().editing).toBeNull();
    expect(store.getState().dispatch(retitle(shown, QUEUES, 'Sneaked in'))).toBe(false);
    expect(store.getState().doc).toBe(shown);
    expect(store.getState().past).toHaveLength(1);
    expect(screen.getByRole('alert').textContent).toContain(readOnlyMessage());
    expect(host.calls.filter((c) => c.name === 'map/apply')).toHaveLength(applied);

    act(() => void fireEvent.keyDown(document.body, { key: 'Escape' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Version shown' })).toBeNull());
    expect(store.getState().doc).toBe(live);
    expect(store.getState().error).toBeNull();
  });

  it('goes back to the map as the host has it when the map changed while the version was shown', async () => {
    const { store, host } = await openHistory((v) => v.keep('named', KYIV));
    await waitFor(() => expect(items()).toHaveLength(1));
    await act(() => store.getState().viewVersion('v1'));
    await host.client['map/apply']({ command: retitle(host.doc, QUEUES, 'Changed elsewhere'), baseRevision: 0 });
    act(() => host.emit('map/changed', { revision: host.revision }));
    await store.getState().whenSynced();
    // The version stays on the canvas while it is looked at.
    expect(store.getState().viewing).not.toBeNull();
    expect(screen.queryByText('Changed elsewhere')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Back to the current map/ }));
    expect(await screen.findByText('Changed elsewhere')).toBeTruthy();
    expect(store.getState().revision).toBe(1);
  });
});

describe('Compare with the current map', () => {
  it('marks added, changed and removed cards on the canvas and lists them, grouped, beside it', async () => {
    const { store } = await openHistory((v) => v.keep('named', KYIV));
    const doc = store.getState().doc;
    act(() => {
      const s = store.getState();
      s.dispatch(retitle(doc, QUEUES, 'Waits at the till'));
      s.dispatch({ type: 'card/delete', id: cardId(doc, CHAT) });
    });
    act(() => void store.getState().addCardAfter(cardId(store.getState().doc, 'Waits at the till')));
    act(() => store.getState().commitEditing('Pays by phone'));
    await act(() => store.getState().compareVersion('v1'));

    const banner = screen.getByRole('region', { name: 'Version shown' });
    expect(banner.textContent).toContain(`Comparing ‘${KYIV}’`);
    expect(within(banner).getByRole('list', { name: 'Marks on the canvas' }).textContent).toContain('removed');
    const markOf = async (title: string) =>
      (await screen.findByText(title, { selector: '.card__title' })).closest('.card')?.getAttribute('data-mark');
    expect(await markOf('Pays by phone')).toBe('added');
    expect(await markOf('Waits at the till')).toBe('changed');
    // The deleted card is a ghost in its old cell; the live map does not have it.
    expect(await markOf(CHAT)).toBe('removed');
    // The word the mark shows on the card is the UI language's, not the style sheet's English.
    const wordOf = async (title: string) =>
      (await screen.findByText(title, { selector: '.card__title' })).closest('.card')?.getAttribute('data-mark-label');
    expect(await wordOf('Pays by phone')).toBe('added');
    act(() => showLanguage('uk'));
    expect(await wordOf(CHAT)).toBe('вилучено');
    act(() => showLanguage('en'));
    expect(store.getState().viewing?.live.doc.cards.some((c) => c.title === CHAT)).toBe(false);

    const list = screen.getByRole('region', { name: 'What changed' });
    const group = (name: string) => list.querySelector(`.compare-group--${name}`)?.textContent ?? '';
    expect(group('added')).toContain('Pays by phone');
    expect(group('removed')).toContain(CHAT);
    expect(group('changed')).toContain(`was “${QUEUES}”`);
    fireEvent.click(within(list).getByRole('button', { name: /Waits at the till/ }));
    expect(store.getState().selection).toEqual([cardId(store.getState().doc, 'Waits at the till')]);
  });

  it('says readably that a comparison cannot be exported while the host cannot do it', async () => {
    const { store } = await openHistory((v) => v.keep('named', KYIV));
    await act(() => store.getState().compareVersion('v1'));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the changes (CSV)' });
    fireEvent.submit(within(dialog).getByLabelText('Path of the CSV file').closest('form')!);
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'The comparison was not exported: Exporting a comparison is not built yet.',
    );
  });
});

describe('Restore', () => {
  it('makes the version the current map in one undoable step named after it; undo brings the map back exactly', async () => {
    const { store, host, versions } = await openHistory((v) => v.keep('named', KYIV));
    const atVersion = store.getState().doc;
    act(() => {
      const s = store.getState();
      s.dispatch(retitle(atVersion, QUEUES, 'Waits at the till'));
      s.dispatch({ type: 'card/delete', id: cardId(atVersion, CHAT) });
    });
    await store.getState().whenSynced();
    const before = store.getState().doc;
    const steps = store.getState().past.length;

    await waitFor(() => expect(items()).toHaveLength(1));
    await act(() => store.getState().viewVersion('v1'));
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Version shown' })).getByRole('button', { name: 'Restore' }),
    );
    expect(await screen.findByText(`Restored “${KYIV}”. Undo (Ctrl+Z) takes the restore back.`)).toBeTruthy();
    expect(store.getState().viewing).toBeNull();
    expect(titles(store.getState().doc)).toEqual(titles(atVersion));
    expect(store.getState().past).toHaveLength(steps + 1);
    expect(store.getState().past.at(-1)?.label).toBe(`Restore ‘${KYIV}’`);
    // The map before the restore was kept as a version too.
    expect(versions.kept.at(-1)?.info.reason).toBe('before-restore');
    await store.getState().whenSynced();
    expect(titles(host.doc)).toEqual(titles(atVersion));

    act(() => void fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true }));
    expect(store.getState().doc).toEqual(before);
    await store.getState().whenSynced();
    expect(host.doc).toEqual(before);
    act(() => void fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true, shiftKey: true }));
    expect(titles(store.getState().doc)).toEqual(titles(atVersion));
  });

  it('says so when the map already matches the version, and adds no step', async () => {
    const { store } = await openHistory((v) => v.keep('named', KYIV));
    await waitFor(() => expect(items()).toHaveLength(1));
    await act(() => store.getState().viewVersion('v1'));
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText(`The map already matches “${KYIV}”: there is nothing to restore.`)).toBeTruthy();
    expect(store.getState().past).toHaveLength(0);
  });
});
