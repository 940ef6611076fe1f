import { describe, expect, it } from 'vitest';
import { backupLabel, backupMoment } from './backupLabel';

/** An ISO moment for a local date and time, whatever the machine's time zone. */
const local = (y: number, m: number, d: number, h: number, min: number): string =>
  new Date(y, m - 1, d, h, min).toISOString();

describe('backupLabel', () => {
  it('names a backup by its local day, month and time, and its cards', () => {
    const now = new Date(2026, 11, 3, 16, 0);
    expect(backupLabel({ takenAt: local(2026, 12, 3, 14, 5), cards: 212 }, now)).toBe(
      'backup from 3 Dec 14:05, 212 cards',
    );
    expect(backupLabel({ takenAt: local(2026, 1, 9, 8, 30), cards: 1 }, now)).toBe('backup from 9 Jan 08:30, 1 card');
  });

  it('adds the year to a backup from another year, and never shows "Invalid Date"', () => {
    const now = new Date(2026, 11, 3, 16, 0);
    expect(backupMoment(local(2025, 12, 31, 23, 59), now)).toBe('31 Dec 2025 23:59');
    expect(backupMoment('yesterday-ish', now)).toBe('an unknown time');
  });
});
