import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { MenuAction } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { useEditorStore } from '../store/useEditor';
import { isTextField } from './textField';

const ZOOM = { duration: 150 };

/** Reacts to what the host pushes: menu actions, a map opened in this window, and changes made elsewhere. */
export function useHostEvents(client: TandemClient): void {
  const store = useEditorStore();
  const flow = useReactFlow();
  useEffect(() => {
    const act = (action: MenuAction) => {
      const s = store.getState();
      // The menu's Undo while typing in a field means the field's undo, not the map's.
      if ((action === 'undo' || action === 'redo') && isTextField(document.activeElement)) {
        document.execCommand(action);
        return;
      }
      if (action === 'undo') s.undo();
      else if (action === 'redo') s.redo();
      else if (action === 'zoom-in') void flow.zoomIn(ZOOM);
      else if (action === 'zoom-out') void flow.zoomOut(ZOOM);
      else if (action === 'zoom-fit') void flow.fitView({ ...ZOOM, padding: 0.04 });
      else if (action === 'toggle-panels') s.togglePanel('inspector');
    };
    const offs = [
      client.onEvent('menu/action', ({ action }) => act(action)),
      client.onEvent('map/opened', (opened) => store.getState().load(opened)),
      client.onEvent('map/changed', ({ revision }) => {
        // Our own commands announce themselves too; only a revision beyond ours, once our sends are answered,
        // means someone else changed the file.
        void store.getState().whenSynced().then(() => {
          if (revision > store.getState().revision) void store.getState().reload();
        });
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [client, store, flow]);
}
