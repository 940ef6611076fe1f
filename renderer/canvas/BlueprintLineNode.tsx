import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { BlueprintLineFlowNode } from './flowTypes';
import { useVocabulary } from '../i18n';

/** A dashed line of the service blueprint across the map, labelled to the right of the last stage in the UI's language. */
export const BlueprintLineNode = memo(function BlueprintLineNode({ data }: NodeProps<BlueprintLineFlowNode>) {
  const vocab = useVocabulary();
  return (
    // biome-ignore lint/a11y/useSemanticElements: an <hr> cannot hold the line's printed label beside it
    <div
      className={`blueprint-line blueprint-line--${data.kind}`}
      role="separator"
      aria-label={vocab(`blueprintLine.${data.kind}`)}
    >
      <span className="blueprint-line__label" style={{ left: data.labelX }}>
        {vocab(`blueprintLine.${data.kind}`)}
      </span>
    </div>
  );
});
