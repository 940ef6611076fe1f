import { describe, expect, it } from 'vitest';
import { createFromTemplate } from '../templates';
import { buildModel } from './model';
import { runOf, tileHolds } from './overviewGrid';
import { planPrint, renderPrintHtml } from './print';

const sample = () => createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));

describe('the overview page of a tiled PDF', () => {
  it('names the stages and lanes each page holds: together every stage and lane, each page its own run', () => {
    const doc = sample();
    const plan = planPrint(doc, { paper: 'A4', orientation: 'landscape', fit: 'tiles', scale: 1 });
    expect(plan.tiles.length).toBeGreaterThan(1);
    const model = buildModel(doc);
    const holds = plan.tiles.map((t) => tileHolds(model, t));
    const stageNames = model.stages.map((s) => s.name);
    const laneTitles = model.lanes.map((l) => l.title);
    expect(new Set(holds.flatMap((h) => h.stages))).toEqual(new Set(stageNames));
    expect(new Set(holds.flatMap((h) => h.lanes))).toEqual(new Set(laneTitles));
    // Pages in one column hold the same stages; pages in one row the same lanes; and each page holds some of both.
    for (const [i, t] of plan.tiles.entries()) {
      expect(holds[i]!.stages.length).toBeGreaterThan(0);
      expect(holds[i]!.lanes.length).toBeGreaterThan(0);
      const sameCol = plan.tiles.findIndex((o) => o.col === t.col);
      expect(holds[i]!.stages).toEqual(holds[sameCol]!.stages);
    }
    // The first column starts with the first stage, the last column ends with the last.
    expect(holds[0]!.stages[0]).toBe(stageNames[0]);
    expect(holds.at(-1)!.stages.at(-1)).toBe(stageNames.at(-1));
  });

  it('prints each page mark with its stages and lanes on the overview, and nothing of the kind on a one-page PDF', () => {
    const doc = sample();
    const tiled = renderPrintHtml(doc, { paper: 'A4', orientation: 'landscape', fit: 'tiles', scale: 1 }).html;
    const first = tileHolds(
      buildModel(doc),
      planPrint(doc, { paper: 'A4', orientation: 'landscape', fit: 'tiles', scale: 1 }).tiles[0]!,
    );
    expect(tiled).toContain(`Stages: ${runOf(first.stages)}`);
    expect(tiled).toContain(`Lanes: ${runOf(first.lanes).replace(/&/g, '&amp;')}`);
    const single = renderPrintHtml(doc, { paper: 'A3', orientation: 'landscape', fit: 'page' }).html;
    expect(single).not.toContain('class="tile-holds"');
  });

  it('writes a run of several names first to last, and one name alone', () => {
    expect(runOf(['Buy', 'Receive', 'Use'])).toBe('Buy – Use');
    expect(runOf(['Buy'])).toBe('Buy');
    expect(runOf([])).toBe('');
  });
});
