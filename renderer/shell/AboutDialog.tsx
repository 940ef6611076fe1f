import { useEffect, useState } from 'react';
import type { CallResult } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { useT } from '../i18n';
import { Modal } from '../ui/Modal';

/** Help › About: Tandem's version, the file format's versions, and the licences of the software it bundles. */
export function AboutDialog({ client, onClose }: { client: TandemClient; onClose: () => void }) {
  const t = useT('desktop');
  const [about, setAbout] = useState<CallResult<'app/about'> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void client['app/about']({}).then((r) => {
      if (!live) return;
      if (r.ok) setAbout(r.data);
      else setProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [client]);
  return (
    <Modal title={t('about.title')} onClose={onClose} className="about-dialog">
      <p className="about-dialog__tagline">{t('about.tagline')}</p>
      {about && (
        <p className="about-dialog__versions">
          <strong>{t('about.version', { version: about.version })}</strong>
          <br />
          {t('about.format', { schema: about.schemaVersion, json: about.jsonVersion })}
        </p>
      )}
      <h3 className="start-screen__heading">{t('about.licensesHeading')}</h3>
      <p>{t('about.licensesIntro')}</p>
      {problem && <p role="alert">{t('about.failed', { message: problem })}</p>}
      {!about && !problem && <p>{t('about.loading')}</p>}
      {about && (
        <div className="about-dialog__licenses">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('about.package')}</th>
                <th scope="col">{t('about.packageVersion')}</th>
                <th scope="col">{t('about.license')}</th>
              </tr>
            </thead>
            <tbody>
              {about.licenses.map((p) => (
                <tr key={`${p.name}@${p.version}`}>
                  <td>{p.name}</td>
                  <td>{p.version}</td>
                  <td>{p.license}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="about-dialog__runtime">{t('about.runtime')}</p>
      <div className="modal__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('about.close')}
        </button>
      </div>
    </Modal>
  );
}
