import '../../styles/history.css';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { versionTitle } from '../../store/versionSlice';
import { versionTime } from '../../store/versionTime';
import { fileNameFor } from '../../ui/fileNames';
import { useSavePath } from './useSavePath';

/** The key to the marks on the canvas while comparing. */
function MarkLegend() {
  return (
    <ul className="mark-legend" aria-label="Marks on the canvas">
      <li className="mark-legend__item mark-legend__item--added">added</li>
      <li className="mark-legend__item mark-legend__item--changed">changed</li>
      <li className="mark-legend__item mark-legend__item--removed">removed (dashed, where it was)</li>
    </ul>
  );
}

/**
 * Over the canvas while a kept version is shown: which version, that it is read-only, and the way back (Esc), to a
 * comparison with the current map, to restoring it, and to a copy of it as a new file.
 */
export function VersionBanner() {
  const store = useEditorStore();
  const viewing = useEditor((s) => s.viewing);
  const mapTitle = useEditor((s) => s.viewing?.live.doc.meta.title ?? s.doc.meta.title);
  const { ask, dialog } = useSavePath();
  if (!viewing) return null;
  const { version, mode } = viewing;
  const name = versionTitle(version);
  const when = versionTime(version.createdAt);
  const fail = (r: { ok: true } | { ok: false; message: string }) => {
    if (!r.ok) store.getState().showError(r.message);
  };
  const restore = () =>
    void store
      .getState()
      .restoreVersion(version.id)
      .then((r) => {
        const s = store.getState();
        if (!r.ok) s.showError(r.message);
        else if (r.unchanged) s.setHistoryNotice(`The map already matches “${name}”: there is nothing to restore.`);
        else s.setHistoryNotice(`Restored “${name}”. Undo (Ctrl+Z) takes the restore back.`);
      });
  const openCopy = () =>
    void ask({
      suggestedName: fileNameFor(`${mapTitle} – ${version.name ?? when}`),
      title: 'Open the version as a copy',
      fieldLabel: 'Path of the new map file (the copy opens; this map stays as it is)',
      submitLabel: 'Open copy',
      write: async (path) => {
        const r = await store.getState().openVersionCopy(version.id, path);
        return r.ok ? null : r.message;
      },
    });
  return (
    <section className={`version-banner version-banner--${mode}`} aria-label="Version shown">
      <div className="version-banner__row">
        <p className="version-banner__text">
          {mode === 'view' ? 'Viewing' : 'Comparing'} <strong>‘{name}’</strong> · {when}
          {mode === 'view' ? ' — read-only' : ' with the current map — read-only'}
        </p>
        {mode === 'compare' && <MarkLegend />}
      </div>
      <div className="version-banner__buttons">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void store.getState().leaveVersion()}
          title="Back to the current map (Esc)"
        >
          Back to the current map <kbd>Esc</kbd>
        </button>
        {mode === 'view' ? (
          <button
            type="button"
            className="button"
            onClick={() => void store.getState().compareVersion(version.id).then(fail)}
          >
            Compare with current
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => void store.getState().viewVersion(version.id).then(fail)}
          >
            Show this version
          </button>
        )}
        <button type="button" className="button" onClick={restore}>
          Restore
        </button>
        <button type="button" className="button" onClick={openCopy}>
          Open as copy…
        </button>
      </div>
      {dialog}
    </section>
  );
}
