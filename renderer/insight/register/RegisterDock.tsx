import type { TandemClient } from '../../api/client';
import { useEditor } from '../../store/useEditor';
import { RegisterDrawer } from './RegisterDrawer';

/** The slot under the canvas where the pain point register docks while it is open. */
export function RegisterDock({ client }: { client: TandemClient }) {
  const open = useEditor((s) => s.registerOpen);
  return open ? <RegisterDrawer client={client} /> : null;
}
