import type { TandemClient } from '../api/client';
import { ExportDialog } from '../export/ExportDialog';

// The toolbar, the Map menu and the host's Export menu item all open whatever this file exports.

/** The Export dialog (renderer/export). */
export function ExportEntry({ client, onClose }: { client: TandemClient; onClose: () => void }) {
  return <ExportDialog client={client} onClose={onClose} />;
}
