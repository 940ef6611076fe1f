import { useEffect, useState } from 'react';
import type { CallArgs } from '../../shared/api/contract';
import { formatCountdown } from '../../shared/workshop/timer';
import type { TandemClient } from '../api/client';
import { useT } from '../i18n';
import { useEditor } from '../store/useEditor';
import type { WorkshopStatus } from './useWorkshop';

type Running = Extract<WorkshopStatus, { running: true }>;

/** The countdown as the facilitator sees it, counted on this computer from when the status arrived. */
function useLeft(timer: Running['room']['timer']): number | null {
  const [since, setSince] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setSince(Date.now());
    setNow(Date.now());
    if (!timer?.running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer]);
  if (!timer) return null;
  return timer.running ? Math.max(0, timer.remainingMs - (now - since)) : timer.remainingMs;
}

/**
 * The room's controls in the workshop panel: lock the map, private mode and Reveal, Follow me (the stage
 * participants see), and the shared countdown (start, pause or resume, add a minute, stop).
 */
export function RoomControls({
  client,
  status,
  onProblem,
}: {
  client: TandemClient;
  status: Running;
  onProblem: (message: string | null) => void;
}) {
  const t = useT('workshop');
  const stages = useEditor((s) => s.doc.stages);
  const [minutes, setMinutes] = useState('5');
  const [said, setSaid] = useState<string | null>(null);
  const left = useLeft(status.room.timer);
  const room = status.room;
  // A ticked box shows ticked at once, not after the host's answer comes back; it is let go when the host agrees
  // (or refuses, with the reason shown).
  const [wanted, setWanted] = useState<{ locked?: boolean; privateMode?: boolean }>({});
  useEffect(() => {
    setWanted((w) => ({
      ...(w.locked !== undefined && w.locked !== room.locked ? { locked: w.locked } : {}),
      ...(w.privateMode !== undefined && w.privateMode !== room.privateMode ? { privateMode: w.privateMode } : {}),
    }));
  }, [room.locked, room.privateMode]);
  const toggle = async (key: 'locked' | 'privateMode', on: boolean) => {
    setWanted((w) => ({ ...w, [key]: on }));
    const call = key === 'locked' ? client['workshop/lock']({ locked: on }) : client['workshop/private']({ on });
    if ((await act(call)) === null) setWanted((w) => ({ ...w, [key]: undefined }));
  };
  const act = async <R,>(call: Promise<{ ok: true; data: R } | { ok: false; error: { message: string } }>) => {
    const r = await call;
    onProblem(r.ok ? null : r.error.message);
    return r.ok ? r.data : null;
  };
  const timer = (action: CallArgs<'workshop/timer'>) => act(client['workshop/timer'](action));
  const startTimer = () => {
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < 1 || n > 480) return onProblem(t('room.timerInvalid'));
    void timer({ action: 'start', seconds: n * 60 });
  };
  const reveal = async () => {
    const r = await act(client['workshop/reveal']({}));
    if (r) setSaid(r.revealed === 0 ? t('room.revealedNone') : t('room.revealed', { count: r.revealed }));
  };
  return (
    <fieldset className="workshop-room">
      <legend>{t('room.controls')}</legend>
      <label className="workshop-check">
        <input
          type="checkbox"
          checked={wanted.locked ?? room.locked}
          onChange={(e) => void toggle('locked', e.target.checked)}
        />
        {t('room.lock')}
      </label>
      <div className="workshop-row">
        <label className="workshop-check">
          <input
            type="checkbox"
            checked={wanted.privateMode ?? room.privateMode}
            onChange={(e) => void toggle('privateMode', e.target.checked)}
          />
          {t('room.private')}
        </label>
        <button type="button" className="button" onClick={() => void reveal()}>
          {t('room.reveal')}
        </button>
        {said && <span role="status">{said}</span>}
      </div>
      <label className="workshop-row">
        {t('room.follow')}
        <select
          value={room.followStage ?? ''}
          onChange={(e) => void act(client['workshop/follow']({ stageId: e.target.value || null }))}
        >
          <option value="">{t('room.followOff')}</option>
          {stages.map((s, i) => (
            <option key={s.id} value={s.id}>
              {i + 1}. {s.name || t('room.untitledStage')}
            </option>
          ))}
        </select>
      </label>
      <div className="workshop-row workshop-timer">
        <span>{t('room.timer')}</span>
        {left === null ? (
          <>
            <label>
              {t('room.timerMinutes')}{' '}
              <input inputMode="numeric" size={3} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
            </label>
            <button type="button" className="button" onClick={startTimer}>
              {t('room.timerStart')}
            </button>
          </>
        ) : (
          <>
            <strong className={`workshop-countdown${left === 0 ? ' workshop-countdown--up' : ''}`} role="timer">
              {left === 0 ? t('room.timerUp') : formatCountdown(left)}
              {room.timer && !room.timer.running && left > 0 && ` · ${t('room.timerPaused')}`}
            </strong>
            {room.timer?.running ? (
              <button type="button" className="button" onClick={() => void timer({ action: 'pause' })}>
                {t('room.timerPause')}
              </button>
            ) : (
              <button type="button" className="button" onClick={() => void timer({ action: 'resume' })}>
                {t('room.timerResume')}
              </button>
            )}
            <button type="button" className="button" onClick={() => void timer({ action: 'add', seconds: 60 })}>
              {t('room.timerAdd')}
            </button>
            <button type="button" className="button" onClick={() => void timer({ action: 'clear' })}>
              {t('room.timerClear')}
            </button>
          </>
        )}
      </div>
    </fieldset>
  );
}
