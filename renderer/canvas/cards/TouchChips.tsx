import { useT } from '../../i18n';
import '../../styles/touchChips.css';

/** Chips shown on a card; more teams than this are counted ("+2"), all named in the tooltip. */
const SHOWN = 2;

/**
 * The teams that said "we touch this" of a card in a workshop: a small chip in each team's colour with its name
 * (team names are user text, shown as text). Read by the team view's "What my team touches" too.
 */
export function TouchChips({ touches }: { touches: readonly { name: string; color: string }[] }) {
  const t = useT('workshop');
  if (touches.length === 0) return null;
  const names = touches.map((x) => x.name).join(', ');
  const more = touches.length - SHOWN;
  return (
    <span
      className="touch-chips"
      role="img"
      aria-label={t('touch.chipsLabel', { teams: names })}
      title={t('touch.chipsLabel', { teams: names })}
    >
      {touches.slice(0, SHOWN).map((x) => (
        <span key={x.name} className="touch-chip" style={{ borderColor: x.color }}>
          <span className="touch-chip__dot" style={{ background: x.color }} />
          <span className="touch-chip__name">{x.name}</span>
        </span>
      ))}
      {more > 0 && <span className="touch-chip touch-chip--more">{t('touch.more', { n: more })}</span>}
    </span>
  );
}
