import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import type { TandemClient } from '../api/client';
import { renderEditor } from '../../test/helpers/renderEditor';
import { actionDescription, actionLabel } from '../ui/actions/action';
import { keyLabel } from '../ui/actions/keys';
import { ACTIONS } from './actions/registry';
import { Dialogs } from './Dialogs';
import { SHORTCUT_GROUPS, allShortcuts } from './shortcuts';
import { useShortcuts } from './useShortcuts';

function Harness({ client }: { client: TandemClient }) {
  useShortcuts();
  return (
    <>
      <input aria-label="Somewhere to type" />
      <Dialogs client={client} />
    </>
  );
}

describe('the shortcut sheet', () => {
  it('opens with ? and lists every shortcut, grouped', () => {
    renderEditor((h) => <Harness client={h.client} />);
    act(() => void fireEvent.keyDown(document.body, { key: '?', shiftKey: true }));
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const SHORTCUTS = allShortcuts();
    for (const group of SHORTCUT_GROUPS) {
      if (SHORTCUTS.some((s) => s.group === group)) expect(screen.getByRole('region', { name: group })).toBeTruthy();
    }
    for (const s of SHORTCUTS) expect(sheet.textContent).toContain(s.action);
  });

  it('lists every action of the registry that has keys, with its keys as this platform writes them', () => {
    const { store } = renderEditor((h) => <Harness client={h.client} />);
    act(() => store.getState().openDialog('shortcuts'));
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const withKeys = ACTIONS.filter((a) => (a.keysShown ?? a.keys ?? []).length > 0);
    expect(withKeys.length).toBeGreaterThan(20);
    for (const a of withKeys) {
      expect(sheet.textContent).toContain(actionDescription(a) ?? actionLabel(a));
      for (const k of a.keysShown ?? a.keys ?? []) expect(sheet.textContent).toContain(keyLabel(k));
    }
    expect(sheet.textContent).toContain('Ctrl+K');
  });

  it('does not open while the user types ? in a text field', () => {
    renderEditor((h) => <Harness client={h.client} />);
    const field = screen.getByRole('textbox', { name: 'Somewhere to type' });
    field.focus();
    act(() => void fireEvent.keyDown(field, { key: '?', shiftKey: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes with Esc and keeps the focus inside while open', () => {
    const { store } = renderEditor((h) => <Harness client={h.client} />);
    act(() => store.getState().openDialog('shortcuts'));
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    // The close button is the only thing to focus: Tab and Shift+Tab stay on it.
    fireEvent.keyDown(close, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().dialog).toBeNull();
  });

  it('keeps keys pressed inside a dialog from reaching the window shortcuts', () => {
    const { store } = renderEditor((h) => <Harness client={h.client} />);
    act(() => void store.getState().dispatch({ type: 'map/update', patch: { title: 'Renamed' } }));
    act(() => store.getState().openDialog('shortcuts'));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Close' }), { key: 'z', ctrlKey: true });
    expect(store.getState().doc.meta.title).toBe('Renamed');
  });
});
