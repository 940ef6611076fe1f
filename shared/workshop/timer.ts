import { z } from 'zod';
import type { TimerView } from './protocol';

/** The longest countdown a facilitator can set: a workshop day. */
export const MAX_TIMER_SECONDS = 8 * 60 * 60;

/** What the facilitator does with the shared countdown. */
export const timerActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start'), seconds: z.number().int().min(1).max(MAX_TIMER_SECONDS) }),
  z.object({ action: z.literal('pause') }),
  z.object({ action: z.literal('resume') }),
  z.object({ action: z.literal('add'), seconds: z.number().int().min(-MAX_TIMER_SECONDS).max(MAX_TIMER_SECONDS) }),
  z.object({ action: z.literal('clear') }),
]);
export type TimerAction = z.infer<typeof timerActionSchema>;

/** The countdown as the host keeps it: running while `endsAt` is set, else paused with `remainingMs` left. */
export interface TimerState {
  durationMs: number;
  endsAt: number | null;
  remainingMs: number;
}

/** The countdown after one of the facilitator's actions at time `now` (ms); null when there is none. */
export function stepTimer(timer: TimerState | null, a: TimerAction, now: number): TimerState | null {
  const left = (t: TimerState) => (t.endsAt === null ? t.remainingMs : Math.max(0, t.endsAt - now));
  switch (a.action) {
    case 'start':
      return { durationMs: a.seconds * 1000, endsAt: now + a.seconds * 1000, remainingMs: a.seconds * 1000 };
    case 'clear':
      return null;
    case 'pause':
      return timer && timer.endsAt !== null ? { ...timer, endsAt: null, remainingMs: left(timer) } : timer;
    case 'resume':
      return timer && timer.endsAt === null ? { ...timer, endsAt: now + timer.remainingMs } : timer;
    case 'add': {
      if (!timer) return null;
      const remaining = Math.min(MAX_TIMER_SECONDS * 1000, Math.max(0, left(timer) + a.seconds * 1000));
      return {
        durationMs: Math.max(timer.durationMs, remaining),
        endsAt: timer.endsAt === null ? null : now + remaining,
        remainingMs: remaining,
      };
    }
  }
}

/** What a page is told at time `now`: the time left then, which it counts down on its own clock. */
export function timerView(timer: TimerState | null, now: number): TimerView | null {
  if (!timer) return null;
  const remainingMs = timer.endsAt === null ? timer.remainingMs : Math.max(0, timer.endsAt - now);
  return { running: timer.endsAt !== null, remainingMs, durationMs: timer.durationMs };
}

/** "4:05", "0:09", "1:02:00": minutes and seconds, rounded up so that 0:00 means the time is up. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
