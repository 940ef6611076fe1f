import { SEVERITY_WORDS } from './painOptions';

/** A severity as a number on its colour, the same scale as the card badges. */
export function SeverityChip({ severity }: { severity: number }) {
  const words = `severity ${severity} of 5 (${SEVERITY_WORDS[severity] ?? ''})`;
  return (
    <span className={`pp-chip pp-sev--${severity}`} title={words} aria-label={words}>
      {severity}
    </span>
  );
}
