import { useEffect, useMemo, useRef } from 'react';
import { computeLayout, LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from '../../shared/layout';
import type { TandemDoc } from '../../shared/schema/document';
import { touchingTeams } from '../../shared/workshop/teams';
import { usePageT } from './i18n';
import { fitView, useView, zoomAbout } from './useView';

/** Pixels one arrow key moves the map. */
const STEP = 60;

/**
 * The live map on a laptop: stages × lanes with their cards, placed by the editor's own layout numbers
 * (shared/layout.ts) and drawn with plain elements, so the page needs no canvas library. Drag or the arrow keys
 * pan it; the wheel, a pinch, + and − or the buttons zoom it. The stage headers stay on top and the lane headers
 * on the left while the map moves. The stage being looked at (or the facilitator's, under Follow me) is brought
 * into view and marked.
 */
export function MapCanvas(props: {
  doc: TandemDoc;
  stageId: string;
  mine: ReadonlySet<string>;
  onStage: (id: string) => void;
}) {
  const { doc, stageId, mine } = props;
  const t = usePageT('workshop');
  const layout = useMemo(() => computeLayout(doc), [doc]);
  const { view, setView, handlers } = useView({ x: 0, y: 0, k: 0.8 });
  const box = useRef<HTMLDivElement>(null);
  const cards = useMemo(() => new Map(doc.cards.map((c) => [c.id, c])), [doc.cards]);
  const pains = useMemo(() => {
    const n = new Map<string, number>();
    for (const p of doc.painPoints) n.set(p.cardId, (n.get(p.cardId) ?? 0) + 1);
    return n;
  }, [doc.painPoints]);

  // The stage looked at comes into view at the left, beside the lane headers.
  const stage = layout.stages.find((s) => s.id === stageId);
  const stageX = stage?.x;
  useEffect(() => {
    if (stageX === undefined) return;
    setView((v) => ({ ...v, x: (LANE_HEADER_WIDTH - stageX) * v.k }));
  }, [stageX, setView]);

  // The wheel zooms about the pointer; it must not scroll the page behind the map.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      setView((v) => zoomAbout(v, Math.exp(-e.deltaY / 400), e.clientX - r.left, e.clientY - r.top));
    };
    el.addEventListener('wheel', wheel, { passive: false });
    return () => el.removeEventListener('wheel', wheel);
  }, [setView]);

  const zoom = (factor: number) => {
    const r = box.current?.getBoundingClientRect();
    setView((v) => zoomAbout(v, factor, (r?.width ?? 0) / 2, (r?.height ?? 0) / 2));
  };
  const fit = () => {
    const r = box.current?.getBoundingClientRect();
    if (r) setView(fitView(layout.width, layout.height, r.width, r.height));
  };
  const onKey = (e: React.KeyboardEvent) => {
    const pan = { ArrowLeft: [STEP, 0], ArrowRight: [-STEP, 0], ArrowUp: [0, STEP], ArrowDown: [0, -STEP] }[e.key];
    if (pan) setView((v) => ({ ...v, x: v.x + pan[0]!, y: v.y + pan[1]! }));
    else if (e.key === '+' || e.key === '=') zoom(1.25);
    else if (e.key === '-' || e.key === '_') zoom(0.8);
    else if (e.key === '0') fit();
    else return;
    e.preventDefault();
  };

  const scale = `scale(${view.k})`;
  return (
    <div className="map-canvas-wrap">
      <div className="map-tools">
        <button type="button" onClick={() => zoom(1.25)} aria-label={t('participant.canvas.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoom(0.8)} aria-label={t('participant.canvas.zoomOut')}>
          −
        </button>
        <button type="button" className="quiet" onClick={fit}>
          {t('participant.canvas.fit')}
        </button>
        <span className="map-zoom" aria-live="polite">
          {Math.round(view.k * 100)}%
        </span>
      </div>
      {/* An application region: the page's own keys (arrows, + and −) move and zoom the map while it has focus. */}
      <div
        ref={box}
        className="map-canvas"
        role="application"
        aria-label={t('participant.canvas.label')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the map takes focus so the keyboard can pan and zoom it
        tabIndex={0}
        onKeyDown={onKey}
        data-zoom={view.k.toFixed(3)}
        {...handlers}
      >
        <div className="mc-layer" style={{ transform: `translate(${view.x}px, ${view.y}px) ${scale}` }}>
          {stage && <div className="mc-current" style={{ left: stage.x, width: stage.width, height: layout.height }} />}
          {layout.lanes.map((l) => (
            <div
              key={l.id}
              className={`mc-band mc-${l.side}`}
              style={{ top: l.y, height: l.height, width: layout.width }}
            />
          ))}
          {[...layout.cards.values()].map((r) => {
            const card = cards.get(r.id);
            if (!card) return null;
            const n = pains.get(card.id) ?? 0;
            const teams = touchingTeams(doc.teams, card.touchedBy);
            return (
              <div
                key={r.id}
                className={`mc-card${mine.has(card.id) ? ' mc-mine' : ''}`}
                data-card-id={card.id}
                style={{ left: r.x, top: r.y, width: r.width, height: r.height }}
              >
                <span className="mc-title">{card.title || t('participant.card.untitled')}</span>
                <span className="mc-foot">
                  {n > 0 && <span className="mc-pains">{t('participant.canvas.pains', { count: n })}</span>}
                  {teams.map((x) => (
                    <span key={x.id} className="mc-team" style={{ borderColor: x.color }}>
                      {x.name}
                    </span>
                  ))}
                </span>
              </div>
            );
          })}
        </div>
        <div className="mc-stages" style={{ transform: `translate(${view.x}px, 0) ${scale}` }}>
          {layout.stages.map((s, i) => (
            <div
              key={s.id}
              className={`mc-stage${s.id === stageId ? ' on' : ''}`}
              style={{ left: s.x, width: s.width }}
            >
              {i + 1}. {doc.stages.find((x) => x.id === s.id)?.name || t('participant.untitledStage')}
            </div>
          ))}
        </div>
        <div className="mc-lanes" style={{ transform: `translate(0, ${view.y}px) ${scale}` }}>
          {layout.lanes.map((l) => (
            <div key={l.id} className="mc-lane" style={{ top: l.y, height: l.height }}>
              {doc.lanes.find((x) => x.id === l.id)?.title}
            </div>
          ))}
        </div>
        <div
          className="mc-corner"
          style={{ width: LANE_HEADER_WIDTH * view.k, height: STAGE_HEADER_HEIGHT * view.k }}
        />
      </div>
    </div>
  );
}
