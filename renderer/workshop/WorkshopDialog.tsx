import '../styles/workshop.css';
import { useEffect, useState, type FormEvent } from 'react';
import type { CallResult } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { Modal } from '../ui/Modal';
import { useT } from '../i18n';
import { QrCode } from './QrCode';
import { RoomControls } from './RoomControls';
import { useWorkshopStatus } from './useWorkshop';
import { VotingPanel } from './VotingPanel';

type Address = CallResult<'workshop/addresses'>['addresses'][number];

/** How an address reads in the picker: what it is, in the facilitator's words. */
function describe(a: Address) {
  if (a.loopback) return 'invite.address.loopback' as const;
  if (a.linkLocal) return 'invite.address.linkLocal' as const;
  if (a.virtual) return 'invite.address.virtual' as const;
  if (a.privateRange) return 'invite.address.private' as const;
  return 'invite.address.public' as const;
}

/** Workshop › Invite participants…: choose where to listen, start, then show the link, QR code, code and who is here. */
export function WorkshopDialog({ client, onClose }: { client: TandemClient; onClose: () => void }) {
  const t = useT('workshop');
  const { status, refresh } = useWorkshopStatus(client);
  const [addresses, setAddresses] = useState<Address[] | null>(null);
  const [chosen, setChosen] = useState<string>('');
  const [port, setPort] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // After a removal the link and code are new: the facilitator is told, so the room scans the QR code again.
  const [rotated, setRotated] = useState(false);

  useEffect(() => {
    void client['workshop/addresses']({}).then((r) => {
      if (!r.ok) return setProblem(r.error.message);
      setAddresses(r.data.addresses);
      setChosen(r.data.preferred ?? r.data.addresses[0]?.address ?? '');
    });
  }, [client]);

  const start = async (e: FormEvent) => {
    e.preventDefault();
    const n = port.trim() === '' ? undefined : Number(port);
    if (n !== undefined && (!Number.isInteger(n) || n < 1024 || n > 65535)) return setProblem(t('invite.portInvalid'));
    setBusy(true);
    setProblem(null);
    const r = await client['workshop/start']({ address: chosen, ...(n ? { port: n } : {}) });
    setBusy(false);
    if (!r.ok) setProblem(r.error.message);
    refresh();
  };
  const end = async () => {
    setBusy(true);
    const r = await client['workshop/stop']({});
    setBusy(false);
    if (!r.ok) setProblem(r.error.message);
    refresh();
  };

  const remove = async (participantId: string) => {
    const r = await client['workshop/remove']({ participantId });
    setProblem(r.ok ? null : r.error.message);
    setRotated(r.ok);
    refresh();
  };

  if (status?.running) {
    const online = status.people.filter((p) => p.online);
    const away = status.people.length - online.length;
    return (
      <Modal title={t('invite.title')} onClose={onClose} className="modal--wide workshop">
        <div className="workshop-invite">
          <QrCode text={status.joinUrl} />
          <div>
            <p className="workshop-label">{t('invite.openOn')}</p>
            <p className="workshop-url">{status.joinUrl}</p>
            <p className="workshop-label">{t('invite.orType', { origin: new URL(status.joinUrl).origin })}</p>
            <p className="workshop-code">{status.code}</p>
            {rotated && (
              <p className="workshop-label" role="status">
                {t('room.linkChanged')}
              </p>
            )}
          </div>
        </div>
        <RoomControls client={client} status={status} onProblem={setProblem} />
        <h3>
          {away > 0
            ? t('invite.hereAway', { online: online.length, away })
            : t('invite.here', { online: online.length })}
        </h3>
        {status.people.length === 0 ? (
          <p className="empty">{t('invite.nobody')}</p>
        ) : (
          <ul className="workshop-people">
            {status.people.map((p) => (
              <li key={p.id} className={p.online ? '' : 'away'}>
                {p.name}
                {p.team && <span className="team"> · {p.team}</span>}
                {!p.online && <span className="team"> {t('invite.away')}</span>}
                <button
                  type="button"
                  className="button workshop-remove"
                  aria-label={t('room.removeLabel', { name: p.name })}
                  onClick={() => void remove(p.id)}
                >
                  {t('room.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <VotingPanel running people={status.people.length} />
        {problem && (
          <p className="workshop-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('invite.keepRunning')}
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={end}>
            {t('invite.end')}
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title={t('invite.title')} onClose={onClose} className="workshop">
      <form onSubmit={start}>
        <p>{t('invite.intro')}</p>
        <fieldset>
          <legend>{t('invite.where')}</legend>
          {addresses === null && <p>{t('invite.lookingUp')}</p>}
          {addresses?.map((a) => (
            <label key={`${a.interfaceName}-${a.address}`} className="workshop-address">
              <input
                type="radio"
                name="address"
                value={a.address}
                checked={chosen === a.address}
                disabled={a.linkLocal}
                onChange={() => setChosen(a.address)}
              />
              <span>
                <strong>{a.address}</strong> ({a.interfaceName})<br />
                <small>{t(describe(a))}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="workshop-port">
          {t('invite.port')} <small>{t('invite.portOptional')}</small>
          <input
            inputMode="numeric"
            value={port}
            placeholder={t('invite.portPlaceholder')}
            onChange={(e) => setPort(e.target.value)}
          />
        </label>
        <VotingPanel running={false} people={0} />
        {problem && (
          <p className="workshop-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('invite.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !chosen}>
            {busy ? t('invite.starting') : t('invite.start')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
