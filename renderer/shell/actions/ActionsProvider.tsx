import { createContext, useContext, useState, type ReactNode } from 'react';
import type { TandemClient } from '../../api/client';
import { CanvasPortContext, createCanvasPort, useCanvasPort } from '../../ui/actions/canvasPort';

const ClientContext = createContext<TandemClient | null>(null);

/** Gives the actions of one editor window its host client and its own canvas port. */
export function ActionsProvider({ client, children }: { client: TandemClient; children: ReactNode }) {
  const [port] = useState(createCanvasPort);
  return (
    <ClientContext.Provider value={client}>
      <CanvasPortContext.Provider value={port}>{children}</CanvasPortContext.Provider>
    </ClientContext.Provider>
  );
}

/** The host client the actions use, or null where none was given (component tests of one part). */
export function useActionClient(): TandemClient | null {
  return useContext(ClientContext);
}

export { useCanvasPort };
