import type { KeyboardEvent } from 'react';

/**
 * The WAI-ARIA tabs pattern's keys for a tablist whose tabs activate as they get the focus: Left / Right (Up /
 * Down too) go to the previous / next tab, wrapping; Home and End to the first and last. Returns the id to show,
 * or null when the key is not one of these (it then goes on as usual).
 */
export function nextTab<T extends string>(ids: readonly T[], current: T, key: string): T | null {
  const i = ids.indexOf(current);
  const n = ids.length;
  if (n === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return ids[(i + 1) % n] ?? null;
    case 'ArrowLeft':
    case 'ArrowUp':
      return ids[(i - 1 + n) % n] ?? null;
    case 'Home':
      return ids[0] ?? null;
    case 'End':
      return ids[n - 1] ?? null;
    default:
      return null;
  }
}

/** A tablist's onKeyDown: shows the tab the key goes to and moves the focus onto it. */
export function tabListKeys<T extends string>(
  ids: readonly T[],
  current: T,
  show: (id: T) => void,
  tabId: (id: T) => string,
): (e: KeyboardEvent) => void {
  return (e) => {
    if (!(e.target instanceof HTMLElement) || e.target.getAttribute('role') !== 'tab') return;
    const next = nextTab(ids, current, e.key);
    if (next === null) return;
    e.preventDefault();
    show(next);
    requestAnimationFrame(() => document.getElementById(tabId(next))?.focus());
  };
}
