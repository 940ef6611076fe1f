import { describe, expect, it } from 'vitest';
import { versionsToThin, type Kept } from './retention';

const HOUR = 3_600_000;
const now = new Date('2026-12-03T12:00:00Z');
const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR).toISOString();

describe('retention of automatic versions', () => {
  it('keeps every version of the last day', () => {
    const versions: Kept[] = Array.from({ length: 50 }, (_, i) => ({
      id: `v${i}`,
      createdAt: at(i * 0.4),
      named: false,
    }));
    expect(versionsToThin(versions, now)).toEqual([]);
  });

  it('keeps the newest of each hour for a week and of each day after, and every named version', () => {
    const versions: Kept[] = [
      // Two in one hour three days ago: the newer stays.
      { id: 'older-in-hour', createdAt: '2026-11-30T09:10:00.000Z', named: false },
      { id: 'newer-in-hour', createdAt: '2026-11-30T09:50:00.000Z', named: false },
      // Two in one day twenty days ago, a named one beside them.
      { id: 'morning', createdAt: '2026-11-13T08:00:00.000Z', named: false },
      { id: 'evening', createdAt: '2026-11-13T18:00:00.000Z', named: false },
      { id: 'Before Kyiv', createdAt: '2026-11-13T19:00:00.000Z', named: true },
    ];
    expect(versionsToThin(versions, now).sort()).toEqual(['morning', 'older-in-hour']);
  });

  it('leaves a version whose time cannot be read alone', () => {
    expect(versionsToThin([{ id: 'x', createdAt: 'not a time', named: false }], now)).toEqual([]);
  });
});
