import { formatCountdown } from '../../shared/workshop/timer';
import { useT } from '../i18n';
import type { CountdownState } from './useCountdown';

/**
 * The countdown's face: the time left, "paused", or "Time's up" with a soft pulse (still, for reduced motion).
 * The toolbar and presentation mode place the same face; `large` is for the projector.
 */
export function CountdownClock({ countdown, large = false }: { countdown: CountdownState; large?: boolean }) {
  const t = useT('facilitation');
  const { timer, left } = countdown;
  if (timer === null || left === null) return null;
  const up = left <= 0;
  const paused = !timer.running && !up;
  const classes = ['countdown', large && 'countdown--large', up && 'countdown--up', paused && 'countdown--paused'];
  return (
    <span className={classes.filter(Boolean).join(' ')} role="timer" aria-label={t('timer.label')}>
      <span className="countdown__time">{up ? t('timer.up') : formatCountdown(left)}</span>
      {paused && <span className="countdown__state">{t('timer.paused')}</span>}
    </span>
  );
}
