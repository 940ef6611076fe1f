import { useState, type FormEvent } from 'react';
import type { OpenedMap, TemplateName } from '../../shared/api/contract';
import { label } from '../../shared/vocabulary';
import { type Language, LANGUAGES, languageSchema } from '../../shared/vocabulary/language';
import { uiLanguage, useT } from '../i18n';
import type { TandemClient } from '../api/client';
import { fileNameFor, folderOf, createMap, openPath, openWithDialog, type FileOutcome } from './mapFiles';
import { Modal } from '../ui/Modal';
import { OpenSection } from './OpenSection';
import { RecoveryOffer } from './RecoveryOffer';
import { TemplatePicker } from './TemplatePicker';
import { useHostInfo } from './useHostInfo';
import { LanguageMenu } from './LanguageMenu';
import { ThemeMenu } from './ThemeMenu';

interface StartScreenProps {
  client: TandemClient;
  /** The open map's path, whose folder new maps go to in the browser host; null when no map is open. */
  currentPath: string | null;
  onOpened: (opened: OpenedMap) => void;
  /** Absent when there is no map to go back to (first run). */
  onClose?: () => void;
  /** Which part takes the focus: making a new map, or opening one. */
  focus?: 'new' | 'open';
  /** A map that failed to open elsewhere (the Open menu, a recent map): shown with the recovery offer. */
  failedOpen?: { path: string; message: string } | null;
}

/** New map from a template (title, where to save), recent files, and Open. */
export function StartScreen({
  client,
  currentPath,
  onOpened,
  onClose,
  focus = 'new',
  failedOpen = null,
}: StartScreenProps) {
  const t = useT('app');
  const tm = useT('maps');
  const td = useT('desktop');
  // A new map speaks the UI's language unless the user chooses another (uiLanguage is one of the five, else English).
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const { dialogs, templates, recent, problem, forgetRecent } = useHostInfo(client, language);
  const [template, setTemplate] = useState<TemplateName>('linked-cx-ex');
  const [title, setTitle] = useState('');
  // The path follows the title until the user edits it by hand.
  const [typedPath, setTypedPath] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(failedOpen?.message ?? null);
  /** The damaged map whose backup is offered, if the last open failed on one. */
  const [damaged, setDamaged] = useState<string | null>(failedOpen?.path ?? null);

  const folder = folderOf(currentPath ?? recent[0]?.path ?? '');
  const chosen = templates.find((x) => x.name === template);
  const effectiveTitle = title.trim() || chosen?.title || t('title.untitled');
  const path = typedPath ?? `${folder}${fileNameFor(effectiveTitle)}`;

  const settle = (outcome: FileOutcome) => {
    setBusy(false);
    if (outcome.kind === 'opened') onOpened(outcome.opened);
    else if (outcome.kind === 'failed') {
      setError(outcome.message);
      setDamaged(outcome.damagedPath ?? null);
    }
  };
  const run = (action: () => Promise<FileOutcome>) => {
    setBusy(true);
    setError(null);
    setDamaged(null);
    void action().then(settle, (err: unknown) => settle({ kind: 'failed', message: String(err) }));
  };

  const create = (e: FormEvent) => {
    e.preventDefault();
    run(async () => {
      let target = path.trim();
      if (dialogs) {
        const picked = await client['dialog/save']({ suggestedName: fileNameFor(effectiveTitle) });
        if (!picked.ok) return { kind: 'failed', message: picked.error.message };
        if (!picked.data.path) return { kind: 'cancelled' };
        target = picked.data.path;
      }
      if (!target) return { kind: 'failed', message: t('start.needPath') };
      return createMap(client, { template, title: effectiveTitle, path: target, language });
    });
  };

  return (
    <Modal title={t('start.title')} onClose={onClose} className="modal--start start-screen">
      <form className="start-screen__new" onSubmit={create} aria-label={t('start.newMap')}>
        <div className="start-screen__language">
          <LanguageMenu client={client} />
          <ThemeMenu client={client} />
        </div>
        <h3 className="start-screen__heading">{t('start.fromTemplate')}</h3>
        <TemplatePicker templates={templates} value={template} onChange={setTemplate} />
        <div className="start-screen__fields">
          <label className="field">
            <span className="field__label">{t('start.mapTitle')}</span>
            <input
              className="field__input"
              value={title}
              maxLength={200}
              placeholder={chosen?.title ?? t('title.untitled')}
              onChange={(e) => setTitle(e.target.value)}
              {...(focus === 'new' ? { 'data-autofocus': true } : {})}
            />
          </label>
          <label className="field" title={tm('language.newHint')}>
            <span className="field__label">{tm('language.label')}</span>
            <select
              className="field__input"
              value={language}
              onChange={(e) => {
                const chosen = languageSchema.safeParse(e.target.value);
                if (chosen.success) setLanguage(chosen.data);
              }}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {label(`language.${l}`)}
                </option>
              ))}
            </select>
          </label>
          {dialogs === false && (
            <label className="field field--wide">
              <span className="field__label">{t('start.path')}</span>
              <input
                className="field__input"
                value={path}
                spellCheck={false}
                onChange={(e) => setTypedPath(e.target.value)}
              />
            </label>
          )}
          <button type="submit" className="button button--primary" disabled={busy || dialogs === null}>
            {dialogs ? t('start.createDialog') : t('start.create')}
          </button>
        </div>
      </form>
      {(error ?? problem) && (
        <p role="alert" className="start-screen__error">
          {error ?? problem}
        </p>
      )}
      {damaged && dialogs !== null && (
        <RecoveryOffer key={damaged} client={client} path={damaged} dialogs={dialogs} onOpened={onOpened} />
      )}
      <OpenSection
        recent={recent}
        dialogs={dialogs}
        busy={busy}
        autoFocus={focus === 'open'}
        defaultFolder={folder}
        onOpenPath={(p) => run(() => openPath(client, p))}
        onOpenDialog={() => run(() => openWithDialog(client))}
        onRemove={(p) =>
          void client['recent/remove']({ path: p }).then((r) =>
            r.ok ? forgetRecent(p) : setError(td('recent.removeFailed', { message: r.error.message })),
          )
        }
      />
    </Modal>
  );
}
