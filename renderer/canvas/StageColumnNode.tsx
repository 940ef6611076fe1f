import { memo } from 'react';

/** The divider on the right of a stage column, from the header to the bottom of the map. */
export const StageColumnNode = memo(function StageColumnNode() {
  return <div className="stage-column" />;
});
