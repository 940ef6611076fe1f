import { useState, type FormEvent } from 'react';
import { wideMappingSchema, type WideMapping } from '../../../shared/metrics/surveyRows';
import { guessMapping, type MappingDraft } from './guessMapping';
import type { CsvPreview } from './surveySource';

interface Props {
  preview: CsvPreview;
  /** Why the file is not in the long format (its missing columns). */
  problem: string;
  onSubmit(mapping: WideMapping): void;
  onCancel(): void;
}

function toMapping(d: MappingDraft): { ok: true; mapping: WideMapping } | { ok: false; message: string } {
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
  if (!d.interactionId) return { ok: false, message: 'Choose the column that holds the interaction id.' };
  if (d.touchpoint === '=' && !d.touchpointKey.trim())
    return { ok: false, message: 'Type the touchpoint key every row is about, or choose its column.' };
  const parsed = wideMappingSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      message:
        Object.keys(questions).length === 0
          ? 'Mark at least one column as a question.'
          : (parsed.error.issues[0]?.message ?? 'The mapping is incomplete.'),
    };
  return { ok: true, mapping: parsed.data };
}

/** Maps a wide file's columns (one row per interaction and side, a column per question) onto interaction, side, touchpoint and questions. */
export function ColumnMappingForm({ preview, problem, onSubmit, onCancel }: Props) {
  const [draft, setDraft] = useState<MappingDraft>(() => guessMapping(preview.header));
  const [message, setMessage] = useState<string | null>(null);
  const columns = preview.header.filter((h) => h.trim() !== '');
  const roles = new Set([draft.interactionId, draft.respondent, draft.touchpoint, draft.answeredAt, draft.comment]);
  const set = (patch: Partial<MappingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = toMapping({
      ...draft,
      questions: Object.fromEntries(Object.entries(draft.questions).filter(([c]) => !roles.has(c))),
    });
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
      <p className="column-mapping__problem">This file is not in the long format: {problem}</p>
      <p>If it has one row per interaction and a column per question, say which column is which.</p>
      <div className="column-mapping__roles">
        <label>
          Interaction id
          <select value={draft.interactionId} onChange={(e) => set({ interactionId: e.target.value })}>
            <option value="">— choose —</option>
            {options}
          </select>
        </label>
        <label>
          Respondent (side)
          <select value={draft.respondent} onChange={(e) => set({ respondent: e.target.value })}>
            <option value="=customer">Every row: customer</option>
            <option value="=employee">Every row: employee</option>
            {options}
          </select>
        </label>
        <label>
          Touchpoint
          <select value={draft.touchpoint} onChange={(e) => set({ touchpoint: e.target.value })}>
            <option value="=">Every row: the key typed here →</option>
            {options}
          </select>
        </label>
        {draft.touchpoint === '=' && (
          <label>
            Touchpoint key
            <input
              value={draft.touchpointKey}
              maxLength={64}
              onChange={(e) => set({ touchpointKey: e.target.value })}
              placeholder="e.g. checkout"
            />
          </label>
        )}
        <label>
          Answered at
          <select value={draft.answeredAt} onChange={(e) => set({ answeredAt: e.target.value })}>
            <option value="">— none —</option>
            {options}
          </select>
        </label>
        <label>
          Comment
          <select value={draft.comment} onChange={(e) => set({ comment: e.target.value })}>
            <option value="">— none —</option>
            {options}
          </select>
        </label>
      </div>
      <table className="column-mapping__questions">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Question key (empty: not a question)</th>
            <th scope="col">First values</th>
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
                      aria-label={`Question key of column ${c}`}
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
          Cancel
        </button>
        <button type="submit" className="button button--primary">
          Import with this mapping
        </button>
      </div>
    </form>
  );
}
