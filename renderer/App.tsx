import { useEffect, useState } from 'react';
import type { OpenedMap } from '../shared/api/contract';
import type { TandemClient } from './api/client';
import { createEditorStore, type EditorStore } from './store/editorStore';
import { EditorStoreProvider } from './store/EditorStoreProvider';
import { Editor } from './shell/Editor';
import { StartScreen } from './shell/StartScreen';
import { useT } from './i18n';

type Boot =
  | { state: 'loading' }
  | { state: 'ready'; store: EditorStore }
  /** The host has no map open (first run of the desktop app): choose or make one. */
  | { state: 'start' }
  | { state: 'failed'; message: string };

/** Asks the host for the open map, then shows the editor, the start screen when none is open, or says plainly why not. */
export function App({ client }: { client: TandemClient }) {
  const t = useT('app');
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void client['map/current']({}).then((r) => {
      if (!live) return;
      if (r.ok) setBoot({ state: 'ready', store: createEditorStore(r.data, client) });
      else setBoot(r.error.code === 'not_found' ? { state: 'start' } : { state: 'failed', message: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [client]);
  // Once the editor is up, later maps load into its store; before that, the first one creates it.
  const openFirst = (opened: OpenedMap) => setBoot({ state: 'ready', store: createEditorStore(opened, client) });
  useEffect(() => {
    if (boot.state !== 'start') return;
    return client.onEvent('map/opened', openFirst);
  });

  if (boot.state === 'loading') return <div className="boot">{t('boot.opening')}</div>;
  if (boot.state === 'start') return <StartScreen client={client} currentPath={null} onOpened={openFirst} />;
  if (boot.state === 'failed') {
    return (
      <div className="boot boot--failed" role="alert">
        <h1>{t('boot.failed')}</h1>
        <p>{boot.message}</p>
      </div>
    );
  }
  return (
    <EditorStoreProvider store={boot.store}>
      <Editor client={client} />
    </EditorStoreProvider>
  );
}
