import { useState, type FormEvent } from 'react';
import { NOTE_MAX_CHARS } from '../../shared/schema/note';
import type { PainPoint } from '../../shared/schema/painPoint';
import { usePageT } from './i18n';

/** A short text and a submit, with the limit the host enforces and a cancel. */
function useText(max: number) {
  const t = usePageT('workshop');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const check = () => {
    const words = text.trim();
    if (words === '') {
      setProblem(t('participant.form.empty'));
      return null;
    }
    if (words.length > max) {
      setProblem(t('participant.form.tooLong', { max }));
      return null;
    }
    return words;
  };
  return { text, setText, problem, check };
}

const SIDES: PainPoint['side'][] = ['customer', 'employee', 'both'];

/** "What hurts here": a pain point on one card, with whose pain it is and how bad. */
export function AddPainPoint(props: {
  onAdd: (p: { title: string; side: PainPoint['side']; severity: PainPoint['severity'] }) => void;
  onCancel: () => void;
}) {
  const t = usePageT('workshop');
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
        {t('participant.form.pain')}
        {/* biome-ignore lint/a11y/noAutofocus: the form opens on the participant's own tap; typing is what comes next */}
        <textarea autoFocus rows={2} value={field.text} onChange={(e) => field.setText(e.target.value)} />
      </label>
      <fieldset>
        <legend>{t('participant.form.who')}</legend>
        {SIDES.map((s) => (
          <label key={s} className="choice">
            <input type="radio" name="side" checked={side === s} onChange={() => setSide(s)} />
            {t(`participant.form.side.${s}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('participant.form.severity')}</legend>
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
        <button type="submit">{t('participant.form.addPain')}</button>
        <button type="button" className="quiet" onClick={props.onCancel}>
          {t('participant.form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "What I do here": a card in one lane of one stage. */
export function AddCard(props: { laneTitle: string; onAdd: (title: string) => void; onCancel: () => void }) {
  const t = usePageT('workshop');
  const field = useText(500);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const title = field.check();
    if (title) props.onAdd(title);
  };
  return (
    <form className="add-form" onSubmit={submit} noValidate>
      <label>
        {t('participant.form.card', { lane: props.laneTitle })}
        {/* biome-ignore lint/a11y/noAutofocus: the form opens on the participant's own tap; typing is what comes next */}
        <input autoFocus value={field.text} onChange={(e) => field.setText(e.target.value)} />
      </label>
      {field.problem && (
        <p className="problem" role="alert">
          {field.problem}
        </p>
      )}
      <div className="actions">
        <button type="submit">{t('participant.form.addCard')}</button>
        <button type="button" className="quiet" onClick={props.onCancel}>
          {t('participant.form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "A note": what someone said or wonders, on a card or for the parking lot. */
export function AddNote(props: { label: string; onAdd: (text: string) => void; onCancel: () => void }) {
  const t = usePageT('workshop');
  const field = useText(NOTE_MAX_CHARS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = field.check();
    if (text) props.onAdd(text);
  };
  return (
    <form className="add-form" onSubmit={submit} noValidate>
      <label>
        {props.label}
        {/* biome-ignore lint/a11y/noAutofocus: the form opens on the participant's own tap; typing is what comes next */}
        <textarea autoFocus rows={3} value={field.text} onChange={(e) => field.setText(e.target.value)} />
      </label>
      {field.problem && (
        <p className="problem" role="alert">
          {field.problem}
        </p>
      )}
      <div className="actions">
        <button type="submit">{t('participant.form.addNote')}</button>
        <button type="button" className="quiet" onClick={props.onCancel}>
          {t('participant.form.cancel')}
        </button>
      </div>
    </form>
  );
}
