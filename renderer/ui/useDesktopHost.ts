import { useEffect, useState } from 'react';
import type { TandemClient } from '../api/client';

/** Whether the host is the desktop app (native file dialogs, Show in folder); null until it answers. */
export function useDesktopHost(client: TandemClient): boolean | null {
  const [desktop, setDesktop] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void client['app/info']({}).then((r) => live && setDesktop(r.ok && r.data.host === 'electron'));
    return () => {
      live = false;
    };
  }, [client]);
  return desktop;
}
