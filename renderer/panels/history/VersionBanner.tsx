import '../../styles/history.css';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { versionTitle } from '../../store/versionSlice';
import { versionTime } from '../../store/versionTime';
import { fileNameFor } from '../../ui/fileNames';
import { useSavePath } from './useSavePath';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n';

/** The key to the marks on the canvas while comparing. */
function MarkLegend() {
  const t = useT('panels');
  return (
    <ul className="mark-legend" aria-label={t('marks.label')}>
      <li className="mark-legend__item mark-legend__item--added">{t('marks.added')}</li>
      <li className="mark-legend__item mark-legend__item--changed">{t('marks.changed')}</li>
      <li className="mark-legend__item mark-legend__item--removed">{t('marks.removed')}</li>
    </ul>
  );
}

/**
 * Over the canvas while a kept version is shown: which version, that it is read-only, and the way back (Esc), to a
 * comparison with the current map, to restoring it, and to a copy of it as a new file.
 */
export function VersionBanner() {
  const t = useT('panels');
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
        else if (r.unchanged) s.setHistoryNotice(t('banner.alreadyMatches', { name }));
        else s.setHistoryNotice(t('banner.restored', { name }));
      });
  const openCopy = () =>
    void ask({
      suggestedName: fileNameFor(`${mapTitle} – ${version.name ?? when}`),
      title: t('banner.copyTitle'),
      fieldLabel: t('banner.copyPath'),
      submitLabel: t('banner.copySubmit'),
      write: async (path) => {
        const r = await store.getState().openVersionCopy(version.id, path);
        return r.ok ? null : r.message;
      },
    });
  return (
    <section className={`version-banner version-banner--${mode}`} aria-label={t('banner.label')}>
      <div className="version-banner__row">
        <p className="version-banner__text">
          <Trans
            t={t}
            i18nKey={mode === 'view' ? 'banner.viewing' : 'banner.comparing'}
            values={{ name, when }}
            components={{ b: <strong /> }}
          />
        </p>
        {mode === 'compare' && <MarkLegend />}
      </div>
      <div className="version-banner__buttons">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void store.getState().leaveVersion()}
          title={t('banner.backTitle')}
        >
          {t('banner.back')} <kbd>Esc</kbd>
        </button>
        {mode === 'view' ? (
          <button
            type="button"
            className="button"
            onClick={() => void store.getState().compareVersion(version.id).then(fail)}
          >
            {t('banner.compare')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => void store.getState().viewVersion(version.id).then(fail)}
          >
            {t('banner.show')}
          </button>
        )}
        <button type="button" className="button" onClick={restore}>
          {t('banner.restore')}
        </button>
        <button type="button" className="button" onClick={openCopy}>
          {t('banner.openCopy')}
        </button>
      </div>
      {dialog}
    </section>
  );
}
