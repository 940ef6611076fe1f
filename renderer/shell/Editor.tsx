import { ReactFlowProvider } from '@xyflow/react';
import type { TandemClient } from '../api/client';
import { Canvas } from '../canvas/Canvas';
import { SidePanel } from '../panels/SidePanel';
import { useEditor } from '../store/useEditor';
import '../styles/chrome.css';
import { Dialogs } from './Dialogs';
import { MapMiniMap } from './MapMiniMap';
import { StatusBar } from './StatusBar';
import { TitleBar } from './TitleBar';
import { Toolbar } from './Toolbar';
import { useFitOnOpen } from './useFitOnOpen';
import { useHostEvents } from './useHostEvents';
import { useNavigationKeys } from './useNavigationKeys';
import { useShortcuts } from './useShortcuts';

function Wiring({ client }: { client: TandemClient }) {
  useShortcuts();
  useNavigationKeys();
  useHostEvents(client);
  useFitOnOpen();
  return null;
}

function MiniMapSlot() {
  const shown = useEditor((s) => s.minimap);
  return shown ? <MapMiniMap /> : null;
}

/** The editor window: title bar, toolbar, the canvas with its side panel, status bar, and the dialogs. */
export function Editor({ client }: { client: TandemClient }) {
  return (
    <ReactFlowProvider>
      <div className="editor">
        <Wiring client={client} />
        <TitleBar />
        <Toolbar client={client} />
        <div className="editor__body">
          <main className="editor__canvas">
            <Canvas />
            <MiniMapSlot />
          </main>
          <SidePanel />
        </div>
        <StatusBar />
        <Dialogs client={client} />
      </div>
    </ReactFlowProvider>
  );
}
