import '../../styles/history.css';
import { useEffect } from 'react';
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
  useEffect(() => {
    void store.getState().listVersions();
  }, [store]);
  const pick = (v: VersionInfo) =>
    void store
      .getState()
      .viewVersion(v.id)
      .then((r) => {
        if (!r.ok) store.getState().showError(r.message);
      });
  return (
    <div className="history-panel">
      <div className="history-panel__head">
        <h3 className="history-panel__title">Versions</h3>
        <button
          type="button"
          className="tool-button tool-button--small"
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
