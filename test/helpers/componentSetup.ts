import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
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
