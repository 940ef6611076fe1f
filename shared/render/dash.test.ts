import { describe, expect, it } from 'vitest';
import { circlePoints, dashedLine, dashPolyline, parseDash, roundedRectPoints } from './dash';

/** The sub-paths of a `d` as lists of [x, y]. */
function pieces(d: string): number[][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((sub) => {
      const [first, ...rest] = sub.split('l').map((p) => p.split(',').map(Number) as [number, number]);
      const abs = [first!];
      for (const [dx, dy] of rest) abs.push([abs[abs.length - 1]![0] + dx, abs[abs.length - 1]![1] + dy]);
      return abs.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    });
}

describe('dash geometry', () => {
  it('repeats an odd dash list as SVG does and ignores patterns that draw nothing', () => {
    expect(parseDash('3')).toEqual([3, 3]);
    expect(parseDash('7 4')).toEqual([7, 4]);
    expect(parseDash('0 0')).toEqual([]);
    expect(parseDash('a b')).toEqual([]);
  });

  it('cuts a straight line into dashes where stroke-dasharray would', () => {
    expect(
      pieces(
        dashPolyline(
          [
            { x: 0, y: 0 },
            { x: 30, y: 0 },
          ],
          [10, 5],
        ),
      ),
    ).toEqual([
      [
        [0, 0],
        [10, 0],
      ],
      [
        [15, 0],
        [25, 0],
      ],
    ]);
  });

  it('carries a dash round a corner instead of restarting the pattern', () => {
    const d = dashPolyline(
      [
        { x: 0, y: 0 },
        { x: 4, y: 0 },
        { x: 4, y: 10 },
      ],
      [6, 2],
    );
    expect(pieces(d)[0]).toEqual([
      [0, 0],
      [4, 0],
      [4, 2],
    ]);
    expect(pieces(d)[1]).toEqual([
      [4, 4],
      [4, 10],
    ]);
  });

  it('draws about as much ink as the dash ratio says, on a closed card outline', () => {
    const pts = roundedRectPoints(0, 0, 200, 80, 6);
    let ink = 0;
    for (const sub of pieces(dashPolyline(pts, [5, 3], true))) {
      for (let i = 1; i < sub.length; i++)
        ink += Math.hypot(sub[i]![0]! - sub[i - 1]![0]!, sub[i]![1]! - sub[i - 1]![1]!);
    }
    const perimeter = 2 * (200 + 80) - 8 * 6 + 2 * Math.PI * 6;
    expect(ink / perimeter).toBeGreaterThan(5 / 8 - 0.03);
    expect(ink / perimeter).toBeLessThan(5 / 8 + 0.03);
  });

  it('keeps a circle outline on its circle', () => {
    for (const p of circlePoints(10, 10, 4)) expect(Math.hypot(p.x - 10, p.y - 10)).toBeCloseTo(4, 6);
  });

  it('writes a plain <line> when there is no dash and a dashed <path> otherwise', () => {
    expect(dashedLine(0, 0, 10, 0, undefined, { stroke: '#000' })).toBe(
      '<line x1="0" y1="0" x2="10" y2="0" stroke="#000"/>',
    );
    expect(dashedLine(0, 0, 10, 0, '2 2', { stroke: '#000' })).toBe(
      '<path d="M0,0l2,0m2,0l2,0m2,0l2,0" fill="none" stroke="#000"/>',
    );
  });
});
