import type { Command } from './types';

const VERBS: Record<string, string> = {
  add: 'Add',
  update: 'Edit',
  move: 'Move',
  delete: 'Delete',
  patch: 'Restore',
  touch: 'Mark',
};
const NOUNS: Record<string, string> = {
  map: 'map details',
  stage: 'stage',
  lane: 'lane',
  card: 'card',
  link: 'link',
  painPoint: 'pain point',
  opportunity: 'action',
  team: 'team',
  persona: 'persona',
  metric: 'metric',
  metricValue: 'metric value',
  pairing: 'pairing',
  note: 'note',
  doc: 'items',
};

/** A short label for the Undo / Redo menu items, e.g. "Move card". */
export function describeCommand(cmd: Command): string {
  if (cmd.type === 'batch') return cmd.label ?? `${cmd.commands.length} changes`;
  const [noun = '', verb = ''] = cmd.type.split('/');
  return `${VERBS[verb] ?? verb} ${NOUNS[noun] ?? noun}`;
}
