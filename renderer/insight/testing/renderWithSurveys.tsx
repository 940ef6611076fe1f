import type { ReactElement } from 'react';
import type { CallName, OpenedMap } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import type { SurveyStats } from '../../../shared/metrics/surveySchemas';
import { renderEditor, sampleOpened, type FakeHost } from '../../../test/helpers/renderEditor';

type Handler = (args: unknown) => Promise<ApiResult<unknown>>;

/**
 * Renders `ui` over the fake host, with survey calls answered by `handlers` (default: `survey/stats` gives
 * `stats`, `app/info` says browser). Calls are still recorded in `host.calls`.
 */
export function renderWithSurveys(
  ui: ReactElement | ((host: FakeHost) => ReactElement),
  {
    stats = null,
    handlers = {},
    opened = sampleOpened(),
  }: { stats?: SurveyStats | null; handlers?: Partial<Record<CallName, Handler>>; opened?: OpenedMap } = {},
) {
  const result = renderEditor((host) => {
    const client = host.client as unknown as Record<string, Handler>;
    const all: Partial<Record<CallName, Handler>> = {
      'survey/stats': async () =>
        stats ? { ok: true, data: stats } : { ok: true, data: { touchpoints: [], stages: [] } },
      'app/info': async () => ({ ok: true, data: { version: 'test', host: 'browser', platform: 'test' } }),
      ...handlers,
    };
    for (const [name, fn] of Object.entries(all)) {
      client[name] = async (args: unknown) => {
        host.calls.push({ name: name as CallName, args });
        return fn!(args);
      };
    }
    return typeof ui === 'function' ? ui(host) : ui;
  }, opened);
  return result;
}

/** Survey statistics for the sample map: figures at its first two stages and one flagged gap at its delivery card. */
export function sampleStats(doc: ReturnType<typeof sampleOpened>['doc']): SurveyStats {
  const stages = [...doc.stages].sort((a, b) => a.order - b.order);
  const delivery = doc.cards.find((c) => c.key === 'delivery')!;
  const receive = doc.stages.find((s) => s.id === delivery.stageId)!;
  const none = { nps: null, csat: null, ces: null, enps: null, index: null };
  return {
    touchpoints: [
      {
        key: 'delivery',
        card: { id: delivery.id, title: delivery.title, stage: receive.name },
        responses: { customer: 15, employee: 13 },
        metrics: { nps: 35, csat: 76, ces: 3.2, enps: -69.2, index: 41.5 },
        gaps: [
          { customer: 'resolved', employee: 'solved', pairs: 12, disagree: 2, share: 0.167, flagged: false },
          { customer: 'easy', employee: 'tools_easy', pairs: 12, disagree: 5, share: 0.417, flagged: true },
        ],
      },
    ],
    stages: stages.map((s) => ({
      id: s.id,
      name: s.name,
      metrics: s.id === receive.id ? { nps: 35, csat: 76, ces: 3.2, enps: -69.2, index: 41.5 } : none,
    })),
  };
}
