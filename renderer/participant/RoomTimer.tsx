import { useEffect, useState } from 'react';
import type { TimerView } from '../../shared/workshop/protocol';
import { formatCountdown } from '../../shared/workshop/timer';
import { usePageT } from './i18n';

/**
 * The facilitator's countdown on a participant's page: counted on this device's clock from when the host's word
 * arrived (phones' clocks need not agree with the laptop's). At zero it says so quietly: no sound, a soft glow.
 */
export function RoomTimer({ timer, since }: { timer: TimerView | null; since: number }) {
  const t = usePageT('workshop');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer?.running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer]);
  if (!timer) return null;
  const left = timer.running ? Math.max(0, timer.remainingMs - Math.max(0, now - since)) : timer.remainingMs;
  const up = left <= 0;
  return (
    <p className={`timer${up ? ' timer--up' : ''}${timer.running ? '' : ' timer--paused'}`} role="timer">
      <span className="timer__label">{t('participant.timer.label')}</span>{' '}
      <strong className="timer__time">{up ? t('participant.timer.up') : formatCountdown(left)}</strong>
      {!timer.running && !up && <span className="timer__label"> · {t('participant.timer.paused')}</span>}
    </p>
  );
}
