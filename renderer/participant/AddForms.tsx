import { useState, type FormEvent } from 'react';
import type { PainPoint } from '../../shared/schema/painPoint';

/** A short text and a submit, with the limit the host enforces and a cancel. */
function useText(max: number) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const check = () => {
    const t = text.trim();
    if (t === '') {
      setProblem('Write a few words first.');
      return null;
    }
    if (t.length > max) {
      setProblem(`At most ${max} characters.`);
      return null;
    }
    return t;
  };
  return { text, setText, problem, check };
}

const SIDES: { value: PainPoint['side']; label: string }[] = [
  { value: 'customer', label: 'Customer' },
  { value: 'employee', label: 'Employee' },
  { value: 'both', label: 'Both' },
];

/** "What hurts here": a pain point on one card, with whose pain it is and how bad. */
export function AddPainPoint(props: {
  onAdd: (p: { title: string; side: PainPoint['side']; severity: PainPoint['severity'] }) => void;
  onCancel: () => void;
}) {
  const field = useText(300);
  const [side, setSide] = useState<PainPoint['side']>('customer');
  const [severity, setSeverity] = useState<PainPoint['severity']>(3);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const title = field.check();
    if (title) props.onAdd({ title, side, severity });
  };
  return (
    <form className="add-form" onSubmit={submit} noValidate>
      <label>
        Pain point
        {/* biome-ignore lint/a11y/noAutofocus: the form opens on the participant's own tap; typing is what comes next */}
        <textarea autoFocus rows={2} value={field.text} onChange={(e) => field.setText(e.target.value)} />
      </label>
      <fieldset>
        <legend>Who feels it</legend>
        {SIDES.map((s) => (
          <label key={s.value} className="choice">
            <input type="radio" name="side" checked={side === s.value} onChange={() => setSide(s.value)} />
            {s.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>How bad (1–5)</legend>
        {([1, 2, 3, 4, 5] as const).map((n) => (
          <label key={n} className="choice">
            <input type="radio" name="severity" checked={severity === n} onChange={() => setSeverity(n)} />
            {n}
          </label>
        ))}
      </fieldset>
      {field.problem && (
        <p className="problem" role="alert">
          {field.problem}
        </p>
      )}
      <div className="actions">
        <button type="submit">Add pain point</button>
        <button type="button" className="quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** "What I do here": a card in one lane of one stage. */
export function AddCard(props: { laneTitle: string; onAdd: (title: string) => void; onCancel: () => void }) {
  const field = useText(500);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const title = field.check();
    if (title) props.onAdd(title);
  };
  return (
    <form className="add-form" onSubmit={submit} noValidate>
      <label>
        New card in {props.laneTitle}
        {/* biome-ignore lint/a11y/noAutofocus: the form opens on the participant's own tap; typing is what comes next */}
        <input autoFocus value={field.text} onChange={(e) => field.setText(e.target.value)} />
      </label>
      {field.problem && (
        <p className="problem" role="alert">
          {field.problem}
        </p>
      )}
      <div className="actions">
        <button type="submit">Add card</button>
        <button type="button" className="quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
