import { CELL_PADDING, EMOTION_CARD_HEIGHT } from '../../../shared/layout';
import { sayIn } from '../../i18n';

/**
 * The five levels of the emotion scale, from the bottom of the lane to the top (signs, not emoji: projector fonts
 * lack some faces); `key` names the level's word in the canvas catalogue.
 */
export const EMOTION_LEVELS = [
  { value: -2, key: 'emotion.level.veryNegative', sign: '−2' },
  { value: -1, key: 'emotion.level.negative', sign: '−1' },
  { value: 0, key: 'emotion.level.neutral', sign: '0' },
  { value: 1, key: 'emotion.level.positive', sign: '+1' },
  { value: 2, key: 'emotion.level.veryPositive', sign: '+2' },
] as const;

/** The word for an emotion value (rounded to its level), in the UI's language now. */
export function emotionWord(value: number): string {
  return sayIn('canvas')(EMOTION_LEVELS.find((l) => l.value === snapEmotion(value))?.key ?? 'emotion.level.neutral');
}

/** Rounds any number to one of the five levels, −2…+2. */
export function snapEmotion(value: number): number {
  return Math.max(-2, Math.min(2, Math.round(value))) || 0; // never −0
}

/**
 * The y of a card's centre, relative to the lane's top, for a value; the same arithmetic as the layout uses
 * to place emotion cards (+2 at the top, −2 at the bottom).
 */
export function emotionCentreY(laneHeight: number, value: number): number {
  const travel = laneHeight - 2 * CELL_PADDING - EMOTION_CARD_HEIGHT;
  return CELL_PADDING + ((2 - value) / 4) * travel + EMOTION_CARD_HEIGHT / 2;
}

/** The snapped value for a centre y relative to the lane's top: the inverse of `emotionCentreY`. */
export function emotionAt(laneHeight: number, centreY: number): number {
  const travel = laneHeight - 2 * CELL_PADDING - EMOTION_CARD_HEIGHT;
  if (travel <= 0) return 0;
  return snapEmotion(2 - (4 * (centreY - CELL_PADDING - EMOTION_CARD_HEIGHT / 2)) / travel);
}
