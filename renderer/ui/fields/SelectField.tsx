import { useId } from 'react';

interface Props {
  label: string;
  /** The chosen option's value ('' for the empty choice). */
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  hint?: string;
}

/** A labelled drop-down; choosing an option is one edit. */
export function SelectField({ label, value, options, onChange, hint }: Props) {
  const id = useId();
  return (
    <div className="panel-field">
      <label className="panel-field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="panel-field__input" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && <p className="panel-field__hint">{hint}</p>}
    </div>
  );
}
