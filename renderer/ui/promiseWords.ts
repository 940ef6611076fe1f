import { PROMISE_MIN_N, type PromiseRow } from '../../shared/insight/promises';
import { figureText } from '../../shared/metrics/targets';
import type { MetricKind } from '../../shared/schema/metric';
import { localeFor } from '../../shared/vocabulary/i18n';
import { sayIn, uiLanguage } from '../i18n';

/** A figure of a promise or an effect as every figure is written (figureText), in the UI language's numbers; "–" for none. */
export function promiseFigure(kind: MetricKind, value: number | null): string {
  if (value === null) return '–';
  return figureText(kind, value, (v, decimals, fixed) => localeFor(uiLanguage()).number(v, decimals, fixed));
}

/** Why a promise has its status, in words: the figure, its target and n, or what is missing. */
export function promiseReason(row: PromiseRow): string {
  const t = sayIn('promises');
  const figure = promiseFigure(row.metric, row.value);
  const target = row.target === null ? '–' : promiseFigure(row.metric, row.target);
  return t(`reason.${row.reason}`, { figure, target, n: row.n, min: PROMISE_MIN_N });
}

/** The whole sentence of a promise's badge: its text, status and reason. */
export function promiseSentence(row: PromiseRow): string {
  const t = sayIn('promises');
  return t('badge.label', { text: row.text, status: t(`status.${row.status}`), reason: promiseReason(row) });
}
