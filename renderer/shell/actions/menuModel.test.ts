import { describe, expect, it } from 'vitest';
import { act } from '@testing-library/react';
import { createFakeHost, sampleOpened } from '../../../test/helpers/renderEditor';
import { createEditorStore } from '../../store/editorStore';
import { createCanvasPort } from '../../ui/actions/canvasPort';
import { menuModelSchema } from '../../../shared/api/contract';
import { showLanguage } from '../../i18n';
import { menuModel } from './menuModel';
import { ACTIONS } from './registry';

function model() {
  const opened = sampleOpened();
  const host = createFakeHost(opened);
  const store = createEditorStore(opened, host.client);
  const build = () =>
    menuModel(ACTIONS, {
      store,
      state: store.getState(),
      canvas: createCanvasPort(),
      client: host.client,
      source: 'menu',
      event: null,
    });
  return { store, build };
}

const ids = (items: ReturnType<typeof menuModel>['file']) => items.map((i) => ('id' in i ? i.id : '—'));

describe('the menu model sent to the desktop app', () => {
  it('lists the registry’s File, Edit, View and Help actions in sections', () => {
    const m = model().build();
    expect(ids(m.file)).toEqual([
      'new-from-template',
      'open',
      'save-as',
      '—',
      'export',
      'import-survey',
      '—',
      'save-version',
      'show-history',
      '—',
      'workshop-invite',
    ]);
    expect(ids(m.edit)).toEqual(['undo', 'redo', '—', 'select-all', 'duplicate', 'delete']);
    expect(ids(m.view)).toEqual([
      'present',
      'present-focus',
      '—',
      'zoom-in',
      'zoom-out',
      'zoom-fit',
      'zoom-reading',
      '—',
      'toggle-panels',
      'toggle-minimap',
      '—',
      'language-en',
      'language-ru',
      'language-uk',
      'language-pl',
      'language-zh',
      '—',
      'theme-system',
      'theme-light',
      'theme-dark',
      'theme-contrast',
    ]);
    expect(ids(m.help)).toEqual(['command-palette', 'shortcuts', '—', 'check-updates', 'auto-updates']);
    // The automatic update check is off until the user turns it on.
    expect(m.help.find((i) => 'id' in i && i.id === 'auto-updates')).toMatchObject({ checked: false, toggle: true });
  });

  it('gives each item its label and accelerator, and no two the same accelerator', () => {
    const m = model().build();
    expect(m.edit[0]).toEqual({ id: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', enabled: false });
    expect(m.help.find((i) => 'id' in i && i.id === 'shortcuts')).toMatchObject({ accelerator: 'CmdOrCtrl+/' });
    const all = [...m.file, ...m.edit, ...m.view, ...m.help].flatMap((i) =>
      'accelerator' in i && i.accelerator ? [i.accelerator] : [],
    );
    expect(new Set(all).size).toBe(all.length);
  });

  it('follows the editor: Undo is enabled once there is something to undo', () => {
    const { store, build } = model();
    act(() => void store.getState().dispatch({ type: 'map/update', patch: { title: 'Renamed' } }));
    expect(build().edit[0]).toMatchObject({ id: 'undo', enabled: true });
  });

  it('carries the labels and the main process’s own words in the UI language, and follows a switch', () => {
    const { build } = model();
    expect(build().words?.file).toBe('File');
    act(() => showLanguage('uk'));
    try {
      const m = build();
      expect(m.edit[0]).toMatchObject({ id: 'undo', label: 'Скасувати' });
      expect(m.words).toMatchObject({
        file: 'Файл',
        openRecent: 'Нещодавні карти',
        quit: 'Вихід',
        about: 'Про Tandem',
      });
      expect(menuModelSchema.safeParse(m).success).toBe(true);
    } finally {
      act(() => showLanguage('en'));
    }
  });
});
