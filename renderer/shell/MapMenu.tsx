import { useState } from 'react';
import type { CallResult } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { useEditor, useEditorStore } from '../store/useEditor';
import { actionLabel } from '../ui/actions/action';
import { settleFileOutcome } from './actions/mapActions';
import { menuSections } from './actions/menuModel';
import { ACTIONS } from './actions/registry';
import { useRunAction } from './actions/useRunAction';
import { openPath } from './mapFiles';
import { Menu, type MenuItem } from './Menu';
import { fileName } from './TitleBar';
import { useT } from '../i18n';

const RECENT_SHOWN = 6;

/**
 * The Map menu of the browser host (the desktop app has its File menu): the registry's File actions — New from
 * template…, Open…, Save As…, Export…, Import survey… — with the recent maps after Open….
 */
export function MapMenu({ client }: { client: TandemClient }) {
  const t = useT('app');
  // Subscribes the menu to the UI language: its items are the actions' labels.
  useT('actions');
  const store = useEditorStore();
  const path = useEditor((s) => s.path);
  const [recent, setRecent] = useState<CallResult<'recent/list'>>([]);

  const run = useRunAction(client);
  const refreshRecent = () => {
    void client['recent/list']({}).then(
      (r) => r.ok && setRecent(r.data.filter((f) => f.path !== store.getState().path && !f.missing)),
    );
  };

  const recentItems: MenuItem[] = [
    ...(recent.length > 0 ? [{ label: t('mapMenu.recent'), heading: true }] : []),
    ...recent.slice(0, RECENT_SHOWN).map((r) => ({
      label: r.title || fileName(r.path),
      hint: r.path,
      onSelect: () => void openPath(client, r.path).then((o) => settleFileOutcome(store, o, () => undefined)),
    })),
  ];
  const items: MenuItem[] = menuSections(ACTIONS, 'file')
    .flat()
    .flatMap((a) => [
      { label: actionLabel(a), onSelect: () => void run(a.id, 'menu') },
      ...(a.id === 'open' ? recentItems : []),
    ]);
  return <Menu label={t('mapMenu.label')} title={t('mapMenu.title', { path })} onOpen={refreshRecent} items={items} />;
}
