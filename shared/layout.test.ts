import { describe, expect, it } from 'vitest';
import { makeCard, makeLane, makeStage } from './factories';
import {
  CARD_GAP,
  CELL_PADDING,
  EMOTION_CARD_HEIGHT,
  LANE_HEADER_WIDTH,
  MAX_CARD_HEIGHT,
  MIN_CARD_HEIGHT,
  MIN_EMOTION_CARD_WIDTH,
  STAGE_HEADER_HEIGHT,
  blueprintLines,
  cellAt,
  computeLayout,
  laneSide,
  linkSides,
  type Rect,
} from './layout';
import { createFromTemplate } from './templates';

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('computeLayout', () => {
  it('puts stages side by side after the lane-header column, in stage order', () => {
    const a = makeStage({ name: 'A', order: 2, width: 300 });
    const b = makeStage({ name: 'B', order: 1, width: 200 });
    const layout = computeLayout({ stages: [a, b], lanes: [], cards: [] });
    expect(layout.stages).toEqual([
      { id: b.id, x: LANE_HEADER_WIDTH, width: 200 },
      { id: a.id, x: LANE_HEADER_WIDTH + 200, width: 300 },
    ]);
    expect(layout.width).toBe(LANE_HEADER_WIDTH + 500);
  });

  it('stacks lanes below the stage-header row in lane order, using their stored heights', () => {
    const top = makeLane({ kind: 'customer', title: 'C', order: 1, height: 150 });
    const bottom = makeLane({ kind: 'support', title: 'S', order: 2, height: 200 });
    const layout = computeLayout({ stages: [], lanes: [bottom, top], cards: [] });
    expect(layout.lanes.map((l) => [l.id, l.y, l.height])).toEqual([
      [top.id, STAGE_HEADER_HEIGHT, 150],
      [bottom.id, STAGE_HEADER_HEIGHT + 150, 200],
    ]);
    expect(layout.height).toBe(STAGE_HEADER_HEIGHT + 350);
  });

  it('grows a lane so that stacked cards in its fullest cell never overlap', () => {
    const stage = makeStage({ name: 'A', order: 1 });
    const lane = makeLane({ kind: 'customer', title: 'C', order: 1, height: 100 });
    const cards = [1, 2, 3].map((order) =>
      makeCard({ laneId: lane.id, stageId: stage.id, order, title: `card ${order}` }),
    );
    const layout = computeLayout({ stages: [stage], lanes: [lane], cards });
    expect(layout.lanes[0]?.height).toBe(2 * CELL_PADDING + 3 * MIN_CARD_HEIGHT + 2 * CARD_GAP);
    const boxes = cards.map((c) => layout.cards.get(c.id) as Rect);
    expect(boxes.map((b) => b.y)).toEqual([...boxes.map((b) => b.y)].sort((p, q) => p - q));
    for (let i = 1; i < boxes.length; i++) expect(overlaps(boxes[i - 1] as Rect, boxes[i] as Rect)).toBe(false);
  });

  it('places a lone card inside its cell with padding on every side', () => {
    const stage = makeStage({ name: 'A', order: 1, width: 280 });
    const lane = makeLane({ kind: 'backstage', title: 'B', order: 1, height: 150 });
    const card = makeCard({ laneId: lane.id, stageId: stage.id });
    const box = computeLayout({ stages: [stage], lanes: [lane], cards: [card] }).cards.get(card.id);
    expect(box).toEqual({
      id: card.id,
      laneId: lane.id,
      stageId: stage.id,
      x: LANE_HEADER_WIDTH + CELL_PADDING,
      y: STAGE_HEADER_HEIGHT + CELL_PADDING,
      width: 280 - 2 * CELL_PADDING,
      height: 150 - 2 * CELL_PADDING,
    });
  });

  it('raises an emotion card with a higher value and keeps it inside the lane', () => {
    const stage = makeStage({ name: 'A', order: 1 });
    const other = makeStage({ name: 'B', order: 2 });
    const lane = makeLane({ kind: 'emotion', title: 'E', order: 1, height: 170 });
    const happy = makeCard({ laneId: lane.id, stageId: stage.id, emotion: 2 });
    const sad = makeCard({ laneId: lane.id, stageId: other.id, emotion: -2 });
    const layout = computeLayout({ stages: [stage, other], lanes: [lane], cards: [happy, sad] });
    const h = layout.cards.get(happy.id) as Rect;
    const s = layout.cards.get(sad.id) as Rect;
    expect(h.y).toBe(STAGE_HEADER_HEIGHT + CELL_PADDING);
    expect(s.y + s.height).toBe(STAGE_HEADER_HEIGHT + 170 - CELL_PADDING);
    expect(h.height).toBe(EMOTION_CARD_HEIGHT);
  });

  it("keeps a lone card at a card's height beside a crowded cell, at the top of its cell", () => {
    const [a, b] = [makeStage({ name: 'A', order: 1 }), makeStage({ name: 'B', order: 2 })];
    const lane = makeLane({ kind: 'customer', title: 'Actions', order: 1 });
    const crowd = Array.from({ length: 8 }, (_, i) => makeCard({ laneId: lane.id, stageId: a.id, order: i + 1 }));
    const lone = makeCard({ laneId: lane.id, stageId: b.id, order: 1 });
    const layout = computeLayout({ stages: [a, b], lanes: [lane], cards: [...crowd, lone] });
    const box = layout.cards.get(lone.id) as Rect;
    expect(layout.lanes[0]!.height).toBeGreaterThan(8 * MIN_CARD_HEIGHT);
    expect(box.height).toBe(MAX_CARD_HEIGHT);
    expect(box.y).toBe(STAGE_HEADER_HEIGHT + CELL_PADDING);
  });

  it('keeps every card of a crowded emotion cell readable and inside the cell, in card order', () => {
    const stage = makeStage({ name: 'A', order: 1, width: 280 });
    const lane = makeLane({ kind: 'emotion', title: 'E', order: 1, height: 170 });
    for (const count of [2, 3, 40]) {
      const cards = Array.from({ length: count }, (_, i) =>
        makeCard({ laneId: lane.id, stageId: stage.id, order: i + 1, emotion: 0 }),
      );
      const layout = computeLayout({ stages: [stage], lanes: [lane], cards });
      const boxes = cards.map((c) => layout.cards.get(c.id) as Rect);
      for (const b of boxes) {
        expect(b.width).toBeGreaterThanOrEqual(Math.min(MIN_EMOTION_CARD_WIDTH, 280 - 2 * CELL_PADDING));
        expect(b.x).toBeGreaterThanOrEqual(LANE_HEADER_WIDTH + CELL_PADDING);
        expect(b.x + b.width).toBeLessThanOrEqual(LANE_HEADER_WIDTH + 280 - CELL_PADDING + 1e-9);
      }
      for (let i = 1; i < count; i++) expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x);
      // The usual one to three moments a stage sit side by side without overlapping; forty have to fan out.
      if (count <= 3) for (let i = 1; i < count; i++) expect(overlaps(boxes[i - 1]!, boxes[i]!)).toBe(false);
    }
  });

  it('lays out the sample map with no two cards overlapping and every card inside its cell', () => {
    const doc = createFromTemplate('sample');
    const layout = computeLayout(doc);
    const boxes = [...layout.cards.values()];
    expect(boxes).toHaveLength(doc.cards.length);
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i] as (typeof boxes)[number];
      const stage = layout.stages.find((s) => s.id === b.stageId)!;
      const lane = layout.lanes.find((l) => l.id === b.laneId)!;
      expect(b.x).toBeGreaterThanOrEqual(stage.x);
      expect(b.x + b.width).toBeLessThanOrEqual(stage.x + stage.width);
      expect(b.y).toBeGreaterThanOrEqual(lane.y);
      expect(b.y + b.height).toBeLessThanOrEqual(lane.y + lane.height);
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(b, boxes[j] as Rect)).toBe(false);
    }
  });
});

