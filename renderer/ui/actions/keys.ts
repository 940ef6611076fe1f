// Key combinations as actions write them ("Mod+Shift+Z", "Alt+ArrowUp", "?", "Delete") and how a key event
// matches one. `Mod` is Ctrl, or ⌘ on a Mac; `Ctrl` is the Control key everywhere.

import { sayIn } from '../../i18n';
import type { ActionKey } from './action';

/** A key combination taken apart. */
export interface Binding {
  key: string;
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
}

/** True on a Mac, where `Mod` means the Command key. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Parses `Mod+Shift+Z`; the last part is the key (`Mod++` is Mod and the plus key). */
export function parseBinding(text: string): Binding {
  const parts = text.endsWith('++') ? [...text.slice(0, -2).split('+'), '+'] : text.split('+');
  const key = parts.pop() ?? '';
  const has = (name: string) => parts.includes(name);
  return { key, mod: has('Mod'), ctrl: has('Ctrl'), alt: has('Alt'), shift: has('Shift') };
}

/** The key as compared: one character in lower case, named keys as they are. */
function normalKey(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key;
}

/**
 * Whether a key event is this combination. Modifiers must match exactly, except that Shift is not compared for a
 * printed character that is not a letter: `?` and `+` need Shift on some layouts and not on others.
 */
export function matchesBinding(e: KeyboardEvent, binding: Binding, mac = IS_MAC): boolean {
  if (normalKey(e.key) !== normalKey(binding.key)) return false;
  const wantCtrl = binding.ctrl || (binding.mod && !mac);
  const wantMeta = binding.mod && mac;
  if (e.ctrlKey !== wantCtrl || e.metaKey !== wantMeta || e.altKey !== binding.alt) return false;
  const printedSymbol = binding.key.length === 1 && binding.key.toLowerCase() === binding.key.toUpperCase();
  return printedSymbol || e.shiftKey === binding.shift;
}

/** Pointer gestures and key groups the sheet names in words; key caps (Shift, Esc, Enter) stay as printed on them. */
const KEY_WORDS: Readonly<Record<string, ActionKey>> = {
  'Double-click a cell': 'key.doubleClickCell',
  'Double-click': 'key.doubleClick',
  'Arrow keys': 'key.arrowKeys',
  'Two-finger swipe': 'key.twoFingerSwipe',
  click: 'key.click',
  drag: 'key.drag',
  Scroll: 'key.scroll',
  scroll: 'key.scrollAfterKey',
  Pinch: 'key.pinch',
};
const KEY_WORD = new RegExp(Object.keys(KEY_WORDS).join('|'), 'g');

/** A key combination as this platform writes it: `Mod` becomes Ctrl, or ⌘ on a Mac; gestures in the UI's words. */
export function keyLabel(keys: string, mac = IS_MAC): string {
  const say = sayIn('actions');
  return keys.replace(/\bMod\b/g, mac ? '⌘' : 'Ctrl').replace(KEY_WORD, (word) => {
    const key = KEY_WORDS[word];
    return key ? say(key) : word;
  });
}

const ACCELERATOR_KEYS: Record<string, string> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Esc',
  '+': 'Plus',
};

/** The combination as an Electron menu accelerator (`Mod+Shift+Z` → `CmdOrCtrl+Shift+Z`). */
export function toAccelerator(keys: string): string {
  const b = parseBinding(keys);
  const key = ACCELERATOR_KEYS[b.key] ?? (b.key.length === 1 ? b.key.toUpperCase() : b.key);
  return [b.mod && 'CmdOrCtrl', b.ctrl && 'Ctrl', b.alt && 'Alt', b.shift && 'Shift', key].filter(Boolean).join('+');
}
