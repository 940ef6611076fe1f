import type { LaneKind } from '../../shared/schema/lane';
import type { LinkKind } from '../../shared/schema/link';
import { EvidenceTag } from '../canvas/EvidenceTag';
import { PainPointBadge } from '../canvas/PainPointBadge';
import { useEditor } from '../store/useEditor';
import { OwnerNeededMark } from './OwnerNeededMark';

// Each sample below wears the canvas's own class names, so the legend shows what the canvas shows, even after
// the canvas is restyled. The icons mirror LaneHeaderNode's.
const LANES: { kind: LaneKind; side: 'customer' | 'organisation' | 'neutral'; icon: string; label: string; meaning: string }[] = [
  { kind: 'customer', side: 'customer', icon: '●', label: 'Customer', meaning: 'what the customer does' },
  { kind: 'touchpoint', side: 'customer', icon: '◆', label: 'Touchpoint', meaning: 'channels and physical evidence' },
  { kind: 'frontstage', side: 'organisation', icon: '▲', label: 'Frontstage', meaning: 'staff the customer sees' },
  { kind: 'backstage', side: 'organisation', icon: '▼', label: 'Backstage', meaning: 'staff the customer does not see' },
  { kind: 'support', side: 'organisation', icon: '■', label: 'Support', meaning: 'support processes and systems' },
  { kind: 'employee', side: 'organisation', icon: '◐', label: 'Employee', meaning: 'the employee\'s own journey' },
  { kind: 'emotion', side: 'customer', icon: '♥', label: 'Emotion', meaning: 'a curve from −2 to +2 (customer or employee)' },
  { kind: 'metrics', side: 'neutral', icon: '≡', label: 'Metrics', meaning: 'scores per stage' },
  { kind: 'notes', side: 'neutral', icon: '✎', label: 'Notes', meaning: 'anything else' },
];
const LINKS: { kind: LinkKind; label: string; arrow: boolean }[] = [
  { kind: 'flow', label: 'Flow: one step after another', arrow: true },
  { kind: 'support', label: 'Support: a step below the line enables one above it', arrow: false },
  { kind: 'handoff', label: 'Handoff: work passes between teams', arrow: true },
];
const LINES = [
  { kind: 'interaction', label: 'Line of interaction', meaning: 'customer | organisation' },
  { kind: 'visibility', label: 'Line of visibility', meaning: 'seen | unseen by the customer' },
  { kind: 'internal', label: 'Line of internal interaction', meaning: 'staff | support systems' },
];

function LinkSample({ kind, arrow }: { kind: LinkKind; arrow: boolean }) {
  return (
    <svg className="legend__link" width="56" height="16" viewBox="0 0 56 16" aria-hidden="true">
      <g className={`react-flow__edge link link--${kind}`}>
        <path className="react-flow__edge-path" d="M2 8 H48" />
        {arrow && <path className={`legend__arrow legend__arrow--${kind}`} d="M44 3 L54 8 L44 13 Z" />}
      </g>
    </svg>
  );
}

/** What every mark on the canvas means: lanes, blueprint lines, links, evidence, pain, ownership and teams. */
export function Legend() {
  const teams = useEditor((s) => s.doc.teams);
  return (
    <section className="legend" aria-label="Legend">
      <h3 className="panel-heading">Lanes</h3>
      <ul className="legend__list">
        {LANES.map((l) => (
          <li key={l.kind} className="legend__item">
            <span className={`legend__lane lane-header lane-header--${l.side}`} aria-hidden="true"><span className="lane-header__icon">{l.icon}</span></span>
            <span><strong>{l.label}</strong> — {l.meaning}</span>
          </li>
        ))}
      </ul>
      <h3 className="panel-heading">Blueprint lines</h3>
      <ul className="legend__list">
        {LINES.map((l) => (
          <li key={l.kind} className="legend__item">
            <span className="legend__line" aria-hidden="true"><span className={`blueprint-line blueprint-line--${l.kind}`} /></span>
            <span><strong>{l.label}</strong> — {l.meaning}</span>
          </li>
        ))}
      </ul>
      <h3 className="panel-heading">Links</h3>
      <ul className="legend__list">
        {LINKS.map((l) => (
          <li key={l.kind} className="legend__item"><LinkSample kind={l.kind} arrow={l.arrow} /><span>{l.label}</span></li>
        ))}
      </ul>
      <h3 className="panel-heading">Cards</h3>
      <ul className="legend__list">
        <li className="legend__item"><EvidenceTag evidence="observed" /><span>seen or measured</span></li>
        <li className="legend__item"><EvidenceTag evidence="assumed" /><span>believed, not yet checked (cream card)</span></li>
        <li className="legend__item"><EvidenceTag evidence="proposed" /><span>a future step (dashed, lilac card)</span></li>
        <li className="legend__item"><PainPointBadge count={2} /><span>pain points on the card</span></li>
        <li className="legend__item"><OwnerNeededMark /><span>a backstage or support step no team owns</span></li>
        <li className="legend__item"><span className="legend__dimmed" aria-hidden="true">Card</span><span>faded: outside the team filter</span></li>
      </ul>
      <h3 className="panel-heading">Teams (left stripe of a card)</h3>
      {teams.length === 0 ? (
        <p className="inspector__hint">No teams yet.</p>
      ) : (
        <ul className="legend__list">
          {teams.map((t) => (
            <li key={t.id} className="legend__item"><span className="legend__team" style={{ borderLeftColor: t.color }} aria-hidden="true" /><span>{t.name}</span></li>
          ))}
        </ul>
      )}
    </section>
  );
}
