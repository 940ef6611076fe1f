import { type FormEvent, useState } from 'react';
import { PARTICIPANT_LANES } from '../../shared/workshop/roles';
import { openRoundCommand, roundProblem, type RoundSettings } from '../../shared/workshop/voting';
import { useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/useEditor';

/** The facilitator's choices for a new dot-voting round: what, how many dots, stacked or not, anonymous, how long. */
export function StartRoundForm() {
  const t = useT('voting');
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'painPoints' | 'cards'>('painPoints');
  const [laneIds, setLaneIds] = useState<string[]>([]);
  const [dots, setDots] = useState(3);
  const [stacking, setStacking] = useState(false);
  const [anonymous, setAnonymous] = useState(true);
  const [minutes, setMinutes] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const lanes = doc.lanes.filter((l) => PARTICIPANT_LANES.has(l.kind));

  const start = (e: FormEvent) => {
    e.preventDefault();
    const m = minutes.trim() === '' ? null : Number(minutes);
    if (m !== null && (!Number.isInteger(m) || m < 1 || m > 120)) return setProblem(t('problem.minutes'));
    const settings: RoundSettings = {
      title: title.trim() || t('start.questionDefault'),
      target: kind === 'painPoints' ? { kind } : { kind, laneIds },
      dotsEach: dots,
      stacking,
      anonymous,
      timeLimit: m === null ? null : m * 60,
    };
    if (kind === 'cards' && laneIds.length === 0) return setProblem(t('problem.noCards'));
    const why = roundProblem(doc, settings);
    if (why !== null) return setProblem(t(`problem.${why}`));
    setProblem(null);
    store.getState().dispatch(openRoundCommand(doc, settings, new Date()), t('undo.open'));
  };

  return (
    <form className="voting-start" onSubmit={start} aria-label={t('start.heading')}>
      <h4>{t('start.heading')}</h4>
      <label className="voting-field">
        {t('start.question')}
        <input
          value={title}
          maxLength={200}
          placeholder={t('start.questionDefault')}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <fieldset>
        <legend>{t('start.what')}</legend>
        <label>
          <input
            type="radio"
            name="vote-target"
            checked={kind === 'painPoints'}
            onChange={() => setKind('painPoints')}
          />{' '}
          {t('start.painPoints', { count: doc.painPoints.length })}
        </label>
        <label>
          <input type="radio" name="vote-target" checked={kind === 'cards'} onChange={() => setKind('cards')} />{' '}
          {t('start.cards')}
        </label>
        {kind === 'cards' && (
          <div className="voting-lanes">
            {lanes.map((l) => (
              <label key={l.id}>
                <input
                  type="checkbox"
                  checked={laneIds.includes(l.id)}
                  onChange={(e) =>
                    setLaneIds((ids) => (e.target.checked ? [...ids, l.id] : ids.filter((id) => id !== l.id)))
                  }
                />{' '}
                {l.title}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div className="voting-row">
        <label className="voting-field">
          {t('start.dots')}
          <input
            type="number"
            min={1}
            max={20}
            value={dots}
            onChange={(e) => setDots(Math.max(1, Math.min(20, Number(e.target.value) || 1)))}
          />
        </label>
        <label className="voting-field">
          {t('start.minutes')}
          <input inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </label>
      </div>
      <label>
        <input type="checkbox" checked={stacking} onChange={(e) => setStacking(e.target.checked)} />{' '}
        {t('start.stacking')}
      </label>
      <label>
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />{' '}
        {t('start.anonymous')}
      </label>
      {problem && (
        <p className="workshop-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary">
        {t('start.submit')}
      </button>
    </form>
  );
}
