/**
 * How long an animated move of the view (zoom, fit, reveal) takes: `ms`, or 0 when the user asked the operating
 * system for reduced motion — the view then jumps, as the CSS's transitions do under the same setting.
 */
export function motion(ms: number): number {
  const reduce =
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 0 : ms;
}
