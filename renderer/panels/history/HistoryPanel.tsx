import '../../styles/history.css';
import { useEffect, useRef } from 'react';
import type { VersionInfo } from '../../../shared/schema/version';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { versionTitle } from '../../store/versionSlice';
import { CompareList } from './CompareList';
import { VersionList } from './VersionList';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n';

/**
 * The History tab: the versions kept in the map's file, newest first, and a way to keep one by name. Choosing one
 * shows it read-only on the canvas; while one is compared with the current map, the tab lists what changed.
 */
export function HistoryPanel() {
  const t = useT('panels');
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
        <h3 className="history-panel__title">{t('history.versions')}</h3>
        <button
          type="button"
          className="tool-button tool-button--small history-panel__save"
          disabled={viewing !== null}
          title={viewing ? t('history.saveWhileViewing') : t('history.saveTitle')}
          onClick={() => store.getState().openDialog('saveVersion')}
        >
          {t('history.save')}
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
        !error && <p className="history-panel__empty">{t('history.listing')}</p>
      ) : versions.length === 0 ? (
        <div className="history-panel__empty">
          <p>{t('history.none')}</p>
          <p>
            <Trans t={t} i18nKey="history.explain" components={{ b: <strong /> }} />
          </p>
        </div>
      ) : (
        <VersionList versions={versions} shownId={viewing?.version.id ?? null} onPick={pick} />
      )}
    </div>
  );
}
