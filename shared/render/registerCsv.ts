import { effectColumns } from './effectCsv';
import type { ActionEffect } from '../metrics/effect';
import type { TandemDoc } from '../schema/document';
import { label, mapLanguage, type Translate, translatorFor } from '../vocabulary';
import { csvText } from './csv';
import { actionRegister, painRegister } from './register';

/** The translator of the language the map records: its CSV column headers and status words speak it. */
const mapTranslator = (doc: TandemDoc): Translate => translatorFor(mapLanguage(doc));

/**
 * The pain point register as CSV, ranked by priority (severity × reach × (1 + votes ÷ 10)), its headers and words
 * in the map's language. The one writer of it: the services' export, the CLI and the browser's download call this.
 */
export function painPointsCsv(doc: TandemDoc, t: Translate = mapTranslator(doc)): string {
  const header = (
    [
      'rank',
      'priority',
      'painPoint',
      'card',
      'stage',
      'lane',
      'side',
      'severity',
      'reach',
      'votes',
      'status',
      'team',
      'evidence',
      'actions',
      'addedBy',
      'cardAddedBy',
    ] as const
  ).map((k) => label(`registerColumn.${k}`, { t }));
  const rows = painRegister(doc).map((r) => [
    r.rank,
    r.priority,
    r.pain.title,
    r.card,
    r.stage,
    r.lane,
    label(`painSide.${r.pain.side}`, { t }),
    r.pain.severity,
    r.pain.reach,
    r.pain.votes,
    label(`painStatus.${r.pain.status}`, { t }),
    r.team,
    r.pain.evidence,
    r.actions.join('; '),
    r.addedBy,
    r.cardAddedBy,
  ]);
  return csvText(header, rows);
}

/** The actions with their owners and the pain they answer, as CSV in the map's language. */
export function actionsCsv(
  doc: TandemDoc,
  t: Translate = mapTranslator(doc),
  effects?: readonly ActionEffect[],
): string {
  const header = (['action', 'ownerTeam', 'effort', 'status', 'topPriority', 'painPoints', 'stages'] as const).map(
    (k) => label(`actionColumn.${k}`, { t }),
  );
  const rows = actionRegister(doc, t).map((a) => [
    a.title,
    a.owner,
    a.effort,
    a.status,
    a.topPriority,
    a.painPoints.join('; '),
    a.stages.join('; '),
  ]);
  // With effects given, two more columns: the done day and the before / after, in the map's language.
  if (!effects) return csvText(header, rows);
  const extra = effectColumns(doc, actionRegister(doc, t), effects);
  return csvText(
    [...header, ...extra.header],
    rows.map((r, i) => [...r, ...extra.rows[i]!]),
  );
}
