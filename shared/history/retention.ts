/** What retention needs to know of a version. */
export interface Kept {
  id: string;
  /** ISO time it was kept. */
  createdAt: string;
  /** Named versions are the user's: retention never removes them. */
  named: boolean;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * How versions thin out as they age: every one from the last day, the newest of each hour for the last week, the
 * newest of each day after that. Named versions are always kept.
 */
export const RETENTION = { keepAllFor: DAY, hourlyFor: 7 * DAY } as const;

/**
 * The automatic versions retention removes at `now`. Within each hour (for the last week) or day (before it), the
 * newest automatic version is kept; a named version does not take the place of an automatic one.
 */
export function versionsToThin(versions: readonly Kept[], now: Date): string[] {
  const at = now.getTime();
  const newestOfBucket = new Map<string, { id: string; time: number }>();
  const candidates: { id: string; bucket: string }[] = [];
  for (const v of versions) {
    if (v.named) continue;
    const time = Date.parse(v.createdAt);
    if (!Number.isFinite(time)) continue;
    const age = at - time;
    if (age < RETENTION.keepAllFor) continue;
    const bucket = age < RETENTION.hourlyFor ? `h${Math.floor(time / HOUR)}` : `d${Math.floor(time / DAY)}`;
    candidates.push({ id: v.id, bucket });
    const newest = newestOfBucket.get(bucket);
    if (!newest || time > newest.time || (time === newest.time && v.id > newest.id))
      newestOfBucket.set(bucket, { id: v.id, time });
  }
  return candidates.filter((c) => newestOfBucket.get(c.bucket)?.id !== c.id).map((c) => c.id);
}
