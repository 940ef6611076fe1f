import { describe, expect, it } from 'vitest';
import { makeMap } from '../test/helpers/makeMap';
import { type CardBox, computeLayout, linkObstacleStages, linkRoute, type Rect } from './layout';
import { linkPoints, type Point, pointAlong, roundedPath, sideAnchor } from './linkPath';

/** True when the straight run a→b passes over the inside of `r` (touching its edge does not count). */
function crosses(a: Point, b: Point, r: Rect): boolean {
  const inset = 1;
  return (
    Math.max(a.x, b.x) > r.x + inset &&
    Math.min(a.x, b.x) < r.x + r.width - inset &&
    Math.max(a.y, b.y) > r.y + inset &&
    Math.min(a.y, b.y) < r.y + r.height - inset
  );
}

/** The drawn corners of a link between two cards of a layout, routed as the canvas and the exports route it. */
function drawn(layout: ReturnType<typeof computeLayout>, from: CardBox, to: CardBox) {
  const column = (id: string) => [...layout.cards.values()].filter((c) => c.stageId === id);
  const route = linkRoute(from, to, linkObstacleStages(layout, from, to).flatMap(column));
  const points = linkPoints(
    {
      source: sideAnchor(from, route.source),
      sourceSide: route.source,
      target: sideAnchor(to, route.target),
      targetSide: route.target,
    },
    route,
  );
  return { route, points };
}

describe('a drawn link', () => {
  it('ends at the card it connects and passes over no other card, for every pair of cards of the sample map', () => {
    const layout = computeLayout(makeMap());
    const cards = [...layout.cards.values()];
    const wrong: string[] = [];
    for (const from of cards) {
      for (const to of cards) {
        if (from === to) continue;
        const { route, points } = drawn(layout, from, to);
        const end = points.at(-1) as Point;
        const want = sideAnchor(to, route.target);
        if (Math.hypot(end.x - want.x, end.y - want.y) > 0.01) wrong.push(`${from.id}→${to.id} ends elsewhere`);
        const over = cards.filter(
          (c) => c !== from && c !== to && points.slice(1).some((p, i) => crosses(points[i] as Point, p, c)),
        );
        if (over.length > 0) wrong.push(`${from.id}→${to.id} passes over ${over.map((c) => c.id).join(', ')}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(cards.length).toBeGreaterThan(30);
  });

  it('goes round cards placed in each other’s way: along a free row past a stage in between, beside a column', () => {
    const box = (id: string, stageId: string, x: number, y: number): CardBox => ({
      id,
      stageId,
      laneId: 'l',
      x,
      y,
      width: 200,
      height: 84,
    });
    const a = box('a', 's1', 12, 12);
    const inTheWay = box('b', 's2', 236, 12);
    const c = box('c', 's3', 460, 12);
    const layout = {
      stages: [
        { id: 's1', x: 0, width: 224 },
        { id: 's2', x: 224, width: 224 },
        { id: 's3', x: 448, width: 224 },
      ],
      cards: new Map([a, inTheWay, c].map((k) => [k.id, k])),
    } as unknown as ReturnType<typeof computeLayout>;
    const { route, points } = drawn(layout, a, c);
    expect(route.detourY).not.toBeNull();
    expect(points.slice(1).some((p, i) => crosses(points[i] as Point, p, inTheWay))).toBe(false);
    expect(points.at(-1)).toEqual(sideAnchor(c, 'left'));
  });
});

describe('the drawn path', () => {
  it('rounds each turn and finds the point half way along', () => {
    const corners = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ];
    expect(roundedPath(corners, 10)).toBe('M0,0 L90,0 Q100,0 100,10 L100,100');
    expect(pointAlong(corners, 0.5)).toEqual({ x: 100, y: 0 });
  });
});
