import { z } from 'zod';

/**
 * Where Tandem's update check stands (Help › Check for updates…). Updates come only to a copy installed from a
 * release whose build names an update address; anywhere else the state says why there are none.
 */
export const updateStateSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('unavailable'),
    /** `browser`: the browser host; `development`: not an installed copy; `no-feed`: built without an update address. */
    reason: z.enum(['browser', 'development', 'no-feed']),
  }),
  z.object({ state: z.literal('idle') }),
  z.object({ state: z.literal('checking') }),
  z.object({ state: z.literal('up-to-date'), version: z.string().max(64) }),
  z.object({ state: z.literal('available'), version: z.string().max(64) }),
  z.object({ state: z.literal('downloading'), version: z.string().max(64), percent: z.number().min(0).max(100) }),
  /** Downloaded: installed when Tandem quits, or now with `install`. */
  z.object({ state: z.literal('ready'), version: z.string().max(64) }),
  z.object({ state: z.literal('error'), message: z.string().max(500) }),
]);
export type UpdateState = z.infer<typeof updateStateSchema>;

/** What the user asks of the update check: look now, download what was found, or restart into it. */
export const updateActionSchema = z.enum(['status', 'check', 'download', 'install']);
export type UpdateAction = z.infer<typeof updateActionSchema>;

/** The update check as a session reaches it: one per app, shared by every window (electron/main/updates.ts). */
export interface UpdatesPort {
  run(action: UpdateAction): Promise<UpdateState>;
  /** Calls `listener` with every new state until the returned function is called. */
  subscribe(listener: (state: UpdateState) => void): () => void;
}
