import { memo, useCallback, useEffect, useRef, useSyncExternalStore, type PointerEvent } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { MapLayout } from '../../shared/layout';
import { layoutOf } from '../canvas/layoutOf';
import { useEditor } from '../store/useEditor';
import { useT } from '../i18n';
import type { ThemeName } from '../../shared/theme/palette';
import { tokenColour } from '../../shared/theme/palette';
import { onThemeChange, shownTheme } from '../theme/theme';

// Lane bands carry the side: warm for the customer, blue for the organisation, grey for the rest. Cards are
// dark (light in the dark themes) so they stand out on either; headers, columns and lines would only add noise at
// this size. The bitmap is painted from the palette, in the theme on screen.
const SIDE_TONES = { customer: 'amber-250', organisation: 'blue-250', neutral: 'gray-300' } as const;
const CARD_TONE = 'slate-700';

/**
 * The minimap's width for a canvas: 200 px on a roomy canvas, down to 120 px on a small one, so on a
 * 1280 × 720 projector with the register open it does not cover a quarter of what is left of the map.
 */
export function miniMapWidth(canvasWidth: number, canvasHeight: number): number {
  return Math.round(Math.max(120, Math.min(200, canvasWidth * 0.16, canvasHeight * 0.3)));
}

/** Where the map sits inside the minimap: a uniform scale and the offset that centres it. */
export function miniMapFit(layout: Pick<MapLayout, 'width' | 'height'>, width: number, height: number) {
  const scale = Math.min(width / Math.max(1, layout.width), height / Math.max(1, layout.height));
  return { scale, x: (width - layout.width * scale) / 2, y: (height - layout.height * scale) / 2 };
}

function draw(canvas: HTMLCanvasElement, layout: MapLayout, width: number, height: number, theme: ThemeName): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const fit = miniMapFit(layout, width, height);
  ctx.setTransform(ratio * fit.scale, 0, 0, ratio * fit.scale, ratio * fit.x, ratio * fit.y);
  ctx.clearRect(-fit.x / fit.scale, -fit.y / fit.scale, width / fit.scale, height / fit.scale);
  for (const lane of layout.lanes) {
    ctx.fillStyle = tokenColour(theme, 'bg', SIDE_TONES[lane.side]);
    ctx.fillRect(0, lane.y, layout.width, lane.height);
  }
  ctx.fillStyle = tokenColour(theme, 'line', CARD_TONE);
  for (const card of layout.cards.values()) ctx.fillRect(card.x, card.y, card.width, card.height);
}

/**
 * The overview map in the canvas corner: lanes coloured by side, cards, and the visible part framed; press or
 * drag in it to move there. It paints into one bitmap once per document change, so a 2,000-card map costs it
 * nothing while the user drags or pans (a node-per-card minimap re-rendered every card on every frame).
 */
export const MapMiniMap = memo(function MapMiniMap() {
  const t = useT('app');
  const doc = useEditor((s) => s.doc);
  const layout = layoutOf(doc);
  const width = useStore((s) => miniMapWidth(s.width, s.height));
  const height = Math.round(width * 0.75);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const theme = useSyncExternalStore(onThemeChange, shownTheme);
  const flow = useReactFlow();
  const fit = miniMapFit(layout, width, height);
  // The frame follows the viewport: only this small selector runs while panning or zooming.
  const frame = useStore((s) => {
    const [tx, ty, zoom] = s.transform;
    return `${(-tx / zoom) * fit.scale + fit.x},${(-ty / zoom) * fit.scale + fit.y},${(s.width / zoom) * fit.scale},${(s.height / zoom) * fit.scale}`;
  });
  const [fx, fy, fw, fh] = frame.split(',').map(Number) as [number, number, number, number];

  useEffect(() => {
    if (canvasRef.current) draw(canvasRef.current, layout, width, height, theme);
  }, [layout, width, height, theme]);

  const moveTo = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      const box = e.currentTarget.getBoundingClientRect();
      const x = (e.clientX - box.left - fit.x) / fit.scale;
      const y = (e.clientY - box.top - fit.y) / fit.scale;
      void flow.setCenter(x, y, { zoom: flow.getZoom() });
    },
    [flow, fit.x, fit.y, fit.scale],
  );

  return (
    <div
      className="map-minimap"
      style={{ width, height }}
      role="img"
      aria-label={t('minimap.label')}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons === 1) moveTo(e);
      }}
    >
      <canvas ref={canvasRef} className="map-minimap__bitmap" style={{ width, height }} />
      <div className="map-minimap__frame" style={{ left: fx, top: fy, width: fw, height: fh }} />
    </div>
  );
});
