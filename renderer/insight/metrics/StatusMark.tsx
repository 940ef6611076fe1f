import { useT } from '../../i18n';
import { STATUS_GLYPH as GLYPH } from '../../../shared/metrics/targets';
import type { TargetStatus } from './figures';

/** The glyph that says met / near / below target without relying on colour; its words are for screen readers. */
export function StatusMark({ status, words = false }: { status: TargetStatus; words?: boolean }) {
  const t = useT('evidence');
  const text = t(`status.${status}`);
  if (status === 'none') return words ? <span className="status-mark status-mark--none">{text}</span> : null;
  return (
    <span className={`status-mark status-mark--${status}`} role="img" aria-label={text} title={text}>
      <span aria-hidden="true">{GLYPH[status]}</span>
      {words && <span aria-hidden="true"> {text}</span>}
    </span>
  );
}
