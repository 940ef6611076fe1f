import { useEffect, useState } from 'react';
import type { GapDetails } from '../../../shared/api/contract';
import type { GapStats } from '../../../shared/metrics/surveySchemas';
import { useEditor, useEditorStore } from '../../store/useEditor';

interface Props {
  touchpoint: string;
  card: { id: string; title: string; stage: string } | null;
  gap: GapStats;
  pairingId: string | null;
  label: string;
}

function Comments({ title, items }: { title: string; items: string[] }) {
  return (
    <div className="gap-item__comments">
      <h5>{title}</h5>
      {items.length === 0 ? (
        <p className="panel-field__hint">No comments.</p>
      ) : (
        <ul>
          {items.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of comments, never reordered, that may repeat word for word
            <li key={i} lang="">
              {c}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One flagged perception gap: its figures, the questions paired, and comments from both sides (disagreeing interactions first). */
export function GapItem({ touchpoint, card, gap, pairingId, label }: Props) {
  const store = useEditorStore();
  const fetchDetails = useEditor((s) => s.fetchGapDetails);
  const [details, setDetails] = useState<GapDetails | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: new survey answers change gap.pairs and gap.disagree, and then the comments must be fetched again
  useEffect(() => {
    if (!pairingId) return;
    let live = true;
    void fetchDetails(touchpoint, pairingId).then((r) => {
      if (!live) return;
      if (r.ok) setDetails(r.data);
      else setProblem(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [fetchDetails, touchpoint, pairingId, gap.pairs, gap.disagree]);
  const percent = Math.round((gap.share ?? 0) * 100);
  return (
    <li className="gap-item" data-touchpoint={touchpoint}>
      <div className="gap-item__head">
        <span className="gap-badge" aria-hidden="true">
          ≠ {percent}%
        </span>
        <div>
          <h4 className="gap-item__title">
            {card ? card.title : touchpoint} <code>{touchpoint}</code>
          </h4>
          <p className="gap-item__where">{card ? `Stage: ${card.stage || 'untitled'}` : 'No card has this key'}</p>
        </div>
        {card && (
          <button type="button" className="panel-button" onClick={() => store.getState().select([card.id])}>
            Select card
          </button>
        )}
      </div>
      <p className="gap-item__pairing">
        {label || 'Question pairing'}: customer “{gap.customer}” ↔ employee “{gap.employee}”
      </p>
      <p className="gap-item__figures">
        <strong>{gap.disagree}</strong> of <strong>{gap.pairs}</strong> linked pairs disagree — share{' '}
        <strong>{percent}%</strong> ({(gap.share ?? 0).toFixed(3)})
      </p>
      {problem && <p className="panel-field__error">{problem}</p>}
      {details && (
        <div className="gap-item__sides">
          <Comments title="Customers said" items={details.customerComments} />
          <Comments title="Employees said" items={details.employeeComments} />
        </div>
      )}
    </li>
  );
}
