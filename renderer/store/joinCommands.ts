import type { Command } from '../../shared/commands/types';

/**
 * The one command that does `first` and then `then`, for a history entry that another command joins.
 * A title (or any field) typed into a card that the same entry adds is folded into that `card/add`, so the host
 * writes the card as it was meant; anything else is appended to a batch, which the host commits as one transaction.
 */
export function joinCommands(first: Command, then: Command, label: string): Command {
  const folded = foldIntoAdd(first, then);
  if (folded) return folded;
  const head = first.type === 'batch' ? first.commands : [first];
  return { type: 'batch', label: first.type === 'batch' ? (first.label ?? label) : label, commands: [...head, then] };
}

/** `first` with `then` (an update of a card that `first` adds) merged into the added card; null when it does not apply. */
function foldIntoAdd(first: Command, then: Command): Command | null {
  if (then.type !== 'card/update') return null;
  // A promise (null clears it) is its own undo step, never folded into a new card.
  const { promise, ...patch } = then.patch;
  if (promise !== undefined) return null;
  if (first.type === 'card/add') {
    return first.card.id === then.id ? { ...first, card: { ...first.card, ...patch } } : null;
  }
  if (first.type !== 'batch') return null;
  const at = first.commands.findIndex((c) => c.type === 'card/add' && c.card.id === then.id);
  const add = first.commands[at];
  // Only when nothing after the add could have seen the card's old fields.
  if (!add || at !== first.commands.length - 1) return null;
  const merged = foldIntoAdd(add, then);
  return merged ? { ...first, commands: [...first.commands.slice(0, at), merged] } : null;
}
