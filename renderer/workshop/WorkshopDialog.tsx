import '../styles/workshop.css';
import { useEffect, useState, type FormEvent } from 'react';
import type { CallResult } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { Modal } from '../ui/Modal';
import { QrCode } from './QrCode';
import { useWorkshopStatus } from './useWorkshop';
import { VotingPanel } from './VotingPanel';

type Address = CallResult<'workshop/addresses'>['addresses'][number];

/** How an address reads in the picker: what it is, in the facilitator's words. */
function describe(a: Address): string {
  if (a.loopback) return 'This computer only (no one else can join)';
  if (a.linkLocal) return 'Link-local address (browsers cannot open it)';
  if (a.virtual) return 'A container, virtual machine or VPN';
  if (a.privateRange) return 'The local network (Wi-Fi or cable)';
  return 'A public address (reachable beyond this room)';
}

/** Workshop › Invite participants…: choose where to listen, start, then show the link, QR code, code and who is here. */
export function WorkshopDialog({ client, onClose }: { client: TandemClient; onClose: () => void }) {
  const { status, refresh } = useWorkshopStatus(client);
  const [addresses, setAddresses] = useState<Address[] | null>(null);
  const [chosen, setChosen] = useState<string>('');
  const [port, setPort] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
    if (n !== undefined && (!Number.isInteger(n) || n < 1024 || n > 65535))
      return setProblem('The port is a whole number from 1024 to 65535, or empty for any free port.');
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

  if (status?.running) {
    const online = status.people.filter((p) => p.online);
    return (
      <Modal title="Workshop: invite participants" onClose={onClose} className="modal--wide workshop">
        <div className="workshop-invite">
          <QrCode text={status.joinUrl} />
          <div>
            <p className="workshop-label">Open on a phone or laptop in this room</p>
            <p className="workshop-url">{status.joinUrl}</p>
            <p className="workshop-label">or go to {new URL(status.joinUrl).origin} and type the code</p>
            <p className="workshop-code">{status.code}</p>
          </div>
        </div>
        <h3>
          {online.length} here
          {status.people.length > online.length ? `, ${status.people.length - online.length} away` : ''}
        </h3>
        {status.people.length === 0 ? (
          <p className="empty">No one has joined yet.</p>
        ) : (
          <ul className="workshop-people">
            {status.people.map((p) => (
              <li key={p.id} className={p.online ? '' : 'away'}>
                {p.name}
                {p.team && <span className="team"> · {p.team}</span>}
                {!p.online && <span className="team"> (away)</span>}
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
            Keep running
          </button>
          <button type="button" className="button button--danger" disabled={busy} onClick={end}>
            End workshop
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title="Workshop: invite participants" onClose={onClose} className="workshop">
      <form onSubmit={start}>
        <p>
          People in this room join from their own browser, with no account. The map stays on this computer. Nothing
          listens on the network until you start.
        </p>
        <fieldset>
          <legend>Where participants join</legend>
          {addresses === null && <p>Looking up this computer’s addresses…</p>}
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
                <small>{describe(a)}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="workshop-port">
          Port <small>(optional)</small>
          <input
            inputMode="numeric"
            value={port}
            placeholder="any free port"
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
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !chosen}>
            {busy ? 'Starting…' : 'Start workshop'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
