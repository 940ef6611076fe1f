import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
  // The side panel's shown/hidden is remembered per window: each test starts with a fresh window's.
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});

// React Flow measures nodes with ResizeObserver and reads the viewport transform with DOMMatrixReadOnly.
// happy-dom has both; jsdom has neither. The stubs only fill a gap, and only where there is a DOM at all
// (setup files also run for node-environment projects).
if (typeof window !== 'undefined') {
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, 'ResizeObserver', { value: ResizeObserverStub, configurable: true });
  }
  if (!('DOMMatrixReadOnly' in window)) {
    class DOMMatrixReadOnlyStub {
      m22: number;
      constructor(transform?: string) {
        const scale = /scale\(([\d.]+)\)/.exec(transform ?? '')?.[1];
        this.m22 = scale === undefined ? 1 : Number(scale);
      }
    }
    Object.defineProperty(window, 'DOMMatrixReadOnly', { value: DOMMatrixReadOnlyStub, configurable: true });
  }
}

// happy-dom does no layout, so every element is 0 × 0 and React Flow would think its pane is empty and cull
// every node. Give React Flow's renderer (whose size it reads) the size of a laptop screen; everything else keeps happy-dom's zero.
if (typeof window !== 'undefined') {
  const size = { offsetWidth: 1600, offsetHeight: 1000 } as const;
  for (const prop of ['offsetWidth', 'offsetHeight'] as const) {
    const original = Object.getOwnPropertyDescriptor(window.HTMLElement.prototype, prop);
    Object.defineProperty(window.HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        if (this.classList.contains('react-flow__renderer')) return size[prop];
        return (original?.get?.call(this) as number | undefined) ?? 0;
      },
    });
  }
}
