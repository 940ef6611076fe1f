import { describe, expect, it } from 'vitest';
import { versionTime } from './versionTime';

describe('versionTime', () => {
  const now = new Date(2026, 11, 3, 15, 0);
  const at = (d: Date) => d.toISOString();

  it('says Today and Yesterday with the time, in the locale given', () => {
    expect(versionTime(at(new Date(2026, 11, 3, 14, 5)), now, 'en-GB')).toBe('Today 14:05');
    expect(versionTime(at(new Date(2026, 11, 2, 9, 30)), now, 'en-GB')).toBe('Yesterday 9:30');
  });

  it('gives the date of an older version, and its year when it is not this year’s', () => {
    expect(versionTime(at(new Date(2026, 11, 1, 14, 5)), now, 'en-GB')).toBe('1 Dec 14:05');
    expect(versionTime(at(new Date(2025, 11, 3, 14, 5)), now, 'en-GB')).toBe('3 Dec 2025 14:05');
  });

  it('shows a time it cannot read as it is, rather than Invalid Date', () => {
    expect(versionTime('not a time', now)).toBe('not a time');
  });
});
