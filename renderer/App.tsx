import { useEffect, useState } from 'react';
import type { TandemClient } from './api/client';
import { createEditorStore, type EditorStore } from './store/editorStore';
import { EditorStoreProvider } from './store/EditorStoreProvider';
import { Editor } from './shell/Editor';

type Boot = { state: 'loading' } | { state: 'ready'; store: EditorStore } | { state: 'failed'; message: string };

/** Asks the host for the open map, then shows the editor (or says plainly why it cannot). */
export function App({ client }: { client: TandemClient }) {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void client['map/current']({}).then((r) => {
      if (!live) return;
      setBoot(r.ok ? { state: 'ready', store: createEditorStore(r.data, client) } : { state: 'failed', message: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [client]);

  if (boot.state === 'loading') return <div className="boot">Opening the map…</div>;
  if (boot.state === 'failed') {
    return (
      <div className="boot boot--failed" role="alert">
        <h1>Tandem could not open the map</h1>
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
