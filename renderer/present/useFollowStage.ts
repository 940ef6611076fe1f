import { useEffect } from 'react';
import type { TandemClient } from '../api/client';

/**
 * While a live workshop runs with Follow me on, each stage the presenter steps to becomes the followed stage, so
 * the participants' pages step along. It goes through the same call the room controls make (`workshop/follow`);
 * with no workshop, or Follow me off, it does nothing.
 */
export function useFollowStage(client: TandemClient | null, stageId: string | null): void {
  useEffect(() => {
    if (!client || stageId === null) return;
    let live = true;
    void client['workshop/status']({}).then((r) => {
      if (!live || !r.ok || !r.data.running) return;
      const followed = r.data.room.followStage;
      if (followed !== null && followed !== stageId) void client['workshop/follow']({ stageId });
    });
    return () => {
      live = false;
    };
  }, [client, stageId]);
}
