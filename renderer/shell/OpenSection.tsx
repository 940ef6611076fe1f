import { type FormEvent, useState } from 'react';
import type { CallResult } from '../../shared/api/contract';
import { useT } from '../i18n';
import { fileName } from './TitleBar';

interface OpenSectionProps {
  recent: CallResult<'recent/list'>;
  /** True with native dialogs (Electron), false when paths are typed (browser host), null while unknown. */
  dialogs: boolean | null;
  busy: boolean;
  autoFocus: boolean;
  defaultFolder: string;
  onOpenPath: (path: string) => void;
  onOpenDialog: () => void;
  /** Takes a map off the recent list (the file is not touched). */
  onRemove?: (path: string) => void;
}

/** Recent maps, each with Open, and Open… (a native dialog, or a path field in the browser host). */
export function OpenSection({
  recent,
  dialogs,
  busy,
  autoFocus,
  defaultFolder,
  onOpenPath,
  onOpenDialog,
  onRemove,
}: OpenSectionProps) {
  const t = useT('app');
  const d = useT('desktop');
  const [path, setPath] = useState(defaultFolder);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (path.trim()) onOpenPath(path.trim());
  };
  return (
    <section className="start-screen__open" aria-label={t('open.section')}>
      <h3 className="start-screen__heading">{t('open.recent')}</h3>
      {recent.length === 0 ? (
        <p className="start-screen__empty">{t('open.noRecent')}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((r) => (
            <li key={r.path} className={`recent-list__item${r.missing ? ' recent-list__item--missing' : ''}`}>
              <RecentThumbnail svg={r.thumbnail} />
              <span className="recent-list__names">
                <span className="recent-list__title">{r.title || fileName(r.path)}</span>
                <span className="recent-list__path" title={r.path}>
                  {r.path}
                </span>
                {r.missing && <span className="recent-list__missing">{d('recent.missing')}</span>}
              </span>
              {!r.missing && (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => onOpenPath(r.path)}
                  aria-label={t('open.recentItem', { name: r.title || fileName(r.path) })}
                >
                  {t('open.button')}
                </button>
              )}
              {onRemove && (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => onRemove(r.path)}
                  aria-label={d('recent.removeLabel', { title: r.title || fileName(r.path) })}
                >
                  {d('recent.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {dialogs ? (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={onOpenDialog}
          // biome-ignore lint/a11y/noAutofocus: on the start screen the keyboard lands on the first thing to do, as in a dialog
          autoFocus={autoFocus}
        >
          {t('open.dialog')}
        </button>
      ) : (
        <form className="start-screen__fields" onSubmit={submit} aria-label={t('open.byPath')}>
          <label className="field field--wide">
            <span className="field__label">{t('open.path')}</span>
            <input
              className="field__input"
              value={path}
              spellCheck={false}
              onChange={(e) => setPath(e.target.value)}
              // biome-ignore lint/a11y/noAutofocus: on the start screen the keyboard lands on the first thing to do, as in a dialog
              autoFocus={autoFocus}
            />
          </label>
          <button type="submit" className="button" disabled={busy || dialogs === null}>
            {t('open.button')}
          </button>
        </form>
      )}
    </section>
  );
}

/** The map's picture as it was last left (an SVG of lanes and cards, no text), or an empty frame. */
function RecentThumbnail({ svg }: { svg: string | undefined }) {
  if (!svg) return <span className="recent-list__thumbnail recent-list__thumbnail--none" aria-hidden="true" />;
  // As an image, the SVG cannot run anything or reach the page; it is only drawn.
  return (
    <img
      className="recent-list__thumbnail"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt=""
    />
  );
}
