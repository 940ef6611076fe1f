import '../styles/facilitation.css';
import { useState } from 'react';
import { MAX_TIMER_SECONDS } from '../../shared/workshop/timer';
import type { TandemClient } from '../api/client';
import { useT } from '../i18n';
import { useEditor } from '../store/useEditor';
import { CountdownClock } from './CountdownClock';
import { useCountdown } from './useCountdown';
import { useEndSignal, useTimerSound } from './useEndSignal';

/**
 * The facilitator's countdown in the title bar, with or without a workshop: minutes and Start; then the time left,
 * Pause or Resume, +1 minute and Reset. While a workshop runs, every participant's page shows the same countdown.
 */
export function TimerTool({ client }: { client: TandemClient }) {
  const t = useT('facilitation');
  const countdown = useCountdown(client);
  const [minutes, setMinutes] = useState('5');
  const [problem, setProblem] = useState<string | null>(null);
  const [sound, setSound] = useTimerSound();
  useEndSignal(countdown.left, sound);
  // The workshop panel shows this same countdown with its own buttons: one clock on screen (and one live timer for a
  // screen reader) while it is open.
  const roomPanelOpen = useEditor((s) => s.dialog === 'workshop');
  const act = async (action: Parameters<typeof countdown.act>[0]) => setProblem(await countdown.act(action));
  const start = () => {
    const n = Number(minutes.replace(',', '.'));
    if (!Number.isFinite(n) || n <= 0 || n * 60 > MAX_TIMER_SECONDS) return setProblem(t('timer.invalid'));
    void act({ action: 'start', seconds: Math.max(1, Math.round(n * 60)) });
  };
  const { timer } = countdown;
  if (roomPanelOpen) return null;
  return (
    <fieldset className="toolbar__group timer-tool" aria-label={t('timer.group')}>
      {timer === null ? (
        <form
          className="timer-tool__start"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <span className="timer-tool__minutes">
            <input
              inputMode="decimal"
              size={3}
              value={minutes}
              aria-label={t('timer.minutes')}
              aria-invalid={problem !== null}
              onChange={(e) => setMinutes(e.target.value)}
            />
            <span aria-hidden="true">{t('timer.minutesShort')}</span>
          </span>
          <button type="submit" className="tool-button" title={t('timer.start.title')}>
            {t('timer.start')}
          </button>
        </form>
      ) : (
        <>
          <CountdownClock countdown={countdown} />
          {timer.running ? (
            <button type="button" className="tool-button" onClick={() => void act({ action: 'pause' })}>
              {t('timer.pause')}
            </button>
          ) : (
            (countdown.left ?? 0) > 0 && (
              <button type="button" className="tool-button" onClick={() => void act({ action: 'resume' })}>
                {t('timer.resume')}
              </button>
            )
          )}
          <button
            type="button"
            className="tool-button"
            onClick={() => void act({ action: 'add', seconds: 60 })}
            title={t('timer.addMinute.title')}
          >
            {t('timer.addMinute')}
          </button>
          <button type="button" className="tool-button" onClick={() => void act({ action: 'clear' })}>
            {t('timer.reset')}
          </button>
        </>
      )}
      <label className="timer-tool__sound" title={t('timer.sound.title')}>
        <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} />
        {t('timer.sound')}
      </label>
      {problem && (
        <span className="timer-tool__problem" role="alert">
          {problem}
        </span>
      )}
    </fieldset>
  );
}
