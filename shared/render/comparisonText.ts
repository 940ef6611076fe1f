import { SUMMARY_ORDER, type Comparison, type ObjectChange } from '../history/compare';
import { COUNT_KEY } from '../history/summary';
import type { ChangedObject } from '../schema/version';
import { label, type Translate } from '../vocabulary';
import { csvText, type CsvCell } from './csv';

/** The order a report lists objects in: what a workshop changes most first (as the summary line does). */
export const KIND_ORDER: readonly ChangedObject[] = SUMMARY_ORDER;

/** The word for one object of a kind, from the vocabulary: "card", "pain point", "map settings". */
export function objectWord(object: ChangedObject, t?: Translate): string {
  return label(COUNT_KEY[object], { count: 1, t })
    .replace(/^1\s+/, '')
    .replace(/^the\s+/, '');
}

/** A field of an object in words: "painPointIds" → "pain points", "stageId" → "stage", "emotion" → "emotion". */
export function fieldWords(field: string): string {
  const plural = /Ids$/.test(field);
  const stem = field.replace(/Ids?$/, '');
  const words = stem.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return plural ? `${words}s` : words;
}

/** A changed object's note, for the page and the terminal: its old title, its move, and the other fields that changed. */
export function changeNote(ch: ObjectChange): string {
  if (ch.change !== 'changed') return '';
  const notes: string[] = [];
  if (ch.was !== null) notes.push(`was “${ch.was}”`);
  if (ch.moved !== null) notes.push(`moved from ${ch.moved.from} to ${ch.moved.to}`);
  const place = new Set(['stageId', 'laneId', 'order']);
  const names = new Set(['title', 'name', 'label']);
  const others = ch.fields.filter((f) => !(ch.was !== null && names.has(f)) && !(ch.moved !== null && place.has(f)));
  if (others.length > 0) notes.push(`changed: ${others.map(fieldWords).join(', ')}`);
  return notes.join('; ');
}

/** The changes of one kind of change (added, removed or changed), in the report's order of kinds. */
export function changesOf(comparison: Comparison, change: ObjectChange['change']): ObjectChange[] {
  return comparison.changes
    .filter((c) => c.change === change)
    .sort((a, b) => KIND_ORDER.indexOf(a.object) - KIND_ORDER.indexOf(b.object));
}

/** The CSV's header, in the order of its columns. */
export const COMPARISON_CSV_HEADER = [
  'Change',
  'Object',
  'Title',
  'Old title',
  'Fields changed',
  'Moved from',
  'Moved to',
] as const;

/**
 * "What changed in this workshop" as CSV: one row per added, removed or changed object with its title, its old title
 * when retitled, the fields that changed and a card's move. Every cell goes through the spreadsheet-safe writer.
 */
export function comparisonCsv(comparison: Comparison, t?: Translate): string {
  const rows: CsvCell[][] = [];
  for (const change of ['added', 'removed', 'changed'] as const)
    for (const c of changesOf(comparison, change))
      rows.push([
        change,
        objectWord(c.object, t),
        c.title,
        c.was,
        c.fields.length > 0 ? c.fields.map(fieldWords).join(', ') : null,
        c.moved?.from ?? null,
        c.moved?.to ?? null,
      ]);
  return csvText(COMPARISON_CSV_HEADER, rows);
}
