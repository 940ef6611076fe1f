import { z } from 'zod';
import { events, type CallName, type EventName, type EventPayload } from '../../shared/api/contract';
import { apiErrorSchema, type ApiResult } from '../../shared/api/result';

const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);

/**
 * One call to the browser host: POST api/<name> with the arguments as JSON. Relative URL and same-origin
 * credentials, because the host authenticates the page with the HttpOnly cookie it set on first load.
 */
export async function postCall(
  name: CallName,
  args: unknown,
  fetchFn: typeof fetch = fetch,
): Promise<ApiResult<unknown>> {
  let res: Response;
  try {
    res = await fetchFn(`api/${encodeURIComponent(name)}`, {
      method: 'POST',
      body: JSON.stringify(args ?? {}),
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
    });
  } catch (err) {
    return {
      ok: false,
      error: {
        code: 'io',
        message: `Tandem could not reach its host (${err instanceof Error ? err.message : String(err)}). Is it still running?`,
      },
    };
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    const code = res.status === 403 ? 'unauthorized' : 'io';
    return {
      ok: false,
      error: { code, message: `${name}: the host answered ${res.status} ${res.statusText} without a result` },
    };
  }
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success)
    return { ok: false, error: { code: 'internal', message: `${name}: the host's answer is not a result envelope` } };
  return parsed.data;
}

type Listener = (payload: unknown) => void;

/** Host events over Server-Sent Events (GET events), one stream shared by every subscriber. */
export function createEventStream(open: () => EventSource = () => new EventSource('events')) {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<Listener>>();
  const attached = new Set<EventName>();

  function attach(name: EventName): void {
    if (!source || attached.has(name)) return;
    attached.add(name);
    source.addEventListener(name, (e) => {
      let payload: unknown;
      try {
        payload = JSON.parse((e as MessageEvent<string>).data);
      } catch {
        return;
      }
      // A malformed event is dropped rather than trusted: the renderer acts on these without asking again.
      const parsed = events[name].safeParse(payload);
      if (!parsed.success) return;
      for (const l of listeners.get(name) ?? []) l(parsed.data);
    });
  }

  return {
    on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void {
      source ??= open();
      const set = listeners.get(name) ?? new Set<Listener>();
      listeners.set(name, set);
      const l = listener as Listener;
      set.add(l);
      attach(name);
      return () => {
        set.delete(l);
      };
    },
  };
}

/**
 * Takes the per-run token out of the address bar and this history entry, keeping the path, any other query and
 * the hash. The host answered the tokened address with an HttpOnly cookie before any script ran, so a reload
 * (or a bookmark of the address as it now stands) authenticates with that cookie instead.
 */
export function dropTokenFromAddress(win: Pick<Window, 'location' | 'history'> = window): void {
  const url = new URL(win.location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}
