import '../../styles/history.css';
import { useEffect, useRef } from 'react';
import type { VersionInfo } from '../../../shared/schema/version';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { versionTitle } from '../../store/versionSlice';
import { CompareList } from './CompareList';
import { VersionList } from './VersionList';

/**
 * The History tab: the versions kept in the map's file, newest first, and a way to keep one by name. Choosing one
 * shows it read-only on the canvas; while one is compared with the current map, the tab lists what changed.
 */
export function HistoryPanel() {
  const store = useEditorStore();
  const versions = useEditor((s) => s.versions);
  const error = useEditor((s) => s.versionsError);
  const notice = useEditor((s) => s.historyNotice);
  const viewing = useEditor((s) => s.viewing);
  const focusPending = useEditor((s) => s.versionFocusPending);
  const box = useRef<HTMLDivElement>(null);
  // Listed on opening the tab and for every map opened in the window (each file keeps its own versions).
  const path = useEditor((s) => s.path);
  useEffect(() => {
    if (path) void store.getState().listVersions();
  }, [store, path]);
  // Version history (menu, palette) and a save put the focus here, so a keyboard user lands on the list.
  useEffect(() => {
    if (!focusPending || versions === null) return;
    store.getState().versionFocusTaken();
    const target =
      box.current?.querySelector<HTMLElement>('.version-item') ??
      box.current?.querySelector<HTMLElement>('.history-panel__save');
    target?.focus();
  }, [focusPending, versions, store]);
  const pick = (v: VersionInfo) =>
    void store
      .getState()
      .viewVersion(v.id)
      .then((r) => {
        if (!r.ok) store.getState().showError(r.message);
      });
  return (
    <div className="history-panel" ref={box}>
      <div className="history-panel__head">
        <h3 className="history-panel__title">Versions</h3>
        <button
          type="button"
          className="tool-button tool-button--small history-panel__save"
          disabled={viewing !== null}
          title={viewing ? 'Go back to the current map to save a version of it' : 'Save version… (Ctrl+S)'}
          onClick={() => store.getState().openDialog('saveVersion')}
        >
          Save version…
        </button>
      </div>
      <p className="history-panel__notice" role="status">
        {notice}
      </p>
      {error && (
        <p className="history-panel__error" role="alert">
          {error}
        </p>
      )}
      {viewing?.mode === 'compare' && viewing.comparison ? (
        <CompareList comparison={viewing.comparison} versionName={versionTitle(viewing.version)} />
      ) : versions === null ? (
        !error && <p className="history-panel__empty">Listing the versions…</p>
      ) : versions.length === 0 ? (
        <div className="history-panel__empty">
          <p>No versions yet.</p>
          <p>
            A version is the whole map as it was at one moment, kept inside its file. Tandem keeps one about every ten
            minutes while you edit and when the map is closed; save your own with <strong>Save version…</strong> before
            a workshop. You can look at any version, compare it with the map, restore it or open it as a copy.
          </p>
        </div>
      ) : (
        <VersionList versions={versions} shownId={viewing?.version.id ?? null} onPick={pick} />
      )}
    </div>
  );
}
