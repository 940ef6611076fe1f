import { useMemo, useState } from 'react';
import type { SurveyReview } from '../../../shared/metrics/surveySchemas';
import { useT } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { assignableCards, type KeyChoice, validCardKey } from './assignKeys';

interface Props {
  review: SurveyReview;
  replace?: number;
  onImport(choices: ReadonlyMap<string, KeyChoice>, stepLabel: string): void;
  onCancel(): void;
}

const day = (iso: string): string => iso.slice(0, 10);

/** The review step: what the file holds per touchpoint key, which keys match a card, and a card for each that does not. */
export function SurveyReviewStep({ review, replace, onImport, onCancel }: Props) {
  const t = useT('evidence');
  const doc = useEditor((s) => s.doc);
  const cards = useMemo(() => assignableCards(doc), [doc]);
  const stages = useMemo(() => [...doc.stages].sort((a, b) => a.order - b.order), [doc.stages]);
  const stageName = new Map(doc.stages.map((s) => [s.id, s.name]));
  const [choices, setChoices] = useState<ReadonlyMap<string, KeyChoice>>(new Map());
  const unmatched = review.touchpoints.filter((k) => k.card === null);
  const left = unmatched.filter((k) => !choices.has(k.key)).length;

  const choose = (key: string, value: string) =>
    setChoices((old) => {
      const next = new Map(old);
      if (value.startsWith('card:')) next.set(key, { kind: 'card', cardId: value.slice(5) });
      else if (value.startsWith('new:')) next.set(key, { kind: 'new', stageId: value.slice(4) });
      else next.delete(key);
      return next;
    });
  const choiceValue = (key: string): string => {
    const c = choices.get(key);
    return c ? (c.kind === 'card' ? `card:${c.cardId}` : `new:${c.stageId}`) : '';
  };
  const same = review.sameFile;

  return (
    <div className="survey-review">
      <p className="survey-review__summary">
        {t('review.summary', {
          count: review.answers,
          interactions: review.interactions.total,
          customer: review.interactions.customer,
          employee: review.interactions.employee,
        })}{' '}
        {review.dates.from && review.dates.to
          ? t('review.dates', { from: day(review.dates.from), to: day(review.dates.to) })
          : t('review.noDates')}
      </p>
      {review.sites && review.sites.length > 0 && (
        <p className="survey-review__sites">
          {t('review.sites', { sites: review.sites.map((s) => `${s.site} (${s.interactions})`).join(', ') })}
        </p>
      )}
      {same && replace === same.importId && (
        <p className="survey-review__same" role="note">
          {t('review.sameFile', {
            when: `${same.importedAt.slice(0, 16).replace('T', ' ')} UTC`,
            name: same.fileName,
            id: same.importId,
          })}
        </p>
      )}
      <div className="survey-review__scroll">
        <table className="survey-review__table">
          <caption>{t('review.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.colKey')}</th>
              <th scope="col">{t('review.colAnswers')}</th>
              <th scope="col">{t('review.colInteractions')}</th>
              <th scope="col">{t('review.colCard')}</th>
            </tr>
          </thead>
          <tbody>
            {review.touchpoints.map((k) => (
              <tr key={k.key} className={k.card ? undefined : 'survey-review__unmatched'}>
                <th scope="row">
                  <code>{k.key}</code>
                </th>
                <td>{k.answers}</td>
                <td>{k.interactions}</td>
                <td>
                  {k.card ? (
                    t('review.matched', { card: k.card.title, stage: k.card.stage })
                  ) : (
                    <select
                      aria-label={t('review.assignLabel', { key: k.key })}
                      value={choiceValue(k.key)}
                      onChange={(e) => choose(k.key, e.target.value)}
                    >
                      <option value="">{t('review.leaveUnassigned')}</option>
                      <optgroup label={t('review.existingCards')}>
                        {cards
                          .filter((c) => c.key !== null || validCardKey(k.key))
                          .map((c) => (
                            <option key={c.id} value={`card:${c.id}`}>
                              {c.title || c.key} · {stageName.get(c.stageId)}
                            </option>
                          ))}
                      </optgroup>
                      {validCardKey(k.key) && (
                        <optgroup label={t('review.newCards')}>
                          {stages.map((s) => (
                            <option key={s.id} value={`new:${s.id}`}>
                              {t('review.newIn', { stage: s.name })}
                            </option>
                          ))}
                        </optgroup>
                      )}
                    </select>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="survey-review__hint" role="status">
        {left > 0 ? t('review.unmatched', { count: left }) : t('review.allMatched')}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('review.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-autofocus
          onClick={() => onImport(choices, t('review.assignStep'))}
        >
          {replace !== undefined
            ? t('review.replace', { id: replace })
            : left > 0
              ? t('review.importAnyway')
              : t('review.import')}
        </button>
      </div>
    </div>
  );
}
