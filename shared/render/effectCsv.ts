import { promiseWordsIn } from '../insight/promiseWords';
import { type ActionEffect, EFFECT_MIN_N } from '../metrics/effect';
import { figureText } from '../metrics/targets';
import type { TandemDoc } from '../schema/document';
import { label } from '../vocabulary';
import { localeFor } from '../vocabulary/i18n';
import { mapLanguage } from '../vocabulary/language';
import type { ActionRow } from './register';

/**
 * The actions CSV's columns for a done action's effect, in the map's language: its done day, and its before / after
 * as one cell ("CSAT at checkout: 50% (n = 10) → 75% (n = 12); …"), "too few" where a side lacks answers.
 */
export function effectColumns(
  doc: TandemDoc,
  rows: readonly ActionRow[],
  effects: readonly ActionEffect[],
): { header: string[]; rows: string[][] } {
  const locale = localeFor(mapLanguage(doc));
  const say = promiseWordsIn(locale.language);
  const byId = new Map(effects.map((e) => [e.actionId, e]));
  const doneAt = new Map(doc.opportunities.map((o) => [o.id, o.doneAt ?? '']));
  return {
    header: [say('appendix.colDoneOn'), say('effect.title')],
    rows: rows.map((r) => {
      const effect = byId.get(r.id);
      const cells = (effect?.touchpoints ?? []).flatMap((tp) =>
        tp.metrics.map((m) => {
          const side = (s: typeof m.before) =>
            s.enough && s.value !== null
              ? say('effect.side', { figure: figureText(m.metric, s.value, locale.number), n: s.n })
              : say('effect.tooFew', { n: s.n, min: EFFECT_MIN_N });
          return say('effect.summary', {
            metric: label(`metricKind.${m.metric}`, { t: locale.t }),
            key: tp.key,
            before: side(m.before),
            after: side(m.after),
          });
        }),
      );
      return [doneAt.get(r.id) ?? '', cells.join('; ')];
    }),
  };
}
