import { STATUS_TEXT, type TargetStatus } from './figures';

const GLYPH: Record<TargetStatus, string> = { met: '✓', near: '≈', missed: '✗', none: '' };

/** The glyph that says met / near / below target without relying on colour; its words are for screen readers. */
export function StatusMark({ status, words = false }: { status: TargetStatus; words?: boolean }) {
  if (status === 'none') return words ? <span className="status-mark status-mark--none">no target</span> : null;
  return (
    <span
      className={`status-mark status-mark--${status}`}
      role="img"
      aria-label={STATUS_TEXT[status]}
      title={STATUS_TEXT[status]}
    >
      <span aria-hidden="true">{GLYPH[status]}</span>
      {words && <span aria-hidden="true"> {STATUS_TEXT[status]}</span>}
    </span>
  );
}
