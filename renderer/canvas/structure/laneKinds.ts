import type { Side } from '../../../shared/schema/common';
import type { LaneKind } from '../../../shared/schema/lane';
import { vocabularyNow } from '../../i18n';

/** The icon of each lane kind in its header, one that survives greyscale; the word is `laneKind.*` in the vocabulary. */
export const LANE_ICON: Record<LaneKind, string> = {
  customer: '●',
  touchpoint: '◆',
  frontstage: '▲',
  backstage: '▼',
  support: '■',
  employee: '◐',
  emotion: '♥',
  metrics: '≡',
  notes: '✎',
};

/** One choice of the "add lane" menu: a kind, the side for emotion lanes, and the new lane's title. */
export interface LaneChoice {
  kind: LaneKind;
  side?: Side;
  title: string;
}

type Plain = Exclude<LaneKind, 'emotion'>;
// The title is read when the menu is drawn, so it is in the UI's language of that moment.
const plain = (kind: Plain): LaneChoice => ({
  kind,
  get title() {
    return vocabularyNow(`laneTitle.${kind}`);
  },
});
const emotion = (side: Side): LaneChoice => ({
  kind: 'emotion',
  side,
  get title() {
    return vocabularyNow(`laneTitle.emotion.${side}`);
  },
});

/** The lanes a user can add, in the order of a blueprint from the customer down to support. */
export const LANE_CHOICES: LaneChoice[] = [
  plain('customer'),
  plain('touchpoint'),
  plain('frontstage'),
  plain('backstage'),
  plain('support'),
  plain('employee'),
  emotion('customer'),
  emotion('employee'),
  plain('metrics'),
  plain('notes'),
];
