import { useEffect } from 'react';
import type { TandemClient } from '../../api/client';
import { useEditorStore } from '../../store/useEditor';
import { useDesktopHost } from '../../ui/useDesktopHost';
import { menuModel } from './menuModel';
import { ACTIONS } from './registry';
import { isEnabled, useActionContext } from './useRunAction';

/** The actions the menu bar lists: their labels and keys never change, only whether they are enabled. */
const MENU_ACTIONS = ACTIONS.filter((a) => a.menu);

/**
 * Sends the desktop app its menu model whenever an item's state changes (Undo becomes possible, a card is
 * selected), so the native menu is built from the same registry as everything else. The store changes far more
 * often (a letter typed into Find), so each change only asks the menu's actions whether they are enabled, and the
 * model is built and sent when that answer differs. The browser host draws its menus in the page and is sent nothing.
 */
export function usePublishMenu(client: TandemClient): void {
  const store = useEditorStore();
  const desktop = useDesktopHost(client);
  const context = useActionContext();
  useEffect(() => {
    if (!desktop) return;
    let sent = '';
    const publish = () => {
      const ctx = context('menu');
      const enabled = MENU_ACTIONS.map((a) => (isEnabled(a, ctx) ? '1' : '0')).join('');
      if (enabled === sent) return;
      sent = enabled;
      void client['menu/set'](menuModel(ACTIONS, ctx));
    };
    publish();
    return store.subscribe(publish);
  }, [client, store, desktop, context]);
}
