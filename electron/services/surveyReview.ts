import { basename } from 'node:path';
import { compareSites } from '../../shared/metrics/sites';
import type { ReviewedKey, SurveyReview } from '../../shared/metrics/surveySchemas';
import { readSurvey, type SurveyTarget } from './surveyImport';
import type { ImportOptions } from './surveyParse';

/** UTC ISO time of an answered_at text, or null when it is not a date. */
function utc(text: string | null): number | null {
  if (text === null) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Reads a survey file the way the import would — same checks, same errors — and writes nothing: answers and
 * interactions per touchpoint key, which keys match a card, the answers' time span, and an earlier import of the
 * same file (same bytes, or the same name) to offer as the one to replace.
 */
export async function reviewSurvey(
  target: SurveyTarget,
  filePath: string,
  opts: ImportOptions = {},
): Promise<SurveyReview> {
  const name = basename(filePath);
  const parsed = await readSurvey(target, filePath, opts);
  const { doc, database: db } = target;

  const perKey = new Map<string, { answers: number; interactions: Set<string> }>();
  const customer = new Set<string>();
  const employee = new Set<string>();
  const perSite = new Map<string, { answers: number; interactions: Set<string> }>();
  let from: number | null = null;
  let to: number | null = null;
  for (const a of parsed.answers) {
    let k = perKey.get(a.touchpoint);
    if (!k) {
      k = { answers: 0, interactions: new Set() };
      perKey.set(a.touchpoint, k);
    }
    k.answers++;
    k.interactions.add(a.interactionId);
    (a.respondent === 'customer' ? customer : employee).add(a.interactionId);
    if (a.site !== null) {
      let s = perSite.get(a.site);
      if (!s) {
        s = { answers: 0, interactions: new Set() };
        perSite.set(a.site, s);
      }
      s.answers++;
      s.interactions.add(a.interactionId);
    }
    const t = utc(a.answeredAt);
    if (t !== null) {
      if (from === null || t < from) from = t;
      if (to === null || t > to) to = t;
    }
  }

  const stageById = new Map(doc.stages.map((s) => [s.id, s]));
  const cardByKey = new Map(doc.cards.filter((c) => c.key !== null).map((c) => [c.key!, c]));
  const order = (k: ReviewedKey): number => {
    const card = cardByKey.get(k.key);
    return card ? (stageById.get(card.stageId)?.order ?? Number.MAX_VALUE) : Number.POSITIVE_INFINITY;
  };
  const touchpoints = [...perKey].map(([key, k]): ReviewedKey => {
    const card = cardByKey.get(key);
    return {
      key,
      answers: k.answers,
      interactions: k.interactions.size,
      card: card ? { id: card.id, title: card.title, stage: stageById.get(card.stageId)?.name ?? '' } : null,
    };
  });
  touchpoints.sort((a, b) => order(a) - order(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const same = db
    .prepare(
      'SELECT id, file_name AS fileName, imported_at AS importedAt, sha256 = ? AS identical FROM survey_imports WHERE sha256 = ? OR file_name = ? ORDER BY sha256 = ? DESC, id DESC LIMIT 1',
    )
    .get(parsed.sha256, parsed.sha256, name, parsed.sha256) as
    | { id: number; fileName: string; importedAt: string; identical: number }
    | undefined;

  return {
    fileName: name,
    answers: parsed.answers.length,
    interactions: { total: new Set([...customer, ...employee]).size, customer: customer.size, employee: employee.size },
    touchpoints,
    dates: {
      from: from === null ? null : new Date(from).toISOString().replace(/\.000Z$/, 'Z'),
      to: to === null ? null : new Date(to).toISOString().replace(/\.000Z$/, 'Z'),
    },
    sites: [...perSite]
      .sort(([a], [b]) => compareSites(a, b))
      .map(([site, s]) => ({ site, answers: s.answers, interactions: s.interactions.size })),
    sameFile: same
      ? { importId: same.id, fileName: same.fileName, importedAt: same.importedAt, identical: same.identical === 1 }
      : null,
    warnings: parsed.warnings,
  };
}
