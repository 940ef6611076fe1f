import { useEffect, useState } from 'react';
import { Trans } from 'react-i18next';
import type { GapDetails } from '../../../shared/api/contract';
import type { GapStats } from '../../../shared/metrics/surveySchemas';
import { useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useNumbers } from '../format/useNumbers';

interface Props {
  touchpoint: string;
  card: { id: string; title: string; stage: string } | null;
  gap: GapStats;
  pairingId: string | null;
  label: string;
}

function Comments({ title, items }: { title: string; items: string[] }) {
  const t = useT('insight');
  return (
    <div className="gap-item__comments">
      <h5>{title}</h5>
      {items.length === 0 ? (
        <p className="panel-field__hint">{t('gap.noComments')}</p>
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
  const t = useT('insight');
  const numbers = useNumbers();
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
  const percent = numbers.percent(Math.round((gap.share ?? 0) * 100) / 100);
  return (
    <li className="gap-item" data-touchpoint={touchpoint}>
      <div className="gap-item__head">
        <span className="gap-badge" aria-hidden="true">
          ≠ {percent}
        </span>
        <div>
          <h4 className="gap-item__title">
            {card ? card.title : touchpoint} <code>{touchpoint}</code>
          </h4>
          <p className="gap-item__where">
            {card ? t('gap.stage', { stage: card.stage || t('gap.untitledStage') }) : t('gap.noCard')}
          </p>
        </div>
        {card && (
          <button type="button" className="panel-button" onClick={() => store.getState().select([card.id])}>
            {t('gap.selectCard')}
          </button>
        )}
      </div>
      <p className="gap-item__pairing">
        {t('gap.pairing', { label: label || t('gap.pairingDefault'), customer: gap.customer, employee: gap.employee })}
      </p>
      <p className="gap-item__figures">
        <Trans
          t={t}
          i18nKey="gap.figures"
          count={gap.pairs}
          values={{ disagree: gap.disagree, count: gap.pairs, percent, share: numbers.fixed(gap.share ?? 0, 3) }}
          components={{ b: <strong /> }}
        />
      </p>
      {problem && <p className="panel-field__error">{problem}</p>}
      {details && (
        <div className="gap-item__sides">
          <Comments title={t('gap.customersSaid')} items={details.customerComments} />
          <Comments title={t('gap.employeesSaid')} items={details.employeeComments} />
        </div>
      )}
    </li>
  );
}
