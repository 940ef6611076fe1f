import { useEffect, useState, type FormEvent } from 'react';
import { backupLabel } from '../../shared/backupLabel';
import type { BackupInfo, OpenedMap } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { folderOf, recoverTo, recoverWithDialog, recoveredNameFor, type FileOutcome } from './mapFiles';
import { Trans } from 'react-i18next';
import { useT } from '../i18n';

interface RecoveryOfferProps {
  client: TandemClient;
  /** The map that could not be opened; it is never written. */
  path: string;
  /** True with native dialogs (Electron); false when the copy's path is typed in a field (browser host). */
  dialogs: boolean;
  onOpened: (opened: OpenedMap) => void;
}

/**
 * Under a failed open: the newest good backup of the damaged map, named by when it was taken and what it holds,
 * and **Open backup as copy…**, which writes it to a new file (a Save dialog, or a typed path in the browser) and
 * opens that. The damaged file stays as it is.
 */
export function RecoveryOffer({ client, path, dialogs, onOpened }: RecoveryOfferProps) {
  const t = useT('app');
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [asking, setAsking] = useState(false);
  const [out, setOut] = useState(`${folderOf(path)}${recoveredNameFor(path)}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void client['map/backups']({ path }).then((r) => {
      if (live) setBackups(r.ok ? r.data.backups : []);
    });
    return () => {
      live = false;
    };
  }, [client, path]);

  const settle = (outcome: FileOutcome) => {
    setBusy(false);
    if (outcome.kind === 'opened') onOpened(outcome.opened);
    else if (outcome.kind === 'failed') setError(outcome.message);
    else if (outcome.kind === 'needPath') setAsking(true);
  };
  const run = (action: () => Promise<FileOutcome>) => {
    setBusy(true);
    setError(null);
    void action().then(settle, (err: unknown) => settle({ kind: 'failed', message: String(err) }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (out.trim()) run(() => recoverTo(client, path, out.trim()));
  };

  if (backups === null) return null;
  const newest = backups[0];
  if (!newest) return <p className="recovery-offer recovery-offer--none">{t('recovery.none')}</p>;
  return (
    <section className="recovery-offer" aria-label={t('recovery.section')}>
      <p className="recovery-offer__text">
        <Trans
          t={t}
          i18nKey="recovery.text"
          values={{
            backup: backupLabel(newest),
            title: newest.title ? t('recovery.backupTitle', { title: newest.title }) : '',
          }}
          components={{ b: <strong /> }}
        />
      </p>
      {asking ? (
        <form className="start-screen__fields" onSubmit={submit} aria-label={t('recovery.asCopy')}>
          <label className="field field--wide">
            <span className="field__label">{t('recovery.path')}</span>
            <input
              className="field__input"
              value={out}
              spellCheck={false}
              onChange={(e) => setOut(e.target.value)}
              // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked for it; typing goes there
              autoFocus
            />
          </label>
          <button type="submit" className="button button--primary" disabled={busy || !out.trim()}>
            {t('recovery.save')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => (dialogs ? run(() => recoverWithDialog(client, path)) : setAsking(true))}
          // biome-ignore lint/a11y/noAutofocus: the offer answers the open the user just asked for; Enter takes it, Tab moves on
          autoFocus
        >
          {t('recovery.asCopyDialog')}
        </button>
      )}
      {error && (
        <p role="alert" className="start-screen__error">
          {error}
        </p>
      )}
    </section>
  );
}
