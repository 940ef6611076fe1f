import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  value: string;
  label: string;
  maxLength: number;
  onCommit(value: string): void;
  onCancel(): void;
}

/** The rename field of a header: Enter (or leaving the field) keeps the new name, Escape keeps the old one. */
export function InlineRename({ value, label, maxLength, onCommit, onCancel }: Props) {
  const [text, setText] = useState(value);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    const next = text.trim();
    if (keep && next !== '' && next !== value) onCommit(next);
    else onCancel();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // The field keeps its keys: nothing typed here reaches the canvas or the shell.
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    }
  };
  return (
    <input
      ref={ref}
      className="structure-rename nodrag nopan"
      aria-label={label}
      value={text}
      maxLength={maxLength}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}
