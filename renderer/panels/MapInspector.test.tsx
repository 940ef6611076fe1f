import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEditor } from '../../test/helpers/renderEditor';
import { showLanguage } from '../i18n';
import { MapInspector } from './MapInspector';

afterEach(() => showLanguage('en'));

describe('MapInspector › map language', () => {
  it('changes the map’s language with one undoable edit that reaches the host', async () => {
    const { store, host } = renderEditor(<MapInspector />);
    const select = screen.getByRole('combobox', { name: 'Map language' }) as HTMLSelectElement;
    expect(select.value).toBe('en');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'English',
      'Русский',
      'Українська',
      'Polski',
      '中文（简体）',
    ]);

    fireEvent.change(select, { target: { value: 'pl' } });
    expect(store.getState().doc.meta.language).toBe('pl');
    expect(select.value).toBe('pl');
    await waitFor(() => expect(host.doc.meta.language).toBe('pl'));

    store.getState().undo();
    expect(store.getState().doc.meta.language).toBe('en');
    await waitFor(() => expect(host.doc.meta.language).toBe('en'));
    expect((screen.getByRole('combobox', { name: 'Map language' }) as HTMLSelectElement).value).toBe('en');
    // The title the user typed is untouched by either edit.
    expect(store.getState().doc.meta.title).toBe('Retail checkout — new POS rollout');
  });

  it('shows a map saved before maps had a language as English', () => {
    const { store } = renderEditor(<MapInspector />);
    const { language: _none, ...meta } = store.getState().doc.meta;
    store.setState({ doc: { ...store.getState().doc, meta } });
    expect((screen.getByRole('combobox', { name: 'Map language' }) as HTMLSelectElement).value).toBe('en');
  });

  it('speaks the UI’s language in its label, while listing each language by its own name', () => {
    showLanguage('uk');
    renderEditor(<MapInspector />);
    const select = screen.getByRole('combobox', { name: 'Мова карти' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toContain('Polski');
  });
});
