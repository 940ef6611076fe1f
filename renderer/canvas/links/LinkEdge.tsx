import { memo, useState } from 'react';
import { ViewportPortal, type EdgeProps } from '@xyflow/react';
import { useLinkDimmed } from '../team/useLinkDimmed';
import { useLinkTraceDimmed } from '../../insight/trace/useCardTraceState';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useT } from '../../i18n';
import type { LinkFlowEdge } from '../flowTypes';
import { arrowHead, linkPath, pathPieces } from './linkPath';
import { LinkToolbar } from './LinkToolbar';
import '../../styles/links.css';

/**
 * A link between two cards. Flow is solid with an arrow, support dashed in the back-office colour, handoff
 * dotted with a double arrow; support from below the line of visibility to a moment above it is drawn heavier
 * and tagged "hidden work". Click it to retype, relabel or delete it. Labels sit above the cards (in the viewport
 * portal): a link's middle often runs through the narrow gap beside a card, where a label under the cards is lost.
 */
export const LinkEdge = memo(function LinkEdge(props: EdgeProps<LinkFlowEdge>) {
  const { id, source, target, data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const store = useEditorStore();
  const t = useT('canvas');
  const selected = useEditor((s) => s.selectedLinkId === id);
  // Links fade with their cards under the team filter and during a root-cause trace (boolean selectors, cached per document).
  const teamDimmed = useLinkDimmed(id);
  const traceDimmed = useLinkTraceDimmed(source, target);
  const dimmed = (teamDimmed || traceDimmed) && !selected;
  const [hover, setHover] = useState(false);
  const mark = useEditor((s) => s.viewing?.marks?.links.get(id) ?? null);
  if (!data) return null;
  const path = linkPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }, data);
  const { d, labelX } = path;
  const labelY = data.labelY ?? path.labelY;
  const heads =
    data.kind === 'handoff'
      ? [arrowHead(targetX, targetY, targetPosition), arrowHead(targetX, targetY, targetPosition, 9)]
      : [arrowHead(targetX, targetY, targetPosition)];
  const showTag = data.hidden && (hover || selected);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hovering only shows the Hidden work tag, which selecting the link shows too
    <g
      className={`link-edge link-edge--${data.kind}${data.hidden ? ' link-edge--hidden-work' : ''}${selected ? ' link-edge--selected' : ''}${dimmed ? ' link-edge--dimmed' : ''}${mark ? ` link-edge--mark-${mark}` : ''}`}
      data-mark={mark ?? undefined}
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
    >
      <path className="link-edge__hit" d={d} />
      {selected && <path className="link-edge__halo" d={d} />}
      {data.kind === 'flow' && !data.hidden ? (
        <path className="link-edge__line" d={d} />
      ) : (
        pathPieces(d).map((p, i) => (
          // Keyed by place, so a moving link updates its pieces instead of replacing them.
          // biome-ignore lint/suspicious/noArrayIndexKey: the place is the identity here (see above)
          <path key={i} className="link-edge__line" d={p.d} style={{ strokeDashoffset: -p.offset }} />
        ))
      )}
      {heads.map((h) => (
        <path key={h} className="link-edge__head" d={h} />
      ))}
      {(data.label !== '' || showTag) && (
        <ViewportPortal>
          <button
            type="button"
            className={`link-label nodrag nopan link-label--${data.kind}${dimmed ? ' link-label--dimmed' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            onClick={() => store.getState().selectLink(id)}
          >
            {showTag && <span className="link-label__tag">{t('link.hiddenWork')}</span>}
            {data.label}
          </button>
        </ViewportPortal>
      )}
      {selected && <LinkToolbar id={id} kind={data.kind} label={data.label} x={labelX} y={labelY} />}
    </g>
  );
});
