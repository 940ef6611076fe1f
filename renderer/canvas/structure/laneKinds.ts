import type { Side } from '../../../shared/schema/common';
import type { LaneKind } from '../../../shared/schema/lane';

/** How each lane kind shows in its header: an icon that survives greyscale, and a word. */
export const LANE_KIND: Record<LaneKind, { icon: string; label: string }> = {
  customer: { icon: '●', label: 'Customer' },
  touchpoint: { icon: '◆', label: 'Touchpoint' },
  frontstage: { icon: '▲', label: 'Frontstage' },
  backstage: { icon: '▼', label: 'Backstage' },
  support: { icon: '■', label: 'Support' },
  employee: { icon: '◐', label: 'Employee' },
  emotion: { icon: '♥', label: 'Emotion' },
  metrics: { icon: '≡', label: 'Metrics' },
  notes: { icon: '✎', label: 'Notes' },
};

/** One choice of the "add lane" menu: a kind, the side for emotion lanes, and the new lane's title. */
export interface LaneChoice {
  kind: LaneKind;
  side?: Side;
  title: string;
}

/** The lanes a user can add, in the order of a blueprint from the customer down to support. */
export const LANE_CHOICES: LaneChoice[] = [
  { kind: 'customer', title: 'Customer actions' },
  { kind: 'touchpoint', title: 'Touchpoints' },
  { kind: 'frontstage', title: 'Frontstage actions' },
  { kind: 'backstage', title: 'Backstage actions' },
  { kind: 'support', title: 'Support processes' },
  { kind: 'employee', title: 'Employee journey' },
  { kind: 'emotion', side: 'customer', title: 'Customer emotion' },
  { kind: 'emotion', side: 'employee', title: 'Employee emotion' },
  { kind: 'metrics', title: 'Metrics' },
  { kind: 'notes', title: 'Notes' },
];
