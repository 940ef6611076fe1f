import { useEffect } from 'react';
import type { MenuAction } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { useEditorStore } from '../store/useEditor';
import { cardMenuAction } from '../canvas/cards/cardMenuAction';
import { isTextField } from '../ui/textField';
import { useViewControls } from './useViewControls';

/** Reacts to what the host pushes: menu actions, a map opened in this window, and changes made elsewhere. */
export function useHostEvents(client: TandemClient): void {
  const store = useEditorStore();
  const view = useViewControls();
  useEffect(() => {
    const act = (action: MenuAction) => {
      const s = store.getState();
      // The menu's Undo while typing in a field means the field's undo, not the map's.
      if ((action === 'undo' || action === 'redo') && isTextField(document.activeElement)) {
        document.execCommand(action);
        return;
      }
      if (cardMenuAction(store, action)) return;
      if (action === 'undo') s.undo();
      else if (action === 'redo') s.redo();
      else if (action === 'zoom-in') view.zoomIn();
      else if (action === 'zoom-out') view.zoomOut();
      else if (action === 'zoom-fit') view.fit();
      else if (action === 'toggle-panels') s.togglePanels();
      else if (action === 'shortcuts') s.openDialog('shortcuts');
      else if (action === 'new-from-template') s.openDialog('start');
      else if (action === 'export') s.openDialog('export');
      else if (action === 'import-survey') s.requestSurveyImport();
    };
    const offs = [
      client.onEvent('menu/action', ({ action }) => act(action)),
      client.onEvent('map/opened', (opened) => {
        const s = store.getState();
        if (s.dialog === 'start' || s.dialog === 'saveAs') s.closeDialog();
        // The window that asked for the map has loaded it from the call's answer already; loading it again
        // would drop an edit made in between.
        if (opened.path === s.path && opened.revision <= s.revision) return;
        s.load(opened);
      }),
      client.onEvent('map/changed', ({ revision }) => {
        // Our own commands announce themselves too; only a revision beyond ours, once our sends are answered,
        // means someone else changed the file.
        void store
          .getState()
          .whenSynced()
          .then(() => {
            if (revision > store.getState().revision) void store.getState().reload();
          });
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [client, store, view]);
}
