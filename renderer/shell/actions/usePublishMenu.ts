import { useEffect } from 'react';
import type { TandemClient } from '../../api/client';
import { useEditorStore } from '../../store/useEditor';
import { useDesktopHost } from '../../ui/useDesktopHost';
import { menuModel } from './menuModel';
import { ACTIONS } from './registry';
import { useActionContext } from './useRunAction';

/**
 * Sends the desktop app its menu model whenever an item's label or state changes (Undo becomes possible, a card
 * is selected), so the native menu is built from the same registry as everything else. The browser host draws
 * its menus in the page and is sent nothing.
 */
export function usePublishMenu(client: TandemClient): void {
  const store = useEditorStore();
  const desktop = useDesktopHost(client);
  const context = useActionContext();
  useEffect(() => {
    if (!desktop) return;
    let sent = '';
    const publish = () => {
      const model = menuModel(ACTIONS, context('menu'));
      const text = JSON.stringify(model);
      if (text === sent) return;
      sent = text;
      void client['menu/set'](model);
    };
    publish();
    return store.subscribe(publish);
  }, [client, store, desktop, context]);
}
