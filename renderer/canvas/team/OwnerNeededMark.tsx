import { useCardT } from '../../insight/format/useLanguageNow';

/**
 * The "owner needed" mark of a below-the-line card without a team (see `needsOwner` in shared/teamFilter):
 * a flag and words, never colour alone. The card footer and the legend both show this one component.
 */
export function OwnerNeededMark() {
  const t = useCardT('canvas');
  return (
    <span className="owner-needed" title={t('owner.neededTitle')}>
      <span aria-hidden="true">⚑</span> {t('owner.needed')}
    </span>
  );
}
