/** A small line chart of one figure over periods: a point per period, a gap where a period has no answers. */
export function TrendChart({ values, label }: { values: readonly (number | null)[]; label: string }) {
  const W = 96;
  const H = 24;
  const known = values.filter((v): v is number => v !== null);
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const x = (i: number) => (values.length === 1 ? W / 2 : 3 + (i * (W - 6)) / (values.length - 1));
  const y = (v: number) => (hi === lo ? H / 2 : H - 3 - ((v - lo) * (H - 6)) / (hi - lo));
  // Runs of consecutive known values, each drawn as one line.
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length > 0) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (run.length > 0) runs.push(run.join(' '));
  return (
    <svg className="trend-chart" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {runs.map((points) => (
        <polyline key={points} points={points} className="trend-chart__line" />
      ))}
      {values.map((v, i) =>
        v === null ? null : (
          // biome-ignore lint/suspicious/noArrayIndexKey: one point per period, in the periods' fixed order
          <circle key={i} cx={x(i)} cy={y(v)} r={2} className="trend-chart__point" />
        ),
      )}
    </svg>
  );
}
