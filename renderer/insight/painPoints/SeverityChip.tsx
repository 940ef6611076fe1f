import { scaleWord } from '../../../shared/vocabulary';
import { useT, useVocabulary } from '../../i18n';

/** A severity as a number on its colour, the same scale as the card badges. */
export function SeverityChip({ severity }: { severity: number }) {
  const t = useT('insight');
  const vocab = useVocabulary();
  const words = t('pain.severityChip', { severity, word: scaleWord('severity', severity, vocab) });
  return (
    <span className={`pp-chip pp-sev--${severity}`} role="img" title={words} aria-label={words}>
      <span aria-hidden="true">{severity}</span>
    </span>
  );
}
