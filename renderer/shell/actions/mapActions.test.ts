import { describe, expect, it } from 'vitest';
import { createFakeHost, sampleOpened } from '../../../test/helpers/renderEditor';
import { createEditorStore } from '../../store/editorStore';
import { settleFileOutcome } from './mapActions';

function setup() {
  const opened = sampleOpened();
  return createEditorStore(opened, createFakeHost(opened).client);
}

describe('settleFileOutcome', () => {
  it('brings up the start screen with the recovery offer when the map that failed to open is damaged', () => {
    const store = setup();
    const message = '"Bank.tandem" is damaged: it is empty (0 bytes). It was not opened; nothing in it was changed.';
    settleFileOutcome(store, { kind: 'failed', message, damagedPath: '/maps/Bank.tandem' }, () => undefined);
    expect(store.getState()).toMatchObject({
      dialog: 'start',
      startFocus: 'open',
      failedOpen: { path: '/maps/Bank.tandem', message },
    });
    store.getState().closeDialog();
    expect(store.getState().failedOpen).toBeNull();
  });

  it('shows any other failure as an error, with no start screen', () => {
    const store = setup();
    settleFileOutcome(store, { kind: 'failed', message: 'The disk is full.' }, () => undefined);
    expect(store.getState().error).toBe('The disk is full.');
    expect(store.getState().dialog).toBeNull();
  });
});
