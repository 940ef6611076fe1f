import { memo, useId, useMemo } from 'react';
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from '../../shared/layout';
import type { PrintPlan } from '../../shared/render/print';
import { measureMap, renderMapSvg } from '../../shared/render/svg';
import type { TandemDoc } from '../../shared/schema/document';
import { useT } from '../i18n';

/**
 * The exported picture, drawn by the same `renderMapSvg` the export uses, with the PDF's tile grid over it.
 *
 * The SVG goes in as an image (a data: URL in an SVG <image>), never as markup in the page: an SVG shown as an
 * image runs no script and loads nothing, whatever it contains, so the preview stays safe even if a bug in the
 * renderer's escaping let markup through, and its ids and styles cannot clash with the app's own.
 */
export const ExportPreview = memo(function ExportPreview({
  doc,
  transparent,
  plan,
}: {
  doc: TandemDoc;
  transparent: boolean;
  plan: PrintPlan | null;
}) {
  const t = useT('exportDialog');
  const background = transparent ? 'transparent' : 'white';
  const { url, width, height, grid } = useMemo(() => {
    const m = measureMap(doc, { background });
    const svg = renderMapSvg(doc, { background });
    return {
      url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
      width: m.width,
      height: m.height,
      grid: m.grid,
    };
  }, [doc, background]);
  // useId's characters are not all valid in a url(#…) reference.
  const checker = `export-checker-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const tiles = plan?.tiles ?? [];
  const x0 = grid.x + LANE_HEADER_WIDTH;
  const y0 = grid.y + STAGE_HEADER_HEIGHT;
  // Lines and labels keep the same size on screen whatever the map's size.
  const unit = Math.max(width, height) / 600;
  return (
    <figure
      className={`export-preview${transparent ? ' export-preview--transparent' : ''}`}
      data-testid="export-preview"
    >
      <svg
        className="export-preview__image"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={doc.meta.title ? t('preview.of', { title: doc.meta.title }) : t('preview.untitled')}
      >
        {transparent && (
          // A chequerboard shows where a transparent export has no background.
          <defs>
            <pattern id={checker} width={16 * unit} height={16 * unit} patternUnits="userSpaceOnUse">
              <rect width={16 * unit} height={16 * unit} fill="#ffffff" />
              <rect width={8 * unit} height={8 * unit} fill="#e2e8f0" />
              <rect x={8 * unit} y={8 * unit} width={8 * unit} height={8 * unit} fill="#e2e8f0" />
            </pattern>
          </defs>
        )}
        <rect
          x={0}
          y={0}
          width={width}
          height={height}
          fill={transparent ? `url(#${checker})` : '#ffffff'}
          className="export-preview__paper"
        />
        <image href={url} x={0} y={0} width={width} height={height} />
        {tiles.map((tile, i) => (
          <g key={`${tile.row}-${tile.col}`} className="export-preview__tile" data-testid="preview-tile">
            <rect
              x={x0 + tile.x}
              y={y0 + tile.y}
              width={tile.width}
              height={tile.height}
              fill="none"
              stroke="#c0392b"
              strokeWidth={1.5 * unit}
              strokeDasharray={`${6 * unit} ${4 * unit}`}
            />
            <text
              x={x0 + tile.x + 6 * unit}
              y={y0 + tile.y + 16 * unit}
              fontSize={14 * unit}
              fontWeight={700}
              fill="#c0392b"
              stroke="#ffffff"
              strokeWidth={3 * unit}
              paintOrder="stroke"
            >
              {t('preview.page', { page: i + 2 })}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
});
