import { Position } from '@xyflow/react';
import { type Evidence, evidenceSchema } from '../../shared/schema/card';
import type { LaneKind } from '../../shared/schema/lane';
import { type LinkKind, linkKindSchema } from '../../shared/schema/link';
import type { Translate } from '../../shared/vocabulary';
import { Trans } from 'react-i18next';
import { useT, useVocabulary } from '../i18n';
import { EvidenceTag } from './EvidenceTag';
import { LANE_ICON } from './structure/laneKinds';
import { arrowHead } from './links/linkPath';
import { PainBadgeView } from '../insight/painPoints/PainPointBadge';
import { useEditor } from '../store/useEditor';
import { OwnerNeededMark } from './team/OwnerNeededMark';
import '../styles/links.css';

// Each sample below wears the canvas's own class names, and the icons and words are the lane headers' own
// (LANE_ICON and the vocabulary), so the legend shows what the canvas shows, even after the canvas is restyled.
const LANES: { kind: LaneKind; side: 'customer' | 'organisation' | 'neutral' }[] = [
  { kind: 'customer', side: 'customer' },
  { kind: 'touchpoint', side: 'customer' },
  { kind: 'frontstage', side: 'organisation' },
  { kind: 'backstage', side: 'organisation' },
  { kind: 'support', side: 'organisation' },
  { kind: 'employee', side: 'organisation' },
  { kind: 'emotion', side: 'customer' },
  { kind: 'metrics', side: 'neutral' },
  { kind: 'notes', side: 'neutral' },
];
const LINES = ['interaction', 'visibility', 'internal'] as const;
/** What a card's evidence looks like besides its tag (an observed card looks plain). */
const EVIDENCE_LOOK = { observed: null, assumed: 'legend.look.assumed', proposed: 'legend.look.proposed' } as const;

/** The link samples: every kind, and support crossing the line of visibility drawn as hidden work. */
function linkItems(
  t: ReturnType<typeof useT<'canvas'>>,
  vocab: Translate,
): { kind: LinkKind; text: string; hidden: boolean }[] {
  const items = linkKindSchema.options.map((kind) => ({
    kind,
    text: t('legend.linkItem', { kind: vocab(`linkKind.${kind}`), meaning: vocab(`linkKindMeaning.${kind}`) }),
    hidden: false,
  }));
  const hidden = { kind: 'support' as const, text: t('legend.hiddenWork'), hidden: true };
  return [...items.slice(0, 2), hidden, ...items.slice(2)];
}

/** A legend line that names a term in bold and says what it means. */
function Term({ term, meaning }: { term: string; meaning: string }) {
  const t = useT('canvas');
  return <Trans t={t} i18nKey="legend.term" values={{ term, meaning }} components={{ b: <strong /> }} />;
}

/** What a card of this evidence means, and how it looks besides its tag. */
function EvidenceMeaning({ evidence, meaning }: { evidence: Evidence; meaning: string }) {
  const t = useT('canvas');
  const look = EVIDENCE_LOOK[evidence];
  return <>{look ? t(look, { meaning }) : meaning}</>;
}

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
  const t = useT('canvas');
  const vocab = useVocabulary();
  const teams = useEditor((s) => s.doc.teams);
  return (
    <section className="legend" aria-label={t('legend.label')}>
      <h3 className="panel-heading">{t('legend.lanes')}</h3>
      <ul className="legend__list">
        {LANES.map((l) => (
          <li key={l.kind} className="legend__item">
            <span className={`legend__lane lane-header lane-header--${l.side}`} aria-hidden="true">
              <span className="lane-header__icon">{LANE_ICON[l.kind]}</span>
            </span>
            <span>
              <Term term={vocab(`laneKind.${l.kind}`)} meaning={vocab(`laneKindMeaning.${l.kind}`)} />
            </span>
          </li>
        ))}
      </ul>
      <h3 className="panel-heading">{t('legend.blueprintLines')}</h3>
      <ul className="legend__list">
        {LINES.map((kind) => (
          <li key={kind} className="legend__item">
            <span className="legend__line" aria-hidden="true">
              <span className={`blueprint-line blueprint-line--${kind}`} />
            </span>
            <span>
              <Term term={vocab(`blueprintLine.${kind}`)} meaning={vocab(`blueprintLineMeaning.${kind}`)} />
            </span>
          </li>
        ))}
      </ul>
      <h3 className="panel-heading">{t('legend.links')}</h3>
      <ul className="legend__list">
        {linkItems(t, vocab).map((l) => (
          <li key={l.text} className="legend__item">
            <LinkSample kind={l.kind} hidden={l.hidden} />
            <span>{l.text}</span>
          </li>
        ))}
      </ul>
      <h3 className="panel-heading">{t('legend.cards')}</h3>
      <ul className="legend__list">
        {evidenceSchema.options.map((evidence) => (
          <li key={evidence} className="legend__item">
            <EvidenceTag evidence={evidence} />
            <span>
              <EvidenceMeaning evidence={evidence} meaning={vocab(`evidenceMeaning.${evidence}`)} />
            </span>
          </li>
        ))}
        <li className="legend__item">
          <PainBadgeView count={2} worst={4} side="customer" />
          <span>
            {t('legend.painBadge', {
              customer: vocab('painSideMark.customer'),
              employee: vocab('painSideMark.employee'),
              both: vocab('painSideMark.both'),
            })}
          </span>
        </li>
        <li className="legend__item">
          <OwnerNeededMark />
          <span>{t('legend.ownerNeeded')}</span>
        </li>
        <li className="legend__item">
          <span className="legend__dimmed" aria-hidden="true">
            {t('legend.dimmedSample')}
          </span>
          <span>{t('legend.dimmed')}</span>
        </li>
      </ul>
      <h3 className="panel-heading">{t('legend.teams')}</h3>
      {teams.length === 0 ? (
        <p className="inspector__hint">{t('legend.noTeams')}</p>
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
