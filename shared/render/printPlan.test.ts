import { describe, expect, it } from 'vitest';
import { emptyDocument, makeCard } from '../factories';
import type { TandemDoc } from '../schema/document';
import { LINKED_LANES, lanesFrom, stagesNamed } from '../templates/build';
import { planPrint } from './print';
import { PAPER_MM, type Paper, type Segment } from './tiling';

/** A map of `stages` stages and `lanes` lanes, one card in every cell. */
function mapOf(stages: number, lanes: number): TandemDoc {
  const doc = emptyDocument(`${stages} × ${lanes}`, new Date('2026-01-01T09:00:00Z'));
  doc.stages = stagesNamed(Array.from({ length: stages }, (_, i) => `Stage ${i + 1}`));
  doc.lanes = lanesFrom(LINKED_LANES.slice(0, lanes));
  doc.cards = doc.stages.flatMap((s) =>
    doc.lanes.map((l) => makeCard({ stageId: s.id, laneId: l.id, title: 'A step' })),
  );
  return doc;
}

/** Every way to cut [0, length] at `edges` into `count` pieces no longer than `tile` (a brute force the plan is checked against). */
function* splits(
  edges: readonly number[],
  length: number,
  count: number,
  tile: number,
  start = 0,
): Generator<number[]> {
  if (count === 1) {
    if (length - start <= tile + 1e-6) yield [length - start];
    return;
  }
  for (const e of edges) {
    if (e <= start || e >= length || e - start > tile + 1e-6) continue;
    for (const rest of splits(edges, length, count - 1, tile, e)) yield [e - start, ...rest];
  }
}

/** True when the axis has a page less than a third used although a split with every page at least a third used exists. */
function wastesPaper(segments: readonly Segment[], edges: readonly number[], tile: number): boolean {
  if (segments.length < 2) return false;
  const length = segments.at(-1)?.end ?? 0;
  const third = tile / 3;
  if (segments.every((s) => s.end - s.start >= third - 1e-6)) return false;
  for (const split of splits(edges, length, segments.length, tile))
    if (split.every((p) => p >= third - 1e-6)) return true;
  return false;
}

describe('a tiled print shares the map out over its pages', () => {
  it('puts five stages that need two pages on them as 3 + 2', () => {
    // Five stages are about 1,660 px wide; at scale 1.1 an A3 landscape page takes four of them.
    const plan = planPrint(mapOf(5, 6), { paper: 'A3', orientation: 'landscape', fit: 'tiles', scale: 1.1 });
    expect(plan.cols).toBe(2);
    const stagesPerPage = plan.colSegments.map((s) => plan.breaks.cols.filter((e) => e > s.start && e <= s.end).length);
    expect(stagesPerPage).toEqual([3, 2]);
  });

  it('leaves no page less than a third used where a more even split exists, on 3–12 stages × 4–9 lanes and every paper', () => {
    const wasteful: string[] = [];
    for (let stages = 3; stages <= 12; stages++) {
      for (let lanes = 4; lanes <= 9; lanes++) {
        const doc = mapOf(stages, lanes);
        for (const paper of Object.keys(PAPER_MM) as Paper[]) {
          for (const orientation of ['portrait', 'landscape'] as const) {
            const plan = planPrint(doc, { paper, orientation, fit: 'tiles', scale: 1, overlap: 0 });
            if (wastesPaper(plan.colSegments, plan.breaks.cols, plan.tile.width))
              wasteful.push(`${stages}×${lanes} ${paper} ${orientation}: columns ${sizes(plan.colSegments)}`);
            if (wastesPaper(plan.rowSegments, plan.breaks.rows, plan.tile.height))
              wasteful.push(`${stages}×${lanes} ${paper} ${orientation}: rows ${sizes(plan.rowSegments)}`);
          }
        }
      }
    }
    expect(wasteful).toEqual([]);
  });
});

describe('fit N pages wide', () => {
  it('prints the stages on exactly that many pages across, at the largest scale that does', () => {
    const doc = mapOf(12, 9);
    const scales: number[] = [];
    for (const pagesWide of [1, 2, 3, 4]) {
      const options = { paper: 'A3', orientation: 'landscape', fit: 'tiles', pagesWide } as const;
      const plan = planPrint(doc, options);
      expect(plan.cols).toBe(pagesWide);
      scales.push(plan.scale);
      // A little larger and the stages would need another page.
      const larger = planPrint(doc, { ...options, pagesWide: undefined, scale: plan.scale + 0.02 });
      expect(larger.cols).toBeGreaterThan(pagesWide);
    }
    expect(scales).toEqual([...scales].sort((a, b) => a - b));
  });

  it('says why when the map cannot fit, and refuses a count that is not a whole number from 1 to 20', () => {
    const doc = mapOf(12, 9);
    expect(() => planPrint(doc, { paper: 'A4', orientation: 'portrait', fit: 'tiles', pagesWide: 0 })).toThrow(
      'pages wide must be a whole number from 1 to 20, not 0',
    );
    expect(() => planPrint(doc, { paper: 'A4', orientation: 'portrait', fit: 'tiles', pagesWide: 2.5 })).toThrow(
      'not 2.5',
    );
  });
});

const sizes = (segments: readonly Segment[]) => segments.map((s) => Math.round(s.end - s.start)).join(' + ');
