import '../../styles/sites.css';
import { useT } from '../../i18n';

/** All sites, or one: the scorecard shows the figures of the answers that name it. */
export function SitePicker({
  sites,
  value,
  onChange,
}: {
  sites: readonly string[];
  value: string | null;
  onChange: (site: string | null) => void;
}) {
  const t = useT('evidence');
  if (sites.length === 0) return null;
  return (
    <label className="site-picker">
      {t('sites.picker')}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">{t('sites.all')}</option>
        {sites.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </label>
  );
}
