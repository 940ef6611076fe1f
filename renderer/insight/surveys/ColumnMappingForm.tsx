import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { wideMappingSchema, type WideMapping } from '../../../shared/metrics/surveyRows';
import { useT } from '../../i18n';
import { guessMapping, type MappingDraft } from './guessMapping';
import type { CsvPreview } from './surveySource';

interface Props {
  preview: CsvPreview;
  /** Why the file is not in the long format (its missing columns). */
  problem: string;
  onSubmit(mapping: WideMapping): void;
  onCancel(): void;
}

function toMapping(
  d: MappingDraft,
  t: TFunction<'evidence'>,
): { ok: true; mapping: WideMapping } | { ok: false; message: string } {
  const questions = Object.fromEntries(
    Object.entries(d.questions)
      .filter(([, key]) => key.trim() !== '')
      .map(([c, key]) => [c, key.trim()]),
  );
  const raw = {
    interactionId: d.interactionId,
    respondent: d.respondent.startsWith('=') ? { fixed: d.respondent.slice(1) } : { column: d.respondent },
    touchpoint: d.touchpoint === '=' ? { fixed: d.touchpointKey.trim() } : { column: d.touchpoint },
    answeredAt: d.answeredAt || null,
    comment: d.comment || null,
    questions,
  };
  if (!d.interactionId) return { ok: false, message: t('mapping.needId') };
  if (d.touchpoint === '=' && !d.touchpointKey.trim()) return { ok: false, message: t('mapping.needKey') };
  const parsed = wideMappingSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      message:
        Object.keys(questions).length === 0
          ? t('mapping.needQuestion')
          : (parsed.error.issues[0]?.message ?? t('mapping.incomplete')),
    };
  return { ok: true, mapping: parsed.data };
}

/** Maps a wide file's columns (one row per interaction and side, a column per question) onto interaction, side, touchpoint and questions. */
export function ColumnMappingForm({ preview, problem, onSubmit, onCancel }: Props) {
  const t = useT('evidence');
  const [draft, setDraft] = useState<MappingDraft>(() => guessMapping(preview.header));
  const [message, setMessage] = useState<string | null>(null);
  const columns = preview.header.filter((h) => h.trim() !== '');
  const roles = new Set([draft.interactionId, draft.respondent, draft.touchpoint, draft.answeredAt, draft.comment]);
  const set = (patch: Partial<MappingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = toMapping(
      {
        ...draft,
        questions: Object.fromEntries(Object.entries(draft.questions).filter(([c]) => !roles.has(c))),
      },
      t,
    );
    if (r.ok) onSubmit(r.mapping);
    else setMessage(r.message);
  };
  const options = columns.map((c) => (
    <option key={c} value={c}>
      {c}
    </option>
  ));
  return (
    <form className="column-mapping" onSubmit={submit}>
      <p className="column-mapping__problem">{t('mapping.problem', { problem })}</p>
      <p>{t('mapping.intro')}</p>
      <div className="column-mapping__roles">
        <label>
          {t('mapping.interaction')}
          <select value={draft.interactionId} onChange={(e) => set({ interactionId: e.target.value })}>
            <option value="">{t('mapping.choose')}</option>
            {options}
          </select>
        </label>
        <label>
          {t('mapping.respondent')}
          <select value={draft.respondent} onChange={(e) => set({ respondent: e.target.value })}>
            <option value="=customer">{t('mapping.allCustomer')}</option>
            <option value="=employee">{t('mapping.allEmployee')}</option>
            {options}
          </select>
        </label>
        <label>
          {t('mapping.touchpoint')}
          <select value={draft.touchpoint} onChange={(e) => set({ touchpoint: e.target.value })}>
            <option value="=">{t('mapping.fixedKey')}</option>
            {options}
          </select>
        </label>
        {draft.touchpoint === '=' && (
          <label>
            {t('mapping.key')}
            <input
              value={draft.touchpointKey}
              maxLength={64}
              onChange={(e) => set({ touchpointKey: e.target.value })}
              placeholder={t('mapping.keyExample')}
            />
          </label>
        )}
        <label>
          {t('mapping.answeredAt')}
          <select value={draft.answeredAt} onChange={(e) => set({ answeredAt: e.target.value })}>
            <option value="">{t('mapping.none')}</option>
            {options}
          </select>
        </label>
        <label>
          {t('mapping.comment')}
          <select value={draft.comment} onChange={(e) => set({ comment: e.target.value })}>
            <option value="">{t('mapping.none')}</option>
            {options}
          </select>
        </label>
      </div>
      <table className="column-mapping__questions">
        <thead>
          <tr>
            <th scope="col">{t('mapping.column')}</th>
            <th scope="col">{t('mapping.questionKey')}</th>
            <th scope="col">{t('mapping.firstValues')}</th>
          </tr>
        </thead>
        <tbody>
          {columns
            .filter((c) => !roles.has(c))
            .map((c) => {
              const i = preview.header.indexOf(c);
              return (
                <tr key={c}>
                  <th scope="row">{c}</th>
                  <td>
                    <input
                      aria-label={t('mapping.questionKeyOf', { column: c })}
                      value={draft.questions[c] ?? ''}
                      maxLength={64}
                      onChange={(e) => set({ questions: { ...draft.questions, [c]: e.target.value } })}
                    />
                  </td>
                  <td className="column-mapping__sample">
                    {preview.rows
                      .map((r) => r[i] ?? '')
                      .filter((v) => v !== '')
                      .slice(0, 3)
                      .join(' · ')}
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('mapping.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('mapping.submit')}
        </button>
      </div>
    </form>
  );
}
