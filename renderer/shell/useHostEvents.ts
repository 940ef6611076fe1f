import { useEffect } from 'react';
import type { TandemClient } from '../api/client';
import { useEditorStore } from '../store/useEditor';
import { useRunAction } from './actions/useRunAction';

/**
 * Reacts to what the host pushes: menu actions, a map opened in this window or one that failed to open, and changes
 * made elsewhere.
 */
export function useHostEvents(client: TandemClient): void {
  const store = useEditorStore();
  const run = useRunAction();
  useEffect(() => {
    const offs = [
      // The menu names an action of the registry; it runs if it is enabled now.
      client.onEvent('menu/action', ({ action }) => void run(action, 'menu')),
      client.onEvent('map/opened', (opened) => {
        const s = store.getState();
        if (s.dialog === 'start' || s.dialog === 'saveAs') s.closeDialog();
        // The window that asked for the map has loaded it from the call's answer already; loading it again
        // would drop an edit made in between.
        if (opened.path === s.path && opened.revision <= s.revision) return;
        s.load(opened);
      }),
      // Another window's or a participant's edit: applied here, this window's undo steps kept.
      client.onEvent('map/applied', (event) => store.getState().applyRemote(event)),
      // A version was kept or removed (by the timer, a save, a restore): the History panel lists them again.
      client.onEvent('history/changed', () => void store.getState().listVersions()),
      // A map the OS or the native menu asked for is damaged: the start screen says why and offers its backup.
      client.onEvent('map/openFailed', ({ path, message }) => store.getState().showFailedOpen(path, message)),
      client.onEvent('map/changed', ({ revision }) => {
        // Our own commands announce themselves too; only a revision beyond ours, once our sends are answered,
        // means someone else changed the file.
        void store
          .getState()
          .whenSynced()
          .then(() => {
            const s = store.getState();
            if (revision <= s.revision) return;
            // A version stands in for the map on the canvas: the map is reloaded when the user goes back to it.
            if (s.viewing) s.noteHostChange();
            else void s.reload();
          });
      }),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [client, store, run]);
}
