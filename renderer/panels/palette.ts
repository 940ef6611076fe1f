/**
 * Team colours: ten hues dark enough to stand out as a card stripe on white (each at least 4.5:1 against white)
 * and far enough apart to tell apart on a projector. A custom #rrggbb is always allowed too.
 */
export const TEAM_PALETTE: readonly { color: string; name: string }[] = [
  { color: '#1d4ed8', name: 'Blue' },
  { color: '#b91c1c', name: 'Red' },
  { color: '#15803d', name: 'Green' },
  { color: '#7e22ce', name: 'Purple' },
  { color: '#c2410c', name: 'Orange' },
  { color: '#0f766e', name: 'Teal' },
  { color: '#a21caf', name: 'Magenta' },
  { color: '#854d0e', name: 'Brown' },
  { color: '#be185d', name: 'Pink' },
  { color: '#334155', name: 'Slate' },
];

/** The first palette colour no team uses yet (the first one again when all are taken). */
export function nextTeamColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  return (TEAM_PALETTE.find((p) => !taken.has(p.color)) ?? TEAM_PALETTE[0]!).color;
}

/** Null when `hex` is a colour the map accepts (#rrggbb), otherwise what to type instead. */
export function hexProblem(hex: string): string | null {
  return /^#[0-9a-fA-F]{6}$/.test(hex.trim()) ? null : 'Type a colour as # and six hex digits, e.g. #1d4ed8.';
}
