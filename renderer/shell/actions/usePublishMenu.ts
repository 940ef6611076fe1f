import { useEffect } from 'react';
import type { TandemClient } from '../../api/client';
import { i18n } from '../../i18n';
import { onThemeChange } from '../../theme/theme';
import { useEditorStore } from '../../store/useEditor';
import { useDesktopHost } from '../../ui/useDesktopHost';
import { menuModel } from './menuModel';
import { ACTIONS } from './registry';
import { isEnabled, useActionContext } from './useRunAction';

/** The actions the menu bar lists: their keys never change; whether they are enabled or checked, and the language, do. */
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
      const state = MENU_ACTIONS.map((a) => (isEnabled(a, ctx) ? '1' : '0') + (a.checked?.(ctx) ? '1' : '0'));
      // The labels are the UI language's: a switch sends the menu again in the new words.
      const key = `${i18n.language}:${state.join('')}`;
      if (key === sent) return;
      sent = key;
      void client['menu/set'](menuModel(ACTIONS, ctx));
    };
    publish();
    i18n.on('languageChanged', publish);
    const unsubscribe = store.subscribe(publish);
    const offTheme = onThemeChange(publish);
    return () => {
      i18n.off('languageChanged', publish);
      unsubscribe();
      offTheme();
    };
  }, [client, store, desktop, context]);
}
