import { memo } from 'react';

/** The top-left corner where the stage row meets the lane column, so the header frame reads as one. */
export const CornerNode = memo(function CornerNode() {
  return (
    <div className="corner">
      <span>Lanes ↓</span>
      <span>Stages →</span>
    </div>
  );
});
