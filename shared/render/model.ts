import { computeLayout, type MapLayout, type Rect } from '../layout';
import type { Card } from '../schema/card';
import type { TandemDoc } from '../schema/document';
import type { Lane } from '../schema/lane';
import type { PainPoint } from '../schema/painPoint';
import type { Stage } from '../schema/stage';
import type { Team } from '../schema/team';
import { localeFor, type MapLocale, mapLanguage } from '../vocabulary';

/** Everything the SVG layers need, computed once per export. */
export interface RenderModel {
  doc: TandemDoc;
  layout: MapLayout;
  stages: Stage[];
  lanes: Lane[];
  cards: Map<string, Card>;
  lanesById: Map<string, Lane>;
  stagesById: Map<string, Stage>;
  teams: Map<string, Team>;
  painsByCard: Map<string, PainPoint[]>;
  /** The map's language: the words, numbers and dates the export prints. */
  locale: MapLocale;
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Builds the lookups and the shared canvas layout (shared/layout.ts) so the export looks like the canvas. */
export function buildModel(doc: TandemDoc): RenderModel {
  const painsByCard = new Map<string, PainPoint[]>();
  for (const p of doc.painPoints) {
    const list = painsByCard.get(p.cardId);
    if (list) list.push(p);
    else painsByCard.set(p.cardId, [p]);
  }
  return {
    doc,
    layout: computeLayout(doc),
    stages: [...doc.stages].sort(byOrder),
    lanes: [...doc.lanes].sort(byOrder),
    cards: new Map(doc.cards.map((c) => [c.id, c])),
    lanesById: new Map(doc.lanes.map((l) => [l.id, l])),
    stagesById: new Map(doc.stages.map((s) => [s.id, s])),
    teams: new Map(doc.teams.map((t) => [t.id, t])),
    painsByCard,
    locale: localeOf(doc),
  };
}

/** The locale of the language a map records (English when it records none): what its exports speak. */
export function localeOf(doc: TandemDoc): MapLocale {
  return localeFor(mapLanguage(doc));
}

/** True when two rectangles overlap (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A rectangle grown by `by` on every side. */
export function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}
