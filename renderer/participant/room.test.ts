import { describe, expect, it } from 'vitest';
import { makePainPoint } from '../../shared/factories';
import { createFromTemplate } from '../../shared/templates';
import { emptyRoom, roomReducer, type Room } from './room';

const doc = createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));

function welcomed(): Room {
  return roomReducer(emptyRoom, {
    kind: 'host',
    msg: { t: 'welcome', v: 1, participantId: 'me', seq: 10, doc, locked: false },
  });
}

describe('the participant page’s room', () => {
  it('applies the host’s commands in sequence and drops its own pending one when confirmed', () => {
    const pain = makePainPoint({ cardId: doc.cards[0]!.id, title: 'Till is slow' });
    const command = { type: 'painPoint/add' as const, painPoint: pain };
    let room = roomReducer(welcomed(), { kind: 'sent', pending: { id: 'cmd-1', command }, creates: pain.id });
    expect(room.pending).toHaveLength(1);
    // Nothing is shown before the host confirms it.
    expect(room.doc!.painPoints.some((p) => p.id === pain.id)).toBe(false);
    room = roomReducer(room, { kind: 'host', msg: { t: 'applied', seq: 11, id: 'cmd-1', author: 'me', command } });
    expect(room.pending).toEqual([]);
    expect(room.seq).toBe(11);
    expect(room.doc!.painPoints.find((p) => p.id === pain.id)?.title).toBe('Till is slow');
    expect(room.mine).toEqual([pain.id]);
    // The same command told twice (a resend's answer) changes nothing.
    expect(
      roomReducer(room, { kind: 'host', msg: { t: 'applied', seq: 11, id: 'cmd-1', author: 'me', command: null } }).doc,
    ).toBe(room.doc);
  });

  it('asks for the whole map when it missed a command', () => {
    const pain = makePainPoint({ cardId: doc.cards[0]!.id });
    const room = roomReducer(welcomed(), {
      kind: 'host',
      msg: {
        t: 'applied',
        seq: 13,
        id: null,
        author: 'facilitator',
        command: { type: 'painPoint/add', painPoint: pain },
      },
    });
    expect(room.stale).toBe(true);
    expect(room.seq).toBe(10);
  });

  it('shows a refusal and forgets that the refused object was going to be theirs', () => {
    const pain = makePainPoint({ cardId: doc.cards[0]!.id });
    let room = roomReducer(welcomed(), {
      kind: 'sent',
      pending: { id: 'cmd-9', command: { type: 'painPoint/add', painPoint: pain } },
      creates: pain.id,
    });
    room = roomReducer(room, {
      kind: 'host',
      msg: { t: 'refused', id: 'cmd-9', code: 'locked', message: 'The facilitator has locked the map.' },
    });
    expect(room.pending).toEqual([]);
    expect(room.mine).toEqual([]);
    expect(room.notice).toBe('The facilitator has locked the map.');
  });

  it('moves past a number it may not see (private mode) without asking for the whole map', () => {
    const room = roomReducer(welcomed(), { kind: 'host', msg: { t: 'skip', seq: 11 } });
    expect(room.seq).toBe(11);
    expect(room.stale).toBe(false);
    expect(room.doc).toBe(welcomed().doc);
    expect(roomReducer(room, { kind: 'host', msg: { t: 'skip', seq: 13 } }).stale).toBe(true);
  });

  it('takes the room’s lock, timer and followed stage from the host, with the time it arrived', () => {
    const settings = {
      locked: true,
      timer: { running: true, remainingMs: 60_000, durationMs: 300_000 },
      followStage: doc.stages[1]!.id,
      privateMode: false,
    };
    const room = roomReducer(welcomed(), { kind: 'host', msg: { t: 'room', room: settings }, at: 5_000 });
    expect(room.locked).toBe(true);
    expect(room.settings).toEqual(settings);
    expect(room.settingsAt).toBe(5_000);
  });
});
