import type { TandemClient } from '../api/client';
import { Modal } from './Modal';

// The export feature replaces this component with its dialog; the toolbar, the Map menu and the host's
// Export menu item all open whatever this file exports, so swapping it is the only change needed.

/** The Export dialog: a placeholder until the export feature arrives. */
export function ExportEntry({ onClose }: { client: TandemClient; onClose: () => void }) {
  return (
    <Modal title="Export" onClose={onClose}>
      <p className="modal__text">Export comes with the export feature.</p>
      <div className="modal__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
