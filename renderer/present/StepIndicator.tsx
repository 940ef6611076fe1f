import { useT } from '../i18n';

/** "Stage 3 of 7 · Pay" in a corner: small, so the map stays the subject, and read out when it changes. */
export function StepIndicator({
  kind,
  number,
  of,
  name,
}: {
  kind: 'stage' | 'lane';
  number: number;
  of: number;
  name: string;
}) {
  const t = useT('present');
  return (
    <div className="present-indicator" role="status" aria-label={t('indicator.label')}>
      <span className="present-indicator__step" data-testid="present-step">
        {kind === 'stage' ? t('indicator.stage', { number, of, name }) : t('indicator.lane', { number, of, name })}
      </span>
      <span className="present-indicator__keys" aria-hidden="true">
        {t('indicator.keys')}
      </span>
    </div>
  );
}
