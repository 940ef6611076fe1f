import { useState } from 'react';
import type { CallResult } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { useEditor, useEditorStore } from '../store/useEditor';
import { openPath, openWithDialog, saveAsWithDialog, type FileOutcome } from './mapFiles';
import { Menu, type MenuItem } from './Menu';
import { fileName } from './TitleBar';

const RECENT_SHOWN = 6;

/** The Map menu: New from template…, Open…, recent maps, Save As…, Export…. */
export function MapMenu({ client }: { client: TandemClient }) {
  const store = useEditorStore();
  const path = useEditor((s) => s.path);
  const [recent, setRecent] = useState<CallResult<'recent/list'>>([]);

  const settle = (outcome: FileOutcome, needPath: () => void) => {
    const s = store.getState();
    if (outcome.kind === 'opened') s.load(outcome.opened);
    else if (outcome.kind === 'failed') s.showError(outcome.message);
    else if (outcome.kind === 'needPath') needPath();
  };
  const refreshRecent = () => {
    void client['recent/list']({}).then(
      (r) => r.ok && setRecent(r.data.filter((f) => f.path !== store.getState().path)),
    );
  };

  const items: MenuItem[] = [
    { label: 'New from template…', onSelect: () => store.getState().openDialog('start') },
    {
      label: 'Open…',
      onSelect: () =>
        void openWithDialog(client).then((o) => settle(o, () => store.getState().openDialog('start', 'open'))),
    },
    ...(recent.length > 0 ? [{ label: 'Open recent', heading: true }] : []),
    ...recent.slice(0, RECENT_SHOWN).map((r) => ({
      label: r.title || fileName(r.path),
      hint: r.path,
      onSelect: () => void openPath(client, r.path).then((o) => settle(o, () => undefined)),
    })),
    {
      label: 'Save As…',
      onSelect: () =>
        void saveAsWithDialog(client, store.getState().doc.meta.title).then((o) =>
          settle(o, () => store.getState().openDialog('saveAs')),
        ),
    },
    { label: 'Export…', onSelect: () => store.getState().openDialog('export') },
  ];
  return <Menu label="Map" title={`Map file: ${path}`} onOpen={refreshRecent} items={items} />;
}
