import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { BlueprintLineFlowNode } from './flowTypes';
import { useVocabulary } from '../i18n';

/** A dashed line of the service blueprint across the map, labelled to the right of the last stage. */
export const BlueprintLineNode = memo(function BlueprintLineNode({ data }: NodeProps<BlueprintLineFlowNode>) {
  // The label follows the UI language at once (issue 14); the layout's English label is the fallback shape only.
  const vocabulary = useVocabulary();
  return (
    <div className={`blueprint-line blueprint-line--${data.kind}`}>
      <span className="blueprint-line__label" style={{ left: data.labelX }}>
        {vocabulary(`blueprintLine.${data.kind}`)}
      </span>
    </div>
  );
});
