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
          // A native radio inside each option, so screen readers and the arrow keys treat the row as one choice.
          <label
            key={String(o.value)}
            title={o.title}
            className={`segmented__option${o.value === value ? ' segmented__option--on' : ''}`}
          >
            <input
              type="radio"
              className="segmented__input"
              name={id}
              checked={o.value === value}
              aria-checked={o.value === value}
              onChange={() => {
                if (o.value !== value) onChange(o.value);
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
    </div>
  );
}
