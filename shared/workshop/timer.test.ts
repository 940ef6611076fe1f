import { describe, expect, it } from 'vitest';
import { formatCountdown, stepTimer, timerView } from './timer';

describe('the shared countdown', () => {
  it('counts down while running, holds while paused, and adds a minute either way', () => {
    let t = stepTimer(null, { action: 'start', seconds: 120 }, 0);
    expect(timerView(t, 30_000)).toEqual({ running: true, remainingMs: 90_000, durationMs: 120_000 });
    t = stepTimer(t, { action: 'pause' }, 30_000);
    expect(timerView(t, 90_000)).toEqual({ running: false, remainingMs: 90_000, durationMs: 120_000 });
    t = stepTimer(t, { action: 'add', seconds: 60 }, 90_000);
    t = stepTimer(t, { action: 'resume' }, 100_000);
    expect(timerView(t, 110_000)?.remainingMs).toBe(140_000);
    expect(timerView(t, 999_000)?.remainingMs).toBe(0);
    expect(stepTimer(t, { action: 'clear' }, 0)).toBeNull();
    expect(stepTimer(null, { action: 'add', seconds: 60 }, 0)).toBeNull();
  });

  it('reads as minutes and seconds, rounded up so that 0:00 means the time is up', () => {
    expect(formatCountdown(300_000)).toBe('5:00');
    expect(formatCountdown(8_001)).toBe('0:09');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(3_720_000)).toBe('1:02:00');
  });
});
