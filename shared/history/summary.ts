import type { ChangeCount, ChangedObject } from '../schema/version';
import { label, type Translate, type VocabKey } from '../vocabulary';

/** The count word of each kind of object ("3 pain points"); its singular names the kind ("card"). */
export const COUNT_KEY: Record<ChangedObject, VocabKey> = {
  cards: 'count.card',
  painPoints: 'count.painPoint',
  links: 'count.link',
  stages: 'count.stage',
  lanes: 'count.lane',
  teams: 'count.team',
  personas: 'count.persona',
  opportunities: 'count.opportunity',
  metrics: 'count.metric',
  metricValues: 'count.metricValue',
  pairings: 'count.pairing',
  voteRounds: 'count.voteRound',
  notes: 'count.note',
  map: 'count.mapSettings',
};

/** One count in words: "+12 cards", "−1 link", "1 stage renamed". */
export function changeText(c: ChangeCount, t?: Translate): string {
  const what = label(COUNT_KEY[c.object], { count: c.count, t });
  return label(`versionChange.${c.change}`, { t }).replace('{{what}}', what);
}

/**
 * What changed, in one line: "+12 cards, 3 pain points changed, 1 stage renamed". At most `max` counts are spoken;
 * the rest are summed up as "…".
 */
export function summaryLine(counts: readonly ChangeCount[], options: { t?: Translate; max?: number } = {}): string {
  const { t, max = 4 } = options;
  if (counts.length === 0) return label('versionChange.none', { t });
  const shown = counts.slice(0, max).map((c) => changeText(c, t));
  return counts.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}
