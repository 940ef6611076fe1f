import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One entry of a drop-down menu; `heading` entries are labels, not actions. */
export interface MenuItem {
  label: string;
  onSelect?: () => void;
  hint?: string;
  heading?: boolean;
  disabled?: boolean;
  /** Present for one choice of several (a language): whether it is the one in effect. */
  checked?: boolean;
}

const ENTRY = '[role="menuitem"]:not([disabled]), [role="menuitemradio"]:not([disabled])';

interface MenuProps {
  label: ReactNode;
  /** Accessible name of the button when `label` is not plain text. */
  ariaLabel?: string;
  title?: string;
  /** Called when the menu opens, to fetch entries that change (recent files). */
  onOpen?: () => void;
  items: MenuItem[];
}

/** A toolbar button with a drop-down list: arrows move, Enter picks, Esc or a click outside closes. */
export function Menu({ label, ariaLabel, title, onOpen, items }: MenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    (
      root.current?.querySelector<HTMLElement>('[aria-checked="true"]') ??
      root.current?.querySelector<HTMLElement>(ENTRY)
    )?.focus();
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (!open) return;
    // Keys inside an open menu belong to it, not to the canvas or the window's shortcuts.
    e.stopPropagation();
    const entries = Array.from(root.current?.querySelectorAll<HTMLElement>(ENTRY) ?? []);
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') entries[(at + 1) % entries.length]?.focus();
    else if (e.key === 'ArrowUp') entries[(at - 1 + entries.length) % entries.length]?.focus();
    else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="tool-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={ariaLabel}
        title={title}
        onKeyDown={onKey}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu__list" role="menu" id={id} onKeyDown={onKey}>
          {items.map((item, i) =>
            item.heading ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the entries are a fixed list built for each opening; their place is their identity
              <div key={`h${i}`} className="menu__heading" role="presentation">
                {item.label}
              </div>
            ) : (
              <button
                // biome-ignore lint/suspicious/noArrayIndexKey: the entries are a fixed list built for each opening; their place is their identity
                key={`${i}:${item.label}`}
                type="button"
                {...(item.checked === undefined
                  ? { role: 'menuitem' }
                  : { role: 'menuitemradio', 'aria-checked': item.checked })}
                className="menu__item"
                disabled={item.disabled}
                title={item.hint}
                onClick={() => {
                  close();
                  item.onSelect?.();
                }}
              >
                {item.label}
              </button>
            ),
          )}
        </div>
      )}
    </div>
  );
}
