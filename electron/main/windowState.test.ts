import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  captureWindowState,
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  readMapWindowState,
  readWindowState,
  rememberMapWindowState,
  writeWindowState,
} from './windowState';

let dir: string;
let file: string;
const laptop = [{ x: 0, y: 0, width: 1920, height: 1080 }];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-window-'));
  file = path.join(dir, 'window-state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('round-trips bounds and the maximized flag through the file', () => {
    const state = { x: 100, y: 80, width: 1400, height: 900, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(loadWindowState(file, laptop)).toEqual(state);
  });

  it('captures the normal bounds of a live window', () => {
    const win = { getNormalBounds: () => ({ x: 10.4, y: 20.6, width: 1000, height: 700 }), isMaximized: () => false };
    expect(captureWindowState(win)).toEqual({ x: 10, y: 21, width: 1000, height: 700, maximized: false });
  });

  it('ignores a missing file', () => {
    expect(readWindowState(file)).toBeNull();
    expect(loadWindowState(file, laptop)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('ignores a corrupt file: broken JSON, wrong shape, absurd sizes', () => {
    for (const content of [
      '{"x": 1, "wid',
      '[]',
      '{"width": "big", "height": 800, "maximized": false}',
      '{"width": 5, "height": 5, "maximized": false}',
    ]) {
      writeFileSync(file, content);
      expect(readWindowState(file), content).toBeNull();
      expect(loadWindowState(file, laptop)).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('drops a position that is no longer on any display, keeping the size', () => {
    const state = { x: 3000, y: 200, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, laptop)).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('keeps a position on a second display that is still there', () => {
    const state = { x: 2100, y: 100, width: 1200, height: 800, maximized: false };
    const twoScreens = [...laptop, { x: 1920, y: 0, width: 2560, height: 1440 }];
    expect(fitToDisplays(state, twoScreens)).toEqual(state);
  });

  it('shrinks a window larger than the largest display', () => {
    const state = { x: 0, y: 0, width: 4000, height: 3000, maximized: false };
    expect(fitToDisplays(state, laptop)).toEqual({ x: 0, y: 0, width: 1920, height: 1080, maximized: false });
  });
});

describe("each map's own window", () => {
  it("remembers where each map's window was, apart from the others", () => {
    const maps = path.join(dir, 'map-windows.json');
    rememberMapWindowState(maps, '/maps/bank.tandem', { x: 10, y: 20, width: 900, height: 700, maximized: false });
    rememberMapWindowState(maps, '/maps/shop.tandem', { x: 500, y: 40, width: 1200, height: 800, maximized: true });
    expect(readMapWindowState(maps, '/maps/bank.tandem')).toEqual({
      x: 10,
      y: 20,
      width: 900,
      height: 700,
      maximized: false,
    });
    expect(readMapWindowState(maps, '/maps/shop.tandem')).toMatchObject({ x: 500, maximized: true });
    expect(readMapWindowState(maps, '/maps/other.tandem')).toBeNull();
  });

  it('keeps the 50 maps used last, and reads a damaged file as none remembered', () => {
    const maps = path.join(dir, 'map-windows.json');
    for (let i = 0; i < 55; i += 1)
      rememberMapWindowState(maps, `/maps/${i}.tandem`, { width: 800, height: 600, maximized: false });
    expect(readMapWindowState(maps, '/maps/54.tandem')).not.toBeNull();
    expect(readMapWindowState(maps, '/maps/5.tandem')).not.toBeNull();
    expect(readMapWindowState(maps, '/maps/4.tandem')).toBeNull();
    writeFileSync(maps, '[{"map": 3}');
    expect(readMapWindowState(maps, '/maps/54.tandem')).toBeNull();
  });
});
