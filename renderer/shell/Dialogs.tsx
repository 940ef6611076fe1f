import type { OpenedMap } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { useEditor, useEditorStore } from '../store/useEditor';
import { SaveVersionDialog } from '../panels/history/SaveVersionDialog';
import { AboutDialog } from './AboutDialog';
import { CommandPalette } from './CommandPalette';
import { ExportEntry } from './ExportEntry';
import { SaveAsDialog } from './SaveAsDialog';
import { ShortcutSheet } from './ShortcutSheet';
import { StartScreen } from './StartScreen';
import { UpdateDialog } from './updates/UpdateDialog';
import { WorkshopDialog } from '../workshop/WorkshopDialog';

/** Whichever dialog the chrome slice says is open. */
export function Dialogs({ client }: { client: TandemClient }) {
  const store = useEditorStore();
  const dialog = useEditor((s) => s.dialog);
  const startFocus = useEditor((s) => s.startFocus);
  const path = useEditor((s) => s.path);
  const title = useEditor((s) => s.doc.meta.title);
  const close = useEditor((s) => s.closeDialog);
  const failedOpen = useEditor((s) => s.failedOpen);
  const opened = (map: OpenedMap) => {
    store.getState().closeDialog();
    store.getState().load(map);
  };
  if (dialog === 'shortcuts') return <ShortcutSheet onClose={close} />;
  if (dialog === 'about') return <AboutDialog client={client} onClose={close} />;
  if (dialog === 'updates') return <UpdateDialog client={client} onClose={close} />;
  if (dialog === 'saveVersion') return <SaveVersionDialog onClose={close} />;
  if (dialog === 'palette') return <CommandPalette onClose={close} />;
  if (dialog === 'export') return <ExportEntry client={client} onClose={close} />;
  if (dialog === 'workshop') return <WorkshopDialog client={client} onClose={close} />;
  if (dialog === 'saveAs')
    return <SaveAsDialog client={client} currentPath={path} title={title} onOpened={opened} onClose={close} />;
  if (dialog === 'start')
    return (
      <StartScreen
        client={client}
        currentPath={path}
        focus={startFocus}
        failedOpen={failedOpen}
        onOpened={opened}
        onClose={close}
      />
    );
  return null;
}
