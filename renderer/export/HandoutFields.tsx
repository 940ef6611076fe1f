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
  const teams = useEditor((st) => st.doc.teams);
  if (teams.length === 0) return <p className="export-error">{t('handout.noTeams')}</p>;
  const sorted = [...teams].sort((a, b) => a.name.localeCompare(b.name));
  const chosen = teams.some((x) => x.id === s.handoutTeam) ? (s.handoutTeam as string) : '';
  return (
    <label className="export-row">
      <span className="export-label">{t('handout.team')}</span>
      <select
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
    </label>
  );
}
