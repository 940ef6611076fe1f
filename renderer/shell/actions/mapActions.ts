import type { EditorStore } from '../../store/editorStore';
import { defineActions } from '../../ui/actions/action';
import { openWithDialog, saveAsWithDialog, type FileOutcome } from '../mapFiles';

/** Shows what a file action ended with: the map it opened, its error, or the dialog that asks for a path. */
export function settleFileOutcome(store: EditorStore, outcome: FileOutcome, needPath: () => void): void {
  const s = store.getState();
  if (outcome.kind === 'opened') s.load(outcome.opened);
  // A damaged map: the start screen says why and offers its newest good backup.
  else if (outcome.kind === 'failed' && outcome.damagedPath) s.showFailedOpen(outcome.damagedPath, outcome.message);
  else if (outcome.kind === 'failed') s.showError(outcome.message);
  else if (outcome.kind === 'needPath') needPath();
}

/** New, Open and Save As: the map file as a whole. */
export const MAP_ACTIONS = defineActions([
  {
    id: 'new-from-template',
    labelKey: 'action.newFromTemplate',
    group: 'Map',
    keys: ['Mod+N'],
    menu: { name: 'file', section: 1 },
    perform: ({ store }) => store.getState().openDialog('start'),
  },
  {
    id: 'open',
    labelKey: 'action.open',
    descriptionKey: 'action.open.description',
    group: 'Map',
    keys: ['Mod+O'],
    menu: { name: 'file', section: 1 },
    enabled: ({ client }) => client !== null,
    perform: ({ store, client }) => {
      if (!client) return false;
      void openWithDialog(client).then((o) =>
        settleFileOutcome(store, o, () => store.getState().openDialog('start', 'open')),
      );
    },
  },
  {
    id: 'save-as',
    labelKey: 'action.saveAs',
    descriptionKey: 'action.saveAs.description',
    group: 'Map',
    keys: ['Mod+Shift+S'],
    menu: { name: 'file', section: 1 },
    enabled: ({ client }) => client !== null,
    perform: ({ store, client }) => {
      if (!client) return false;
      void saveAsWithDialog(client, store.getState().doc.meta.title).then((o) =>
        settleFileOutcome(store, o, () => store.getState().openDialog('saveAs')),
      );
    },
  },
]);
