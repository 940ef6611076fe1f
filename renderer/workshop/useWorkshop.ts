import { useCallback, useEffect, useState } from 'react';
import type { CallResult } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';

export type WorkshopStatus = CallResult<'workshop/status'>;

/** The live workshop's state as the host reports it, asked again whenever the host says it changed. */
export function useWorkshopStatus(client: TandemClient): { status: WorkshopStatus | null; refresh: () => void } {
  const [status, setStatus] = useState<WorkshopStatus | null>(null);
  const refresh = useCallback(() => {
    void client['workshop/status']({}).then((r) => {
      if (r.ok) setStatus(r.data);
    });
  }, [client]);
  useEffect(() => {
    refresh();
    return client.onEvent('workshop/changed', refresh);
  }, [client, refresh]);
  return { status, refresh };
}
