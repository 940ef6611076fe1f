import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import type { TandemClient } from '../api/client';
import { WindowKeys, renderEditor } from '../../test/helpers/renderEditor';
import { showLanguage } from '../i18n';
import { Dialogs } from './Dialogs';

function Harness({ client }: { client: TandemClient }) {
  return (
    <>
      <WindowKeys />
      <button type="button">Somewhere</button>
      <Dialogs client={client} />
    </>
  );
}

function open() {
  const r = renderEditor((h) => <Harness client={h.client} />);
  const before = screen.getByRole('button', { name: 'Somewhere' });
  before.focus();
  act(() => void fireEvent.keyDown(before, { key: 'k', ctrlKey: true }));
  return { ...r, before };
}

describe('the command palette', () => {
  it('opens with Ctrl+K as a dialog whose field is a combobox over a list of commands', () => {
    open();
    const dialog = screen.getByRole('dialog', { name: 'Command palette' });
    const field = screen.getByRole('combobox', { name: 'Command' });
    expect(dialog.contains(field)).toBe(true);
    expect(document.activeElement).toBe(field);
    const list = screen.getByRole('listbox', { name: 'Commands' });
    expect(field.getAttribute('aria-controls')).toBe(list.id);
    const first = screen.getAllByRole('option')[0]!;
    expect(field.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
  });

  it('finds a command by words of its label, shows its key, and runs it with Enter', () => {
    const { store, before } = open();
    expect(store.getState().panelsOpen).toBe(true);
    const field = screen.getByRole('combobox', { name: 'Command' });
    fireEvent.change(field, { target: { value: 'side panel' } });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Show or hide the side panel' + 'Ctrl+\\']);
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(store.getState().panelsOpen).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  it('lists and finds commands by their label in the UI language, after a switch', () => {
    open();
    act(() => showLanguage('pl'));
    try {
      const field = screen.getByRole('combobox', { name: 'Polecenie' });
      fireEvent.change(field, { target: { value: 'panel boczny' } });
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
        'Pokaż lub ukryj panel boczny' + 'Ctrl+\\',
      ]);
      fireEvent.change(field, { target: { value: 'side panel' } });
      expect(screen.queryAllByRole('option')).toHaveLength(0);
    } finally {
      act(() => showLanguage('en'));
    }
  });

  it('moves the active command with the arrow keys and runs that one', () => {
    const { store } = open();
    const field = screen.getByRole('combobox', { name: 'Command' });
    fireEvent.change(field, { target: { value: 'undo' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0); // nothing to undo yet: Undo is left out
    fireEvent.change(field, { target: { value: 'e' } });
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(field.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    expect(field.getAttribute('aria-activedescendant')).toBe(options.at(-1)!.id);
    fireEvent.change(field, { target: { value: 'keyboard shortcuts' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(store.getState().dialog).toBe('shortcuts');
  });

  it('closes with Esc, runs nothing, and gives the focus back', () => {
    const { store, before } = open();
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Command' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().panelsOpen).toBe(true);
    expect(document.activeElement).toBe(before);
  });

  it('does not open while the user types in a field', () => {
    renderEditor((h) => (
      <>
        <WindowKeys />
        <input aria-label="Somewhere to type" />
        <Dialogs client={h.client} />
      </>
    ));
    const field = screen.getByRole('textbox', { name: 'Somewhere to type' });
    field.focus();
    act(() => void fireEvent.keyDown(field, { key: 'k', ctrlKey: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
