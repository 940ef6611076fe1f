import { useCallback, useEffect, useState } from 'react';
import type { CallArgs } from '../../shared/api/contract';
import type { TimerView } from '../../shared/workshop/protocol';
import type { TandemClient } from '../api/client';

/** The facilitator's countdown as this window knows it: the host's word, and when it arrived. */
export interface CountdownState {
  timer: TimerView | null;
  /** When `timer` arrived, on this computer's clock: a running countdown is counted on from here. */
  since: number;
  /** The time left now (null: no countdown), re-read four times a second while it runs. */
  left: number | null;
  /** Starts, pauses, resumes, extends or clears it; the host's refusal in words, or null. */
  act: (action: CallArgs<'timer/act'>) => Promise<string | null>;
}

/**
 * The one countdown of the running Tandem (ADR 0027), with or without a workshop: asked once, then followed through
 * the host's `timer/changed` events, so the toolbar, presentation mode and the workshop panel all show the same time.
 */
export function useCountdown(client: TandemClient): CountdownState {
  const [state, setState] = useState<{ timer: TimerView | null; since: number }>(() => ({
    timer: null,
    since: Date.now(),
  }));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let live = true;
    // An event that arrives before the first answer is newer than that answer: the answer is then dropped.
    let heard = false;
    void client['timer/status']({}).then((r) => {
      if (live && !heard && r.ok) setState({ timer: r.data.timer, since: Date.now() });
    });
    const off = client.onEvent('timer/changed', ({ timer }) => {
      heard = true;
      setState({ timer, since: Date.now() });
    });
    return () => {
      live = false;
      off();
    };
  }, [client]);
  useEffect(() => {
    setNow(Date.now());
    if (!state.timer?.running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [state]);
  const act = useCallback(
    async (action: CallArgs<'timer/act'>) => {
      const r = await client['timer/act'](action);
      if (!r.ok) return r.error.message;
      setState({ timer: r.data.timer, since: Date.now() });
      return null;
    },
    [client],
  );
  const { timer, since } = state;
  const left =
    timer === null ? null : timer.running ? Math.max(0, timer.remainingMs - (now - since)) : timer.remainingMs;
  return { timer, since, left, act };
}
