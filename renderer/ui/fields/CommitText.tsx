import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  value: string;
  /** Called once when the user is done (blur or Enter) and the text changed; returns an error to show, or null. */
  onCommit(value: string): string | null;
  /** Checked on every keystroke; a message here is shown at once and stops the commit. */
  validate?(draft: string): string | null;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  className?: string;
  /** Focus the field and select its text when it first appears (a just-added item). */
  autoFocus?: boolean;
}

/**
 * A text field that edits a draft and commits it once, on blur or Enter (Ctrl/Cmd+Enter in a multi-line field),
 * so typing a sentence is one undo step, not one per keystroke. Escape puts the saved text back.
 */
export function CommitText({
  label,
  value,
  onCommit,
  validate,
  multiline,
  placeholder,
  hint,
  className,
  autoFocus,
}: Props) {
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    ref.current?.focus();
    ref.current?.select();
  }, [autoFocus]);
  // null while not editing: the field then shows the document's value, so an undo elsewhere shows through.
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const text = draft ?? value;
  const live = draft !== null && validate ? validate(draft) : null;
  const error = live ?? refused;

  const commit = () => {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      setRefused(null);
      return;
    }
    if (live) return;
    const problem = onCommit(draft);
    setRefused(problem);
    if (!problem) setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      setDraft(null);
      setRefused(null);
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    }
  };
  const common = {
    id,
    ref,
    className: `panel-field__input${error ? ' panel-field__input--invalid' : ''}`,
    value: text,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      setRefused(null);
    },
    onBlur: commit,
    onKeyDown,
  };
  return (
    <div className={`panel-field${className ? ` ${className}` : ''}`}>
      <label className="panel-field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
      {error ? (
        <p className="panel-field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="panel-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