describe('blueprintLines', () => {
  it('draws the three lines of the service-blueprint template between the right lanes', () => {
    const doc = createFromTemplate('service-blueprint');
    const layout = computeLayout(doc);
    const yOf = (kind: string) => layout.lanes.find((l) => l.kind === kind)!.y;
    expect(layout.lines).toEqual([
      { kind: 'interaction', y: yOf('frontstage'), label: 'Line of interaction' },
      { kind: 'visibility', y: yOf('backstage'), label: 'Line of visibility' },
      { kind: 'internal', y: yOf('support'), label: 'Line of internal interaction' },
    ]);
  });

  it('draws no line between lanes whose kinds are not neighbours in a blueprint', () => {
    const lanes = [
      { kind: 'customer' as const, y: 0, height: 100 },
      { kind: 'backstage' as const, y: 100, height: 100 },
      { kind: 'frontstage' as const, y: 200, height: 100 },
    ];
    expect(blueprintLines(lanes)).toEqual([]);
  });

  it('draws each line only once even when the lane pattern repeats', () => {
    const lanes = [
      { kind: 'customer' as const, y: 0, height: 100 },
      { kind: 'frontstage' as const, y: 100, height: 100 },
      { kind: 'touchpoint' as const, y: 200, height: 100 },
      { kind: 'frontstage' as const, y: 300, height: 100 },
    ];
    expect(blueprintLines(lanes).map((l) => [l.kind, l.y])).toEqual([['interaction', 100]]);
  });
});

describe('laneSide', () => {
  it('tells customer rows from the organisation and from neutral rows', () => {
    expect(laneSide({ kind: 'touchpoint', side: 'customer' })).toBe('customer');
    expect(laneSide({ kind: 'emotion', side: 'customer' })).toBe('customer');
    expect(laneSide({ kind: 'emotion', side: 'employee' })).toBe('organisation');
    expect(laneSide({ kind: 'support', side: 'employee' })).toBe('organisation');
    expect(laneSide({ kind: 'metrics', side: 'employee' })).toBe('neutral');
  });
});

describe('cellAt', () => {
  it('finds the cell under a point and nothing over the headers', () => {
    const doc = createFromTemplate('service-blueprint');
    const layout = computeLayout(doc);
    const stage = layout.stages[1]!;
    const lane = layout.lanes[2]!;
    expect(cellAt(layout, stage.x + 5, lane.y + 5)).toEqual({ laneId: lane.id, stageId: stage.id });
    expect(cellAt(layout, 10, lane.y + 5)).toBeNull();
    expect(cellAt(layout, stage.x + 5, 10)).toBeNull();
  });
});

describe('linkSides', () => {
  it('joins cards in one row side to side and cards in one column top to bottom', () => {
    const a = { x: 0, y: 0, width: 100, height: 50 };
    expect(linkSides(a, { x: 300, y: 0, width: 100, height: 50 })).toEqual({ source: 'right', target: 'left' });
    expect(linkSides(a, { x: 0, y: 200, width: 100, height: 50 })).toEqual({ source: 'bottom', target: 'top' });
    expect(linkSides({ x: 0, y: 200, width: 100, height: 50 }, a)).toEqual({ source: 'top', target: 'bottom' });
  });
});
