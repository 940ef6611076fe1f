import { stepTimer, timerView, type TimerAction, type TimerState } from '../../shared/workshop/timer';
import type { TimerView } from '../../shared/workshop/protocol';

/**
 * The facilitator's countdown: one per running Tandem, whether or not a workshop runs (ADR 0027). The editor's
 * toolbar, presentation mode and — while a workshop runs — every participant's page show this one timer; it lives
 * here, in the facilitator's process, and is never written to the map.
 */
export class Countdown {
  private state: TimerState | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts, pauses, resumes, extends or clears it; whoever listens is told. */
  act(action: TimerAction): void {
    this.state = stepTimer(this.state, action, this.now());
    for (const listener of [...this.listeners]) listener();
  }

  /** Whether there is a countdown to pause, resume or extend. */
  get exists(): boolean {
    return this.state !== null;
  }

  /** The countdown as a screen should show it now: the time left, counted on by each screen's own clock. */
  view(): TimerView | null {
    return timerView(this.state, this.now());
  }

  /** Calls `listener` after every change; returns the way to stop. */
  watch(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
