import { PainBadgeView } from './PainPointBadge';
import { scaleWord } from '../../../shared/vocabulary';

/** The pain badge explained: the side marks and the five severity colours, for the map legend. */
export function PainScaleLegend() {
  return (
    <div className="pp-legend">
      <p className="pp-legend__row">
        <PainBadgeView count={2} worst={4} side="customer" />
        <span>2 pain points, the worst severity 4; C customer, E employee, C+E both</span>
      </p>
      <p className="pp-legend__row">
        {[1, 2, 3, 4, 5].map((s) => (
          <span key={s} className={`pp-chip pp-sev--${s}`} title={`severity ${s}: ${scaleWord('severity', s)}`}>
            {s}
          </span>
        ))}
        <span>severity, minor to critical</span>
      </p>
    </div>
  );
}
