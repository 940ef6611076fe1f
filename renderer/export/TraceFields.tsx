import { useId } from 'react';
import { useEditor } from '../store/useEditor';
import { useT } from '../i18n';
import type { ExportSettings } from './exportSettings';

/** The trace's only choice: which card's worst pain point to trace, among the cards that have pain points. */
export function TraceFields({
  settings: s,
  onChange: set,
}: {
  settings: ExportSettings;
  onChange: (patch: Partial<ExportSettings>) => void;
}) {
  const t = useT('exportDialog');
  const id = useId();
  const cards = useEditor((st) => st.doc.cards);
  const painPoints = useEditor((st) => st.doc.painPoints);
  const hurting = new Set(painPoints.map((p) => p.cardId));
  const options = cards.filter((c) => hurting.has(c.id)).sort((a, b) => a.title.localeCompare(b.title));
  if (options.length === 0) return <p className="export-error">{t('trace.noPains')}</p>;
  const chosen = options.some((c) => c.id === s.traceCard) ? (s.traceCard as string) : '';
  return (
    <div className="export-row">
      <label className="export-label" htmlFor={id}>
        {t('trace.card')}
      </label>
      <select
        id={id}
        className="export-input"
        value={chosen}
        onChange={(e) => set({ traceCard: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">{t('trace.pickCard')}</option>
        {options.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
    </div>
  );
}
