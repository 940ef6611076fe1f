import { applyCommand } from '../../shared/commands/apply';
import { cardKeySchema } from '../../shared/schema/card';
import type { TandemDoc } from '../../shared/schema/document';

/**
 * What is wrong with a draft touchpoint key, in the command's own words, or null when `card/update` would take
 * it. An empty draft clears the key, which is always allowed.
 */
export function keyProblem(doc: TandemDoc, cardId: string, draft: string): string | null {
  const key = draft.trim();
  if (key === '') return null;
  const format = cardKeySchema.safeParse(key);
  if (!format.success) return format.error.issues[0]?.message ?? 'this key is not allowed';
  try {
    applyCommand(doc, { type: 'card/update', id: cardId, patch: { key } });
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
