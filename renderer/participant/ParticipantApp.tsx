import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Command } from '../../shared/commands/types';
import { makeCard, makePainPoint } from '../../shared/factories';
import { PROTOCOL_VERSION } from '../../shared/workshop/protocol';
import { connect, type Connection } from './connection';
import { clientId, commandId, rememberName } from './identity';
import { JoinForm } from './JoinForm';
import { createdId, emptyRoom, roomReducer } from './room';
import { StageView, type Contribute } from './StageView';
import { VotingBar } from './VotingBar';

const STATUS_TEXT = {
  connecting: 'Connecting…',
  open: 'Live',
  offline: 'Offline — reconnecting; what you added is kept',
  ended: 'The workshop has ended',
} as const;

/** The secret from the join link (`?s=`), or null when the participant came by the short code. */
function linkSecret(): string | null {
  const s = new URLSearchParams(window.location.search).get('s');
  return s && /^[A-Za-z0-9_-]{16,128}$/.test(s) ? s : null;
}

/** Asks the host for the secret behind a typed code. */
async function secretForCode(code: string): Promise<string> {
  const r = await fetch('./join', { method: 'POST', body: JSON.stringify({ code }) });
  const body = (await r.json().catch(() => ({}))) as { secret?: string; error?: string };
  if (!r.ok || !body.secret) throw new Error(body.error ?? 'The workshop could not be reached.');
  return body.secret;
}

/** A participant's page: join, then see the map stage by stage and add pain points and cards to it. */
export function ParticipantApp() {
  const [joined, setJoined] = useState<{ name: string; team: string; secret: string } | null>(null);
  const [joinError, setJoinError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [room, dispatch] = useReducer(roomReducer, emptyRoom);
  const [stageId, setStageId] = useState<string | null>(null);
  const conn = useRef<Connection | null>(null);
  const pendingRef = useRef(room.pending);
  pendingRef.current = room.pending;

  useEffect(() => {
    if (!joined) return;
    const me = clientId();
    const hello = () => ({
      t: 'hello' as const,
      v: PROTOCOL_VERSION,
      clientId: me,
      name: joined.name,
      team: joined.team || undefined,
    });
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const c = connect({
      url: `${scheme}://${window.location.host}/ws?s=${encodeURIComponent(joined.secret)}`,
      hello,
      onMessage: (msg) => {
        dispatch({ kind: 'host', msg });
        // After a reconnect, what was sent and not confirmed goes again; the host applies each id once.
        if (msg.t === 'welcome') for (const p of pendingRef.current) c.send({ t: 'cmd', id: p.id, command: p.command });
      },
      onStatus: (status, reason) => dispatch({ kind: 'status', status, reason }),
    });
    conn.current = c;
    return () => c.close();
  }, [joined]);

  // A missed command: say hello again and the host sends the whole map.
  useEffect(() => {
    if (room.stale && joined && conn.current)
      conn.current.send({ t: 'hello', v: PROTOCOL_VERSION, clientId: clientId(), name: joined.name });
  }, [room.stale, joined]);

  const send = (command: Command) => {
    const id = commandId();
    dispatch({ kind: 'sent', pending: { id, command }, creates: createdId(command) });
    conn.current?.send({ t: 'cmd', id, command });
  };
  const contribute: Contribute = {
    painPoint: (card, p) => send({ type: 'painPoint/add', painPoint: makePainPoint({ cardId: card.id, ...p }) }),
    card: (laneId, stage, title) => {
      const doc = room.doc;
      const last = doc?.cards.filter((c) => c.laneId === laneId && c.stageId === stage).at(-1);
      send({ type: 'card/add', card: makeCard({ laneId, stageId: stage, title, order: (last?.order ?? 0) + 1 }) });
    },
    withdraw: (kind, id) => send(kind === 'card' ? { type: 'card/delete', id } : { type: 'painPoint/delete', id }),
  };
  const mine = useMemo(() => new Set(room.mine), [room.mine]);

  if (!joined) {
    const secret = linkSecret();
    return (
      <JoinForm
        needsCode={secret === null}
        error={joinError}
        busy={busy}
        onJoin={async ({ name, team, code }) => {
          setBusy(true);
          setJoinError(null);
          try {
            const s = secret ?? (await secretForCode(code));
            // The page's own address now carries the secret, so a reload (or a phone waking up) needs no code.
            if (secret === null) window.history.replaceState(null, '', `./?s=${encodeURIComponent(s)}`);
            rememberName(name, team);
            setJoined({ name, team, secret: s });
          } catch (err) {
            setJoinError(err instanceof Error ? err.message : String(err));
          } finally {
            setBusy(false);
          }
        }}
      />
    );
  }

  const doc = room.doc;
  const stages = doc?.stages ?? [];
  const current = stages.find((s) => s.id === stageId) ?? stages[0];
  const index = current ? stages.indexOf(current) : -1;
  const online = room.people.filter((p) => p.online).length;
  return (
    <div className="room">
      <header>
        <h1>{doc?.meta.title || 'Workshop'}</h1>
        <p className={`status status-${room.status}`} role="status">
          {room.status === 'ended' && room.endedReason ? room.endedReason : STATUS_TEXT[room.status]}
          {room.pending.length > 0 && ` · sending ${room.pending.length}…`}
          {room.status === 'open' && ` · ${online} here`}
        </p>
        {room.locked && <p className="locked">The facilitator has locked the map: you can look, not add.</p>}
      </header>
      {room.notice && (
        <div className="notice" role="alert">
          {room.notice}
          <button type="button" className="quiet" onClick={() => dispatch({ kind: 'dismiss' })}>
            OK
          </button>
        </div>
      )}
      {doc && current ? (
        <>
          {doc.voteRounds
            .filter((r) => r.closedAt === null)
            .map((r) => (
              <VotingBar
                key={r.id}
                round={r}
                mine={room.dots?.roundId === r.id ? room.dots.mine : {}}
                disabled={room.locked || room.status !== 'open'}
                send={send}
              />
            ))}
          <nav className="stages" aria-label="Stages">
            <button type="button" disabled={index <= 0} onClick={() => setStageId(stages[index - 1]!.id)}>
              ‹ Previous
            </button>
            <select aria-label="Stage" value={current.id} onChange={(e) => setStageId(e.target.value)}>
              {stages.map((s, i) => (
                <option key={s.id} value={s.id}>
                  {i + 1}. {s.name || 'Untitled stage'}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={index >= stages.length - 1}
              onClick={() => setStageId(stages[index + 1]!.id)}
            >
              Next ›
            </button>
          </nav>
          <StageView
            doc={doc}
            stageId={current.id}
            mine={mine}
            locked={room.locked || room.status === 'ended'}
            contribute={contribute}
          />
        </>
      ) : (
        <p className="empty">{room.status === 'ended' ? '' : 'Loading the map…'}</p>
      )}
    </div>
  );
}
