import { useId } from 'react';
import { useEditor } from '../store/useEditor';
import { useT } from '../i18n';
import type { ExportSettings } from './exportSettings';

/** The handout's only choice: which team. Paper and layout are fixed (one A4 page, portrait). */
export function HandoutFields({
  settings: s,
  onChange: set,
}: {
  settings: ExportSettings;
  onChange: (patch: Partial<ExportSettings>) => void;
}) {
  const t = useT('exportDialog');
  const id = useId();
  const teams = useEditor((st) => st.doc.teams);
  if (teams.length === 0) return <p className="export-error">{t('handout.noTeams')}</p>;
  const sorted = [...teams].sort((a, b) => a.name.localeCompare(b.name));
  const chosen = teams.some((x) => x.id === s.handoutTeam) ? (s.handoutTeam as string) : '';
  return (
    // The label names the select by id: wrapped, a select's name would take in its chosen option's text.
    <div className="export-row">
      <label className="export-label" htmlFor={id}>
        {t('handout.team')}
      </label>
      <select
        id={id}
        className="export-input"
        value={chosen}
        onChange={(e) => set({ handoutTeam: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">{t('handout.pickTeam')}</option>
        {sorted.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </select>
    </div>
  );
}
