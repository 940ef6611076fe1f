import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventName } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';
import { DocumentStore } from '../../electron/services/documentStore';
import { Countdown } from '../../electron/workshop/countdown';
import { workshopApi } from '../../electron/workshop/facilitator';
import { WorkshopHub, type Connection } from '../../electron/workshop/hub';
import type { HostMessage } from '../../shared/workshop/protocol';
import { createFromTemplate } from '../../shared/templates/index';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();

describe("the facilitator's countdown", () => {
  it('runs without a workshop: start, pause, add a minute, resume and reset, each told to the windows', async () => {
    const store = DocumentStore.create(join(tempDir(), 'timer.tandem'), createFromTemplate('sample'));
    const told: [EventName, unknown][] = [];
    const { api } = workshopApi({
      need: () => store,
      emit: (event, payload) => told.push([event, payload]),
      beforeParticipantEdit: () => undefined,
      onParticipantEdit: () => undefined,
      onEnded: () => undefined,
    });
    expect(await api['timer/status']({})).toEqual({ timer: null });
    expect(() => api['timer/act']({ action: 'pause' })).toThrow(ApiFailure);
    const started = await api['timer/act']({ action: 'start', seconds: 300 });
    expect(started.timer).toMatchObject({ running: true, durationMs: 300_000 });
    const paused = (await api['timer/act']({ action: 'pause' })).timer!;
    expect(paused.running).toBe(false);
    const longer = (await api['timer/act']({ action: 'add', seconds: 60 })).timer!;
    expect(longer.remainingMs).toBe(paused.remainingMs + 60_000);
    expect((await api['timer/act']({ action: 'resume' })).timer?.running).toBe(true);
    expect(await api['timer/act']({ action: 'clear' })).toEqual({ timer: null });
    expect(told.filter(([e]) => e === 'timer/changed')).toHaveLength(5);
    expect(told.at(-1)).toEqual(['timer/changed', { timer: null }]);
    // No workshop was started for any of it.
    expect(await api['workshop/status']({})).toEqual({ running: false });
    store.close();
  });

  it("is the one timer participants' pages see: a countdown started before the room opened is in the welcome", () => {
    const store = DocumentStore.create(join(tempDir(), 'room.tandem'), createFromTemplate('sample'));
    let now = 5_000_000;
    const countdown = new Countdown(() => now);
    countdown.act({ action: 'start', seconds: 600 });
    now += 60_000;
    const hub = new WorkshopHub(
      { doc: () => store.doc, revision: () => store.revision, apply: (cmd) => store.applyParsed(cmd) },
      { now: () => now, countdown },
    );
    const got: HostMessage[] = [];
    const page: Connection = { send: (m) => got.push(m), close: () => undefined };
    hub.connect(page).receive(JSON.stringify({ t: 'hello', v: 1, clientId: 'client-olena-1', name: 'Olena' }));
    const welcome = got.find((m) => m.t === 'welcome');
    expect(welcome?.t === 'welcome' && welcome.room?.timer).toEqual({
      running: true,
      remainingMs: 540_000,
      durationMs: 600_000,
    });
    // The facilitator pauses it from the toolbar (the countdown itself, not the room): the page is told.
    countdown.act({ action: 'pause' });
    const room = got.filter((m) => m.t === 'room').at(-1);
    expect(room?.t === 'room' && room.room.timer).toMatchObject({ running: false, remainingMs: 540_000 });
    // After the session the countdown lives on, and the closed room no longer hears of it.
    hub.close('ended');
    const before = got.length;
    countdown.act({ action: 'resume' });
    expect(got.length).toBe(before);
    expect(countdown.view()?.running).toBe(true);
    store.close();
  });
});
