import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Command } from '../../shared/commands/types';
import { makeCard, makeNote, makePainPoint } from '../../shared/factories';
import { PROTOCOL_VERSION, type ClientMessage } from '../../shared/workshop/protocol';
import { connect, type Connection } from './connection';
import { clientId, commandId, rememberName } from './identity';
import { JoinForm } from './JoinForm';
import { createdId, emptyRoom, roomReducer } from './room';
import { ParkingLot } from './ParkingLot';
import { StageView, type Contribute } from './StageView';
import { usePageT } from './i18n';
import { RoomHeader } from './RoomHeader';
import { StageNav } from './StageNav';
import { VotingBar } from './VotingBar';
import { TeamChoice } from './TeamChoice';
import { MapCanvas } from './MapCanvas';
import { useWide } from './useWide';
import { participantTeam } from '../../shared/workshop/teams';

/** The secret from the join link (`?s=`), or null when the participant came by the short code. */
function linkSecret(): string | null {
  const s = new URLSearchParams(window.location.search).get('s');
  return s && /^[A-Za-z0-9_-]{16,128}$/.test(s) ? s : null;
}

/** Asks the host for the secret behind a typed code. */
async function secretForCode(code: string, unreachable: string): Promise<string> {
  const r = await fetch('./join', { method: 'POST', body: JSON.stringify({ code }) });
  const body = (await r.json().catch(() => ({}))) as { secret?: string; error?: string };
  if (!r.ok || !body.secret) throw new Error(body.error ?? unreachable);
  return body.secret;
}

/** A participant's page: join, then see the map stage by stage and add pain points and cards to it. */
export function ParticipantApp() {
  const t = usePageT('workshop');
  const [joined, setJoined] = useState<{ name: string; team: string; secret: string } | null>(null);
  const [joinError, setJoinError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [room, dispatch] = useReducer(roomReducer, emptyRoom);
  const [stageId, setStageId] = useState<string | null>(null);
  // Follow me: the page shows the facilitator's stage until the participant looks around on their own.
  const [following, setFollowing] = useState(true);
  const followStage = room.settings.followStage;
  useEffect(() => {
    if (following && followStage) setStageId(followStage);
  }, [following, followStage]);
  const conn = useRef<Connection | null>(null);
  const helloRef = useRef<(() => ClientMessage) | null>(null);
  const pendingRef = useRef(room.pending);
  pendingRef.current = room.pending;
  // The team can be changed in the room (the map's team menu): the next hello says it, and the host re-reads it.
  const [team, setTeam] = useState('');
  const teamRef = useRef(team);
  teamRef.current = team;
  const teamId = room.doc ? (participantTeam(room.doc, team)?.id ?? null) : null;

  useEffect(() => {
    if (!joined) return;
    const me = clientId();
    const hello = () => ({
      t: 'hello' as const,
      v: PROTOCOL_VERSION,
      clientId: me,
      name: joined.name,
      team: teamRef.current || undefined,
    });
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    let secret = joined.secret;
    const c = connect({
      url: () => `${scheme}://${window.location.host}/ws?s=${encodeURIComponent(secret)}`,
      hello,
      onMessage: (msg) => {
        if (msg.t === 'rekey') {
          // Someone was removed and the link changed: this page stays in, and a reload still finds the room.
          secret = msg.secret;
          window.history.replaceState(null, '', `./?s=${encodeURIComponent(secret)}`);
        }
        dispatch({ kind: 'host', msg, at: Date.now() });
        // After a reconnect, what was sent and not confirmed goes again; the host applies each id once.
        if (msg.t === 'welcome') for (const p of pendingRef.current) c.send({ t: 'cmd', id: p.id, command: p.command });
      },
      onStatus: (status, reason, code) => dispatch({ kind: 'status', status, reason, code }),
    });
    conn.current = c;
    helloRef.current = hello;
    return () => c.close();
  }, [joined]);

  // A missed command: say hello again (the same name and team) and the host sends the whole map.
  useEffect(() => {
    if (room.stale && conn.current && helloRef.current) conn.current.send(helloRef.current());
  }, [room.stale]);

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
    note: (cardId, text) => send({ type: 'note/add', note: makeNote({ cardId, text }) }),
    withdraw: (kind, id) =>
      send(
        kind === 'card'
          ? { type: 'card/delete', id }
          : kind === 'note'
            ? { type: 'note/delete', id }
            : { type: 'painPoint/delete', id },
      ),
    touch: (cardId, on) => {
      if (teamId) send({ type: 'card/touch', id: cardId, teamId, on });
    },
  };
  const mine = useMemo(() => new Set(room.mine), [room.mine]);
  // A laptop sees the live map as a canvas above the stage's list; a phone narrower than 400 px, the list alone.
  const wide = useWide();

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
            const s = secret ?? (await secretForCode(code, t('participant.join.unreachable')));
            // The page's own address now carries the secret, so a reload (or a phone waking up) needs no code.
            if (secret === null) window.history.replaceState(null, '', `./?s=${encodeURIComponent(s)}`);
            rememberName(name, team);
            setTeam(team);
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
  return (
    <div className="room">
      <RoomHeader room={room} onDismiss={() => dispatch({ kind: 'dismiss' })} />
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
          <TeamChoice
            teams={doc.teams}
            teamId={teamId}
            onTeam={(name) => {
              setTeam(name);
              teamRef.current = name;
              rememberName(joined.name, name);
              if (helloRef.current) conn.current?.send(helloRef.current());
            }}
          />
          <StageNav
            stages={stages}
            current={current.id}
            followStage={room.status === 'ended' ? null : followStage}
            following={following}
            onStage={(id) => {
              setStageId(id);
              if (followStage && id !== followStage) setFollowing(false);
            }}
            onFollow={setFollowing}
          />
          {wide && (
            <MapCanvas
              doc={doc}
              stageId={current.id}
              mine={mine}
              onStage={(id) => {
                setStageId(id);
                if (followStage && id !== followStage) setFollowing(false);
              }}
            />
          )}
          <StageView
            doc={doc}
            stageId={current.id}
            mine={mine}
            locked={room.locked || room.status === 'ended'}
            contribute={contribute}
            teamId={teamId}
          />
          <ParkingLot
            doc={doc}
            mine={mine}
            locked={room.locked || room.status === 'ended'}
            onAdd={(text) => contribute.note(null, text)}
            onWithdraw={(id) => contribute.withdraw('note', id)}
          />
        </>
      ) : (
        <p className="empty">{room.status === 'ended' ? '' : t('participant.loading')}</p>
      )}
    </div>
  );
}
