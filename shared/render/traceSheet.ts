import { traceRootCauses } from '../insight/trace';
import { priorityScore } from '../metrics/priority';
import type { TandemDoc } from '../schema/document';
import type { PainPoint } from '../schema/painPoint';
import { escapeXml as e } from './escape';
import { localeOf } from './model';
import { severityColor } from './palette';
import { FONT_FAMILY } from './text';

/** The pain point a trace of `card` (its id or title) starts from: the card's highest-priority pain point. */
export function tracedPain(doc: TandemDoc, card: string): { cardId: string | null; pain: PainPoint | null } {
  const wanted = card.trim().toLocaleLowerCase();
  const found =
    doc.cards.find((c) => c.id === card) ?? doc.cards.find((c) => c.title.trim().toLocaleLowerCase() === wanted);
  if (!found) return { cardId: null, pain: null };
  const pains = doc.painPoints
    .filter((p) => p.cardId === found.id)
    .sort((a, b) => priorityScore(b) - priorityScore(a) || a.title.localeCompare(b.title));
  return { cardId: found.id, pain: pains[0] ?? null };
}

/**
 * A root-cause trace as one self-contained A4 page (print-light, in the map's language): the traced pain point and
 * its card, the cards that feed it through support and handoff links, and the employee pain on them, highest
 * priority first — what the trace view shows on the canvas, to take to the teams behind it.
 */
export function renderTraceHtml(doc: TandemDoc, painPointId: string, now: Date): string {
  const locale = localeOf(doc);
  const { say, number } = locale;
  const trace = traceRootCauses(doc, painPointId);
  const pain = doc.painPoints.find((p) => p.id === painPointId);
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  const stages = new Map(doc.stages.map((s) => [s.id, s]));
  const lanes = new Map(doc.lanes.map((l) => [l.id, l]));
  const teams = new Map(doc.teams.map((t) => [t.id, t.name]));
  const origin = trace.origin ? cards.get(trace.origin) : undefined;
  const where = (id: string) => {
    const c = cards.get(id);
    return c ? `${stages.get(c.stageId)?.name ?? ''} · ${lanes.get(c.laneId)?.title ?? ''}` : '';
  };
  const place = (id: string) => {
    const c = cards.get(id);
    return [stages.get(c?.stageId ?? '')?.order ?? 0, lanes.get(c?.laneId ?? '')?.order ?? 0] as const;
  };
  const behind = [...trace.cards].sort((a, b) => place(a)[0] - place(b)[0] || place(a)[1] - place(b)[1]);
  const rows = behind
    .map((id) => {
      const c = cards.get(id);
      return `<tr><td>${e(c?.title ?? '')}</td><td>${e(where(id))}</td><td>${e(teams.get(c?.ownerTeamId ?? '') ?? '—')}</td></tr>`;
    })
    .join('');
  const painRows = trace.painPoints
    .map((id) => {
      const p = doc.painPoints.find((x) => x.id === id);
      if (!p) return '';
      return (
        `<tr><td>${e(p.title)}</td><td>${e(cards.get(p.cardId)?.title ?? '')}</td>` +
        `<td class="num"><span class="sev" style="background:${severityColor(p.severity)}">S${e(number(p.severity, 0))}</span></td>` +
        `<td class="num">${e(number(priorityScore(p), 1))}</td></tr>`
      );
    })
    .join('');
  const title = say('trace.title', { pain: pain?.title ?? '' });
  const css = `
@page { size: 297mm 210mm; margin: 12mm; }
html, body { margin: 0; padding: 0; background: #ffffff; }
@media screen { body { padding: 12mm; } }
body { font-family: ${FONT_FAMILY}; color: #1f2933; font-size: 11px; line-height: 1.35; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { box-sizing: border-box; width: 273mm; height: 185.5mm; overflow: hidden; }
h1 { font-size: 18px; margin: 0 0 2px; }
h2 { font-size: 13px; margin: 14px 0 4px; }
.sub { margin: 0; color: #3b4754; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #d5dae1; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #e9edf2; }
.num { text-align: right; white-space: nowrap; }
.sev { display: inline-block; min-width: 16px; padding: 0 4px; border-radius: 7px; text-align: center; font-weight: 700; color: #ffffff; }
.none { color: #5f6b7a; }
`;
  const table = (head: string[], body: string, empty: string) =>
    body === ''
      ? `<p class="none">${e(empty)}</p>`
      : `<table><thead><tr>${head.map((h, i) => `<th${i > 1 && head.length > 3 ? ' class="num"' : ''}>${e(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
  return (
    `<!DOCTYPE html><html lang="${e(locale.tag)}"><head><meta charset="utf-8"><title>${e(title)}</title>` +
    `<meta name="generator" content="Tandem"><style>${css}</style></head><body><section class="sheet">` +
    `<h1>${e(title)}</h1>` +
    `<p class="sub">${e(say('trace.origin', { card: origin?.title ?? '', where: origin ? where(origin.id) : '' }))} · ${e(
      say('titleBlock.exported', { date: locale.date(now) }),
    )}</p>` +
    `<h2>${e(say('trace.cards', { count: behind.length }))}</h2>` +
    table([say('trace.card'), say('trace.where'), say('actions.owner')], rows, say('trace.noCards')) +
    `<h2>${e(say('trace.pains'))}</h2>` +
    table(
      [say('trace.pain'), say('trace.card'), say('trace.severity'), say('trace.priority')],
      painRows,
      say('trace.noPains'),
    ) +
    `</section></body></html>`
  );
}
