import { ReactFlowProvider } from '@xyflow/react';
import type { TandemClient } from '../api/client';
import { Canvas } from '../canvas/Canvas';
import { RegisterDock } from '../insight/register/RegisterDock';
import { TraceBar } from '../insight/trace/TraceBar';
import { VersionBanner } from '../panels/history/VersionBanner';
import { SidePanel } from './sidePanel/SidePanel';
import { useEditor } from '../store/useEditor';
import '../styles/chrome.css';
import { ActionsProvider } from './actions/ActionsProvider';
import { usePublishMenu } from './actions/usePublishMenu';
import { Dialogs } from './Dialogs';
import { MapMiniMap } from './MapMiniMap';
import { StatusBar } from './StatusBar';
import { TitleBar } from './TitleBar';
import { Toolbar } from './Toolbar';
import { FacilitatorCountdown } from '../workshop/FacilitatorCountdown';
import { TimerTool } from '../workshop/TimerTool';
import { useFitOnOpen } from './useFitOnOpen';
import { useHostEvents } from './useHostEvents';
import { useShortcuts } from './useShortcuts';
import { LiveRegion } from '../ui/a11y/LiveRegion';
import { SkipLink } from '../ui/a11y/SkipLink';
import { useAnnounceHistory } from '../ui/a11y/useAnnounceHistory';
import { PresentLayer } from '../present/PresentLayer';

function Wiring({ client }: { client: TandemClient }) {
  useShortcuts();
  useHostEvents(client);
  usePublishMenu(client);
  useFitOnOpen();
  useAnnounceHistory();
  return null;
}

function MiniMapSlot() {
  const shown = useEditor((s) => s.minimap);
  return shown ? <MapMiniMap /> : null;
}

/** The editor window: title bar, toolbar, the canvas with its side panel, status bar, and the dialogs. */
export function Editor({ client }: { client: TandemClient }) {
  const presenting = useEditor((s) => s.presenting !== null);
  return (
    <ReactFlowProvider>
      <ActionsProvider client={client}>
        <div className={presenting ? 'editor editor--presenting' : 'editor'}>
          <SkipLink />
          <LiveRegion />
          <Wiring client={client} />
          <TitleBar aside={<TimerTool client={client} />} />
          <Toolbar client={client} />
          <div className="editor__body">
            <main className="editor__canvas">
              <Canvas />
              <MiniMapSlot />
              <TraceBar />
              <VersionBanner />
              <PresentLayer client={client} timer={<FacilitatorCountdown client={client} />} />
            </main>
            <SidePanel />
          </div>
          <RegisterDock client={client} />
          <StatusBar />
          <Dialogs client={client} />
        </div>
      </ActionsProvider>
    </ReactFlowProvider>
  );
}
