import { memo } from 'react';
import { useT } from '../i18n';

/** The top-left corner where the stage row meets the lane column, so the header frame reads as one. */
export const CornerNode = memo(function CornerNode() {
  const t = useT('canvas');
  return (
    <div className="corner">
      <span>{t('corner.lanes')}</span>
      <span>{t('corner.stages')}</span>
    </div>
  );
});
