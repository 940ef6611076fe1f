const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Dec 14:05" in local time, with the year when it is not this year's: when a backup was taken, as people say it. */
export function backupMoment(takenAt: string, now: Date = new Date()): string {
  const at = new Date(takenAt);
  if (Number.isNaN(at.getTime())) return 'an unknown time';
  const hm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const year = at.getFullYear() === now.getFullYear() ? '' : ` ${at.getFullYear()}`;
  return `${at.getDate()} ${MONTHS[at.getMonth()]}${year} ${hm}`;
}

/** "backup from 3 Dec 14:05, 212 cards": a backup named by when it was taken and what it holds. */
export function backupLabel(backup: { takenAt: string; cards: number }, now: Date = new Date()): string {
  return `backup from ${backupMoment(backup.takenAt, now)}, ${backup.cards} card${backup.cards === 1 ? '' : 's'}`;
}
