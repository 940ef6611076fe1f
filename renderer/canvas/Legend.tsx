import { Position } from '@xyflow/react';
import type { LaneKind } from '../../shared/schema/lane';
import type { LinkKind } from '../../shared/schema/link';
import { EvidenceTag } from './EvidenceTag';
import { LANE_KIND } from './structure/laneKinds';
import { arrowHead } from './links/linkPath';
import { PainPointBadge } from './PainPointBadge';
import { useEditor } from '../store/useEditor';
import { OwnerNeededMark } from './team/OwnerNeededMark';
import '../styles/links.css';

// Each sample below wears the canvas's own class names, and the icons and words are the lane headers' own
// (LANE_KIND), so the legend shows what the canvas shows, even after the canvas is restyled.
const LANE_MEANINGS: { kind: LaneKind; side: 'customer' | 'organisation' | 'neutral'; meaning: string }[] = [
  { kind: 'customer', side: 'customer', meaning: 'what the customer does' },
  { kind: 'touchpoint', side: 'customer', meaning: 'channels and physical evidence' },
  { kind: 'frontstage', side: 'organisation', meaning: 'staff the customer sees' },
  { kind: 'backstage', side: 'organisation', meaning: 'staff the customer does not see' },
  { kind: 'support', side: 'organisation', meaning: 'support processes and systems' },
  { kind: 'employee', side: 'organisation', meaning: "the employee's own journey" },
  { kind: 'emotion', side: 'customer', meaning: 'a curve from −2 to +2 (customer or employee)' },
  { kind: 'metrics', side: 'neutral', meaning: 'scores per stage' },
  { kind: 'notes', side: 'neutral', meaning: 'anything else' },
];
const LANES = LANE_MEANINGS.map((l) => ({ ...l, ...LANE_KIND[l.kind] }));
const LINKS: { kind: LinkKind; label: string; hidden?: boolean }[] = [
  { kind: 'flow', label: 'Flow: one step after another' },
  { kind: 'support', label: 'Support: a step below the line enables one above it' },
  { kind: 'support', label: 'Hidden work: support crossing the line of visibility', hidden: true },
  { kind: 'handoff', label: 'Handoff: work passes between teams' },
];
const LINES = [
  { kind: 'interaction', label: 'Line of interaction', meaning: 'customer | organisation' },
  { kind: 'visibility', label: 'Line of visibility', meaning: 'seen | unseen by the customer' },
  { kind: 'internal', label: 'Line of internal interaction', meaning: 'staff | support systems' },
];

function LinkSample({ kind, hidden }: { kind: LinkKind; hidden: boolean }) {
  const heads =
    kind === 'handoff'
      ? [arrowHead(60, 10, Position.Left), arrowHead(60, 10, Position.Left, 9)]
      : [arrowHead(60, 10, Position.Left)];
  return (
    <svg className="legend__link" width="62" height="20" viewBox="0 0 62 20" aria-hidden="true">
      <g className={`link-edge link-edge--${kind}${hidden ? ' link-edge--hidden-work' : ''}`}>
        <path className="link-edge__line" d="M2 10 H52" />
        {heads.map((h) => (
          <path key={h} className="link-edge__head" d={h} />
        ))}
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
            <span className={`legend__lane lane-header lane-header--${l.side}`} aria-hidden="true">
              <span className="lane-header__icon">{l.icon}</span>
            </span>
            <span>
              <strong>{l.label}</strong> — {l.meaning}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="panel-heading">Blueprint lines</h3>
      <ul className="legend__list">
        {LINES.map((l) => (
          <li key={l.kind} className="legend__item">
            <span className="legend__line" aria-hidden="true">
              <span className={`blueprint-line blueprint-line--${l.kind}`} />
            </span>
            <span>
              <strong>{l.label}</strong> — {l.meaning}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="panel-heading">Links</h3>
      <ul className="legend__list">
        {LINKS.map((l) => (
          <li key={l.label} className="legend__item">
            <LinkSample kind={l.kind} hidden={l.hidden ?? false} />
            <span>{l.label}</span>
          </li>
        ))}
      </ul>
      <h3 className="panel-heading">Cards</h3>
      <ul className="legend__list">
        <li className="legend__item">
          <EvidenceTag evidence="observed" />
          <span>seen or measured</span>
        </li>
        <li className="legend__item">
          <EvidenceTag evidence="assumed" />
          <span>believed, not yet checked (cream card)</span>
        </li>
        <li className="legend__item">
          <EvidenceTag evidence="proposed" />
          <span>a future step (dashed, lilac card)</span>
        </li>
        <li className="legend__item">
          <PainPointBadge count={2} />
          <span>pain points on the card</span>
        </li>
        <li className="legend__item">
          <OwnerNeededMark />
          <span>a backstage or support step no team owns</span>
        </li>
        <li className="legend__item">
          <span className="legend__dimmed" aria-hidden="true">
            Card
          </span>
          <span>faded: outside the team filter</span>
        </li>
      </ul>
      <h3 className="panel-heading">Teams (left stripe of a card)</h3>
      {teams.length === 0 ? (
        <p className="inspector__hint">No teams yet.</p>
      ) : (
        <ul className="legend__list">
          {teams.map((t) => (
            <li key={t.id} className="legend__item">
              <span className="legend__team" style={{ borderLeftColor: t.color }} aria-hidden="true" />
              <span>{t.name}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
