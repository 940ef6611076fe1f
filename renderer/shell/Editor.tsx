import { ReactFlowProvider } from '@xyflow/react';
import type { TandemClient } from '../api/client';
import { Canvas } from '../canvas/Canvas';
import { StatusBar } from './StatusBar';
import { TitleBar } from './TitleBar';
import { useHostEvents } from './useHostEvents';
import { useShortcuts } from './useShortcuts';

function Wiring({ client }: { client: TandemClient }) {
  useShortcuts();
  useHostEvents(client);
  return null;
}

/** The editor window: title bar, canvas and status bar around one open map. */
export function Editor({ client }: { client: TandemClient }) {
  return (
    <ReactFlowProvider>
      <div className="editor">
        <Wiring client={client} />
        <TitleBar />
        <main className="editor__canvas">
          <Canvas />
        </main>
        <StatusBar />
      </div>
    </ReactFlowProvider>
  );
}
