import { useId } from 'react';

interface Option<T extends string | number> {
  value: T;
  label: string;
  /** Optional longer words for the tooltip and screen readers. */
  title?: string;
}

interface Props<T extends string | number> {
  label: string;
  options: readonly Option<T>[];
  /** The chosen value; null when none (or a mixed multi-selection). */
  value: T | null;
  onChange(value: T): void;
}

/** A row of buttons of which one is chosen (evidence status, emotion): one click is one edit. */
export function Segmented<T extends string | number>({ label, options, value, onChange }: Props<T>) {
  const id = useId();
  return (
    <div className="panel-field">
      <span className="panel-field__label" id={id}>
        {label}
      </span>
      <div className="segmented" role="radiogroup" aria-labelledby={id}>
        {options.map((o) => (
          <button
            key={String(o.value)}
            type="button"
            role="radio"
            aria-checked={o.value === value}
            title={o.title}
            className={`segmented__option${o.value === value ? ' segmented__option--on' : ''}`}
            onClick={() => {
              if (o.value !== value) onChange(o.value);
            }}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}
