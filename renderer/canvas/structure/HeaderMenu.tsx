import { useEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';

/** One entry of a header menu; a disabled entry says why in `reason`. */
export interface MenuItem {
  label: string;
  onSelect(): void;
  danger?: boolean;
  reason?: string | null;
}

interface Props {
  label: string;
  items: MenuItem[];
  /** Screen point where the menu opens. */
  at: { x: number; y: number };
  onClose(): void;
}

// Open menus, newest last. Escape closes the newest one wherever focus is: the menu used to close only when a key
// reached its own element, so with focus elsewhere (after Tab, or on the canvas) the kind picker could not be
// closed from the keyboard, while the menu's stopPropagation kept Escape from everything else.
const openMenus: Array<() => void> = [];

function onWindowKey(e: globalThis.KeyboardEvent) {
  const close = openMenus.at(-1);
  if (e.key !== 'Escape' || !close) return;
  // Capture phase at the window: the topmost thing on screen takes Escape, and nothing under it also acts on it.
  e.preventDefault();
  e.stopPropagation();
  close();
}

function registerMenu(close: () => void): () => void {
  if (openMenus.length === 0) window.addEventListener('keydown', onWindowKey, true);
  openMenus.push(close);
  return () => {
    const i = openMenus.lastIndexOf(close);
    if (i >= 0) openMenus.splice(i, 1);
    if (openMenus.length === 0) window.removeEventListener('keydown', onWindowKey, true);
  };
}

/**
 * A small context menu on top of everything (portalled to the body, so no node clips or covers it). Arrow keys
 * move, Enter chooses, Escape or a click elsewhere closes.
 */
export function HeaderMenu({ label, items, at, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Whoever opened the menu (its header button, for a keyboard user) gets focus back when it closes without
    // handing focus on: Escape would otherwise drop focus to the page and send the user back to the first Tab stop.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    const unregister = registerMenu(onClose);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      unregister();
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener?.isConnected) opener.focus();
    };
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    e.stopPropagation();
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      buttons[(i + step + buttons.length) % buttons.length]?.focus();
    }
  };
  // Kept inside the window: a menu opened near the right or bottom edge opens towards the middle.
  const left = Math.max(8, Math.min(at.x, window.innerWidth - 280));
  const top = Math.max(8, Math.min(at.y, window.innerHeight - 60 - items.length * 44));
  return createPortal(
    <div
      ref={ref}
      className="structure-menu"
      role="menu"
      aria-label={label}
      style={{ left, top }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className={`structure-menu__item${item.danger ? ' structure-menu__item--danger' : ''}`}
          disabled={!!item.reason}
          title={item.reason ?? undefined}
          onClick={() => {
            onClose();
            item.onSelect();
          }}
        >
          <span>{item.label}</span>
          {item.reason && <span className="structure-menu__reason">{item.reason}</span>}
        </button>
      ))}
    </div>,
    document.body,
  );
}
