import { useState } from 'react';
import { priorityScore } from '../../../shared/metrics/priority';
import type { PainPoint } from '../../../shared/schema/painPoint';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useToggleTrace } from '../trace/useToggleTrace';
import { ActionEditor } from '../register/ActionEditor';
import { NewActionField } from '../register/NewActionField';
import { PainPointFields } from './PainPointFields';
import { label } from '../../../shared/vocabulary';
import { SeverityChip } from './SeverityChip';
import { PainPointAuthor } from './PainPointAuthor';

/**
 * One pain point of the selected card: a summary line (severity, whose pain, title, votes with a dot-vote
 * button) that opens to every field, the actions answering it, Trace, and Delete.
 */
export function PainPointItem({ pain, ownerTeamId }: { pain: PainPoint; ownerTeamId: string | null }) {
  const store = useEditorStore();
  const toggleTrace = useToggleTrace();
  const [open, setOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const traced = useEditor((s) => s.tracedPainPointId === pain.id);
  const actions = useEditor((s) => s.doc.opportunities);
  const answering = actions.filter((o) => o.painPointIds.includes(pain.id));
  const title = pain.title || 'Untitled pain point';
  const vote = (delta: number) =>
    store
      .getState()
      .dispatch(
        { type: 'painPoint/update', id: pain.id, patch: { votes: Math.max(0, pain.votes + delta) } },
        delta > 0 ? 'Dot-vote' : 'Remove vote',
      );
  return (
    <li className={`pp-item${traced ? ' pp-item--traced' : ''}`}>
      <div className="pp-item__head">
        <button
          type="button"
          className="pp-item__toggle"
          aria-expanded={open}
          aria-label={`${title}, severity ${pain.severity}, ${label(`painSide.${pain.side}`).toLowerCase()} side`}
          onClick={() => setOpen(!open)}
          title={open ? 'Close' : 'Edit this pain point'}
        >
          <SeverityChip severity={pain.severity} />
          <span className="pp-side" title={`${label(`painSide.${pain.side}`)} pain`}>
            {label(`painSideMark.${pain.side}`)}
          </span>
          <span className="pp-item__title">{title}</span>
        </button>
        <span className="pp-votes" role="img" aria-label={`${pain.votes} vote${pain.votes === 1 ? '' : 's'}`}>
          <span aria-hidden="true">{pain.votes}</span>
        </span>
        <button
          type="button"
          className="pp-button pp-vote"
          aria-label={`Dot-vote for ${title}`}
          title="Dot-vote: +1"
          onClick={() => vote(1)}
        >
          +1
        </button>
      </div>
      {pain.author && <PainPointAuthor pain={pain} />}
      {open && (
        <div className="pp-item__body">
          <p className="pp-item__priority">Priority {priorityScore(pain)}</p>
          <PainPointFields pain={pain} />
          <div className="pp-item__buttons">
            {pain.side !== 'employee' && (
              <button
                type="button"
                className="pp-button"
                aria-pressed={traced}
                onClick={() => toggleTrace(pain.id)}
                title="Highlight the cards behind this pain and the employee pain on them"
              >
                {traced ? 'Clear trace' : 'Trace'}
              </button>
            )}
            <button type="button" className="pp-button" onClick={() => vote(-1)} disabled={pain.votes === 0}>
              −1 vote
            </button>
            <button type="button" className="pp-button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
              Add action
            </button>
            <button
              type="button"
              className="pp-button pp-button--danger"
              onClick={() => store.getState().dispatch({ type: 'painPoint/delete', id: pain.id }, 'Delete pain point')}
            >
              Delete
            </button>
          </div>
          {adding && (
            <NewActionField painPointIds={[pain.id]} ownerTeamId={ownerTeamId} onAdded={() => setAdding(false)} />
          )}
          {answering.length > 0 && (
            <div className="pp-item__actions">
              <h4 className="pp-subheading">Actions answering it ({answering.length})</h4>
              {answering.map((o) => (
                <details key={o.id} className="pp-action-details">
                  <summary>{o.title || 'Untitled action'}</summary>
                  <ActionEditor action={o} />
                </details>
              ))}
            </div>
          )}
        </div>
      )}
      {!open && traced && <p className="pp-item__note">Traced on the canvas</p>}
    </li>
  );
}
