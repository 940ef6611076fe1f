import { applyParsedCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import type { TandemDoc } from '../../shared/schema/document';

/** A command this window sent (or holds open) and the host has not yet confirmed, with what takes it back. */
export interface Unconfirmed {
  cmd: Command;
  inverse: Command;
}

/**
 * The ids of the objects a command names: the `id` of what it changes or adds, and every id a patch puts or removes.
 * Two commands that name no id in common change different objects, so their order does not matter.
 */
export function touchedIds(cmd: unknown, out: Set<string> = new Set(), depth = 0): Set<string> {
  if (depth > 8 || cmd === null || typeof cmd !== 'object') return out;
  if (Array.isArray(cmd)) {
    for (const item of cmd) {
      if (typeof item === 'string') out.add(item);
      else touchedIds(item, out, depth + 1);
    }
    return out;
  }
  for (const [key, value] of Object.entries(cmd as Record<string, unknown>)) {
    if (key === 'id' && typeof value === 'string') out.add(value);
    else if (key === 'remove' || key === 'put' || key === 'commands' || typeof value === 'object')
      touchedIds(value, out, depth + 1);
  }
  return out;
}

/**
 * The document after another window's (or a participant's) command, as the host has it: this window's unconfirmed
 * commands are taken back, the other command applied, and this window's applied again on top — the order the host
 * applies them in. Returns the new document and the unconfirmed commands' fresh inverses; throws when they no
 * longer fit (the caller then reloads the map from the host).
 */
export function rebaseOnto(
  doc: TandemDoc,
  unconfirmed: readonly Unconfirmed[],
  other: Command,
): { doc: TandemDoc; unconfirmed: Unconfirmed[] } {
  let next = doc;
  for (let i = unconfirmed.length - 1; i >= 0; i--) next = applyParsedCommand(next, unconfirmed[i]!.inverse).doc;
  next = applyParsedCommand(next, other).doc;
  const again: Unconfirmed[] = [];
  for (const u of unconfirmed) {
    const r = applyParsedCommand(next, u.cmd);
    next = r.doc;
    again.push({ cmd: u.cmd, inverse: r.inverse });
  }
  return { doc: next, unconfirmed: again };
}
