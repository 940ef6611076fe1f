import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { WindowKeys, renderEditor } from '../../../test/helpers/renderEditor';
import { TraceBar } from './TraceBar';

function traced() {
  const r = renderEditor(
    <ReactFlowProvider>
      <WindowKeys />
      <TraceBar />
      <input aria-label="Some field" />
    </ReactFlowProvider>,
  );
  const pain = r.store.getState().doc.painPoints.find((p) => p.title.startsWith('Waits 8+'))!;
  act(() => r.store.getState().startTrace(pain.id));
  return r;
}

describe('the trace strip', () => {
  it('says what is traced and what it found', () => {
    traced();
    expect(screen.getByRole('status', { name: 'Trace' }).textContent).toContain(
      '“Waits 8+ minutes at peak times”: 3 cards behind it, 2 employee pain points',
    );
  });

  it('ends the trace on Escape, and stops the key so it does not also clear the selection', () => {
    const { store } = traced();
    let reached = false;
    const after = () => {
      reached = true;
    };
    window.addEventListener('keydown', after);
    try {
      fireEvent.keyDown(document.body, { key: 'Escape' });
    } finally {
      window.removeEventListener('keydown', after);
    }
    expect(store.getState().tracedPainPointId).toBeNull();
    expect(reached).toBe(false);
    expect(screen.queryByRole('status', { name: 'Trace' })).toBeNull();
  });

  it('leaves Escape to a text field being typed in', () => {
    const { store } = traced();
    fireEvent.keyDown(screen.getByLabelText('Some field'), { key: 'Escape' });
    expect(store.getState().tracedPainPointId).not.toBeNull();
  });

  it('opens the Pain points tab with Details and ends the trace with Clear trace', () => {
    const { store } = traced();
    fireEvent.click(screen.getByRole('button', { name: 'Details' }));
    expect(store.getState().panelTab).toBe('painPoints');
    fireEvent.click(screen.getByRole('button', { name: /Clear trace/ }));
    expect(store.getState().tracedPainPointId).toBeNull();
  });

  it('shows nothing when no trace is on', () => {
    const r = renderEditor(
      <ReactFlowProvider>
        <TraceBar />
      </ReactFlowProvider>,
    );
    expect(r.container.textContent).toBe('');
  });
});
