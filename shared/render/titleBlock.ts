import type { TandemDoc } from '../schema/document';
import type { Persona } from '../schema/persona';
import { attrs } from './escape';
import { localeOf } from './model';
import { textLines } from './grid';
import { COLORS } from './palette';
import { wrapText } from './text';

const TITLE_SIZE = 24;
const LINE = 17;

/** "Maya (Busy parent buying a family TV)". */
function personaText(p: Persona | undefined): string {
  if (!p) return '';
  return p.role ? `${p.name} (${p.role})` : p.name;
}

/** The lines of the title block for a given width: title, date and personas, then the description. */
function blockLines(
  doc: TandemDoc,
  width: number,
  now: Date,
): { title: string[]; meta: string[]; description: string[] } {
  const persona = (id: string | null) => doc.personas.find((p) => p.id === id);
  const customer = personaText(persona(doc.meta.customerPersonaId));
  const employee = personaText(persona(doc.meta.employeePersonaId));
  const { say, date } = localeOf(doc);
  const parts = [say('titleBlock.exported', { date: date(now) })];
  if (customer) parts.push(say('titleBlock.customer', { persona: customer }));
  if (employee) parts.push(say('titleBlock.employee', { persona: employee }));
  return {
    title: wrapText(doc.meta.title.trim() || say('map.untitled'), width, TITLE_SIZE, 2),
    meta: wrapText(parts.join('  ·  '), width, 12, 2),
    description: doc.meta.description.trim() ? wrapText(doc.meta.description, width, 12, 3) : [],
  };
}

/** Height the title block takes at a given width. */
export function titleBlockHeight(doc: TandemDoc, width: number, now: Date): number {
  const l = blockLines(doc, width, now);
  return (
    8 +
    l.title.length * 30 +
    l.meta.length * LINE +
    (l.description.length > 0 ? 6 + l.description.length * LINE : 0) +
    14
  );
}

/** The title block: map title, export date, the chosen personas and the description, with a rule under it. */
export function renderTitleBlock(doc: TandemDoc, x: number, y: number, width: number, now: Date): string {
  const l = blockLines(doc, width, now);
  let cursor = y + 8 + TITLE_SIZE;
  const out = [textLines(l.title, x, cursor, 30, { 'font-size': TITLE_SIZE, 'font-weight': 700, fill: COLORS.ink })];
  cursor += (l.title.length - 1) * 30 + 22;
  out.push(textLines(l.meta, x, cursor, LINE, { 'font-size': 12, fill: COLORS.muted }));
  cursor += l.meta.length * LINE;
  if (l.description.length > 0)
    out.push(textLines(l.description, x, cursor + 6, LINE, { 'font-size': 12, fill: COLORS.ink }));
  const bottom = y + titleBlockHeight(doc, width, now) - 6;
  out.push(`<line${attrs({ x1: x, y1: bottom, x2: x + width, y2: bottom, stroke: COLORS.grid, 'stroke-width': 1 })}/>`);
  return `<g class="title-block">${out.join('')}</g>`;
}
