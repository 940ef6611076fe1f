import type { LaneSide } from '../layout';
import type { LinkKind } from '../schema/link';

/** Colours of the printed map. Chosen to survive greyscale printing: every meaning also has a shape or a word. */
export const COLORS = {
  ink: '#1f2933',
  muted: '#5f6b7a',
  faint: '#9aa5b1',
  grid: '#d5dae1',
  cardFill: '#ffffff',
  cardStroke: '#b8c0cc',
  headerFill: '#e9edf2',
  // The canvas's colours (renderer/styles/canvas.css): the customer side warm, the organisation side cool.
  customerCurve: '#c2410c',
  employeeCurve: '#1d4ed8',
  /** The perception-gap badge, as on the canvas (renderer/styles/insight.css). */
  gap: '#7c2d12',
} as const;

/** Fills of a lane by side, as on the canvas: band, every other band, header, header accent and kind label. */
export const LANE_FILL: Record<
  LaneSide,
  { band: string; striped: string; header: string; accent: string; kind: string }
> = {
  customer: { band: '#fff6e6', striped: '#ffefd2', header: '#fde7bf', accent: '#b45309', kind: '#7c2d12' },
  organisation: { band: '#eef4fb', striped: '#e2ecf8', header: '#d5e3f5', accent: '#1d4ed8', kind: '#1e3a8a' },
  neutral: { band: '#f4f5f7', striped: '#eceef2', header: '#e5e7eb', accent: '#475569', kind: '#334155' },
};

/** The ink of a figure's target mark, as the canvas's metric figures (renderer/styles/insight.css). */
export const STATUS_COLOR: Record<'met' | 'near' | 'missed', string> = {
  met: '#14532d',
  near: '#713f12',
  missed: '#7f1d1d',
};

/** Stroke style of each link kind: flow solid, support dashed, handoff dotted. */
export const LINK_STYLE: Record<LinkKind, { color: string; dash?: string }> = {
  flow: { color: '#3d4b5c' },
  support: { color: '#6d597a', dash: '7 4' },
  handoff: { color: '#b5651d', dash: '1.5 4' },
};

/** Pain severity 1…5 from pale amber to deep red. */
export const SEVERITY_COLORS = ['#f2c14e', '#f2a541', '#f08a4b', '#e05a47', '#b8283a'] as const;

/** The colour of a severity (clamped to 1…5). */
export function severityColor(severity: number): string {
  const i = Math.min(5, Math.max(1, Math.round(severity))) - 1;
  return SEVERITY_COLORS[i] ?? '#b8283a';
}
