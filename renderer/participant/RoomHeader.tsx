import type { Room } from './room';
import { usePageT } from './i18n';
import { LanguageChoice } from './LanguageChoice';
import { RoomTimer } from './RoomTimer';

/** The top of a participant's page: the map's title, the connection, the countdown, the lock and private mode. */
export function RoomHeader({ room, onDismiss }: { room: Room; onDismiss: () => void }) {
  const t = usePageT('workshop');
  const online = room.people.filter((p) => p.online).length;
  const ended =
    room.endedCode === 4001
      ? t('participant.status.removed')
      : room.endedCode === 1001 || !room.endedReason
        ? t('participant.status.ended')
        : room.endedReason;
  return (
    <>
      <header>
        <div className="header-row">
          <h1>{room.doc?.meta.title || t('participant.untitledMap')}</h1>
          <LanguageChoice />
        </div>
        <p className={`status status-${room.status}`} role="status">
          {room.status === 'ended' ? ended : t(`participant.status.${room.status}`)}
          {room.pending.length > 0 && ` · ${t('participant.status.sending', { count: room.pending.length })}`}
          {room.status === 'open' && ` · ${t('participant.status.here', { count: online })}`}
        </p>
        {room.status !== 'ended' && <RoomTimer timer={room.settings.timer} since={room.settingsAt} />}
        {room.locked && <p className="locked">{t('participant.locked')}</p>}
        {room.settings.privateMode && !room.locked && <p className="private">{t('participant.private')}</p>}
      </header>
      {room.notice && (
        <div className="notice" role="alert">
          {room.noticeLocked ? t('participant.refused.locked') : room.notice}
          <button type="button" className="quiet" onClick={onDismiss}>
            {t('participant.ok')}
          </button>
        </div>
      )}
    </>
  );
}
