import { useState } from 'react';
import { priorityScore } from '../../../shared/metrics/priority';
import type { PainPoint } from '../../../shared/schema/painPoint';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useToggleTrace } from '../trace/useToggleTrace';
import { ActionEditor } from '../register/ActionEditor';
import { NewActionField } from '../register/NewActionField';
import { PainPointFields } from './PainPointFields';
import { useT, useVocabulary } from '../../i18n';
import { useNumbers } from '../format/useNumbers';
import { SeverityChip } from './SeverityChip';
import { PainPointAuthor } from './PainPointAuthor';

/**
 * One pain point of the selected card: a summary line (severity, whose pain, title, votes with a dot-vote
 * button) that opens to every field, the actions answering it, Trace, and Delete.
 */
export function PainPointItem({ pain, ownerTeamId }: { pain: PainPoint; ownerTeamId: string | null }) {
  const store = useEditorStore();
  const t = useT('insight');
  const vocab = useVocabulary();
  const numbers = useNumbers();
  const toggleTrace = useToggleTrace();
  const [open, setOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const traced = useEditor((s) => s.tracedPainPointId === pain.id);
  const actions = useEditor((s) => s.doc.opportunities);
  const answering = actions.filter((o) => o.painPointIds.includes(pain.id));
  const title = pain.title || t('untitled.painPoint');
  const side = vocab(`painSide.${pain.side}`);
  const vote = (delta: number) =>
    store
      .getState()
      .dispatch(
        { type: 'painPoint/update', id: pain.id, patch: { votes: Math.max(0, pain.votes + delta) } },
        delta > 0 ? t('undo.dotVote') : t('undo.removeVote'),
      );
  return (
    <li className={`pp-item${traced ? ' pp-item--traced' : ''}`}>
      <div className="pp-item__head">
        <button
          type="button"
          className="pp-item__toggle"
          aria-expanded={open}
          aria-label={t('pain.summary', { title, severity: pain.severity, side: side.toLowerCase() })}
          onClick={() => setOpen(!open)}
          title={open ? t('pain.close') : t('pain.edit')}
        >
          <SeverityChip severity={pain.severity} />
          <span className="pp-side" title={t('pain.sideTitle', { side })}>
            {vocab(`painSideMark.${pain.side}`)}
          </span>
          <span className="pp-item__title">{title}</span>
        </button>
        <span className="pp-votes" role="img" aria-label={t('pain.votes', { count: pain.votes })}>
          <span aria-hidden="true">{pain.votes}</span>
        </span>
        <button
          type="button"
          className="pp-button pp-vote"
          aria-label={t('pain.voteFor', { title })}
          title={t('pain.voteTitle')}
          onClick={() => vote(1)}
        >
          +1
        </button>
      </div>
      {pain.author && <PainPointAuthor pain={pain} />}
      {open && (
        <div className="pp-item__body">
          <p className="pp-item__priority">{t('pain.priority', { priority: numbers.number(priorityScore(pain)) })}</p>
          <PainPointFields pain={pain} />
          <div className="pp-item__buttons">
            {pain.side !== 'employee' && (
              <button
                type="button"
                className="pp-button"
                aria-pressed={traced}
                onClick={() => toggleTrace(pain.id)}
                title={t('pain.traceTitle')}
              >
                {traced ? t('pain.clearTrace') : t('pain.trace')}
              </button>
            )}
            <button type="button" className="pp-button" onClick={() => vote(-1)} disabled={pain.votes === 0}>
              {t('pain.unvote')}
            </button>
            <button type="button" className="pp-button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
              {t('pain.addAction')}
            </button>
            <button
              type="button"
              className="pp-button pp-button--danger"
              onClick={() =>
                store.getState().dispatch({ type: 'painPoint/delete', id: pain.id }, t('undo.deletePainPoint'))
              }
            >
              {t('pain.delete')}
            </button>
          </div>
          {adding && (
            <NewActionField painPointIds={[pain.id]} ownerTeamId={ownerTeamId} onAdded={() => setAdding(false)} />
          )}
          {answering.length > 0 && (
            <div className="pp-item__actions">
              <h4 className="pp-subheading">{t('pain.answering', { count: answering.length })}</h4>
              {answering.map((o) => (
                <details key={o.id} className="pp-action-details">
                  <summary>{o.title || t('untitled.action')}</summary>
                  <ActionEditor action={o} />
                </details>
              ))}
            </div>
          )}
        </div>
      )}
      {!open && traced && <p className="pp-item__note">{t('pain.traced')}</p>}
    </li>
  );
}
