import type { z } from 'zod';
import { MAX_LISTED_PROBLEMS } from './limits';
import { COLLECTIONS, collectionSchemas, tandemDocSchema, type TandemDoc } from './schema/document';
import { idSchema } from './schema/common';
import { mapMetaSchema } from './schema/map';

/** What a bounded validation found: the document, or at most MAX_LISTED_PROBLEMS problems in words. */
export type BoundedParse = { ok: true; doc: TandemDoc } | { ok: false; problems: string[]; more: boolean };

const issueText = (i: z.core.$ZodIssue): string => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message);

/** Collections a map made before them does not have (the document schema defaults them to empty). */
const LATER_COLLECTIONS: ReadonlySet<string> = new Set(['voteRounds', 'notes']);

/**
 * Validates a candidate document entity by entity and stops at the MAX_LISTED_PROBLEMS-th problem, then as a
 * whole (references). Zod reports every issue of every object; a document of thousands of broken entities would
 * cost millions of issues before a word reached the user.
 */
export function parseDocumentBounded(raw: unknown, limit = MAX_LISTED_PROBLEMS): BoundedParse {
  const problems: string[] = [];
  const full = (): boolean => problems.length >= limit;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problems: ['the map is not an object'], more: false };
  const candidate = raw as Record<string, unknown>;
  const meta = mapMetaSchema.safeParse(candidate.meta);
  if (!meta.success)
    problems.push(
      meta.error.issues
        .slice(0, 3)
        .map((issue) => `${['meta', ...issue.path].join('.')}: ${issue.message}`)
        .join('; '),
    );
  for (const c of COLLECTIONS) {
    const list = candidate[c];
    // Collections added after the first format read as empty when a map from before them has none.
    if (list === undefined && LATER_COLLECTIONS.has(c)) continue;
    if (!Array.isArray(list)) {
      if (full()) break;
      problems.push(`${c}: expected a list`);
      continue;
    }
    const schema = collectionSchemas[c];
    for (let i = 0; i < list.length && !full(); i++) {
      const parsed = schema.safeParse(list[i]);
      if (parsed.success) continue;
      // Named by the same path the whole-document parse would give: painPoints.0.severity.
      problems.push(
        parsed.error.issues
          .slice(0, 3)
          .map((issue) => `${[c, i, ...issue.path].join('.')}: ${issue.message}`)
          .join('; '),
      );
    }
    if (full()) break;
  }
  if (problems.length > 0) return { ok: false, problems, more: full() };
  const parsed = tandemDocSchema.safeParse(raw);
  if (parsed.success) return { ok: true, doc: parsed.data };
  const issues = parsed.error.issues;
  return { ok: false, problems: issues.slice(0, limit).map(issueText), more: issues.length > limit };
}

/** The first entity of a doc/patch (anywhere in a batch) that breaks its schema, as a sentence; null when none does. */
function findPatchProblem(command: unknown, path: string, depth: number): string | null {
  if (typeof command !== 'object' || command === null || depth > 16) return null;
  const { type, put, remove, commands } = command as {
    type?: unknown;
    put?: unknown;
    remove?: unknown;
    commands?: unknown;
  };
  if (type === 'batch' && Array.isArray(commands)) {
    for (let i = 0; i < commands.length; i++) {
      const found = findPatchProblem(commands[i], `${path}commands.${i}: `, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (type !== 'doc/patch') return null;
  for (const c of COLLECTIONS) {
    const puts = typeof put === 'object' && put !== null ? (put as Record<string, unknown>)[c] : undefined;
    const removes = typeof remove === 'object' && remove !== null ? (remove as Record<string, unknown>)[c] : undefined;
    for (const [what, list, schema] of [
      ['put', puts, collectionSchemas[c]],
      ['remove', removes, idSchema],
    ] as const) {
      if (!Array.isArray(list)) continue;
      for (let i = 0; i < list.length; i++) {
        const parsed = schema.safeParse(list[i]);
        if (!parsed.success) return `${path}doc/patch: ${what}.${c}.${i}: ${issueText(parsed.error.issues[0]!)}`;
      }
    }
  }
  return null;
}

/**
 * Stops an API call at its first invalid entity before the contract parses it: zod reports every issue of every
 * object, and a map/apply patch of 100,000 empty entities (within every limit) would cost seconds and hundreds of
 * megabytes before a word reached the user. Null when the contract may parse the call.
 */
export function findCallProblem(name: string, args: unknown): string | null {
  if (name !== 'map/apply' || typeof args !== 'object' || args === null) return null;
  return findPatchProblem((args as { command?: unknown }).command, '', 0);
}
