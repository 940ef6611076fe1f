import { scaleWord } from '../../../shared/vocabulary';

/** A severity as a number on its colour, the same scale as the card badges. */
export function SeverityChip({ severity }: { severity: number }) {
  const words = `severity ${severity} of 5 (${scaleWord('severity', severity)})`;
  return (
    <span className={`pp-chip pp-sev--${severity}`} title={words} aria-label={words}>
      {severity}
    </span>
  );
}
