import { useState } from 'react';
import type { Card } from '../../shared/schema/card';
import type { TandemDoc } from '../../shared/schema/document';
import type { PainPoint } from '../../shared/schema/painPoint';
import { PARTICIPANT_LANES } from '../../shared/workshop/roles';
import { AddCard, AddNote, AddPainPoint } from './AddForms';
import { NoteList } from './NoteList';
import { usePageT } from './i18n';
import { TouchMark } from './TouchMark';

export interface Contribute {
  painPoint(card: Card, p: { title: string; side: PainPoint['side']; severity: PainPoint['severity'] }): void;
  card(laneId: string, stageId: string, title: string): void;
  /** A note on a card, or in the parking lot (null). */
  note(cardId: string | null, text: string): void;
  withdraw(kind: 'card' | 'painPoint' | 'note', id: string): void;
  /** "We touch this" for the participant's team, on (mark) or off (take back). */
  touch(cardId: string, on: boolean): void;
}

/** Which form is open: one at a time, so a phone screen is never a wall of inputs. */
type Open = { kind: 'pain' | 'note'; cardId: string } | { kind: 'card'; laneId: string } | null;

/** One stage of the map as a readable list: its lanes, their cards and the pain points on them. */
export function StageView(props: {
  doc: TandemDoc;
  stageId: string;
  mine: ReadonlySet<string>;
  locked: boolean;
  contribute: Contribute;
  /** The map's team the participant is in, if any: they may mark cards for it. */
  teamId?: string | null;
}) {
  const { doc, stageId, mine, locked, contribute } = props;
  const t = usePageT('workshop');
  const [open, setOpen] = useState<Open>(null);
  const lanes = doc.lanes.filter((l) => l.kind !== 'metrics' && l.kind !== 'emotion');
  return (
    <div className="stage">
      {lanes.map((lane) => {
        const cards = doc.cards.filter((c) => c.laneId === lane.id && c.stageId === stageId);
        const canAdd = !locked && PARTICIPANT_LANES.has(lane.kind);
        return (
          <section key={lane.id} className={`lane lane-${lane.kind}`} aria-label={lane.title}>
            <h3>{lane.title}</h3>
            {cards.length === 0 && <p className="empty">{t('participant.lane.empty')}</p>}
            <ul>
              {cards.map((card) => {
                const pains = doc.painPoints.filter((p) => p.cardId === card.id);
                return (
                  <li key={card.id} className="card">
                    <p className="card-title">
                      {card.title || t('participant.card.untitled')}
                      {mine.has(card.id) && <span className="yours">{t('participant.yours')}</span>}
                    </p>
                    <TouchMark
                      card={card}
                      teams={doc.teams}
                      teamId={props.teamId ?? null}
                      locked={locked}
                      onTouch={contribute.touch}
                    />
                    {pains.length > 0 && (
                      <ul className="pains">
                        {pains.map((p) => (
                          <li key={p.id}>
                            <span
                              className={`severity s${p.severity}`}
                              title={t('participant.severity', { severity: p.severity })}
                            >
                              {p.severity}
                            </span>
                            <span className="pain-title">{p.title || t('participant.pain.untitled')}</span>
                            {mine.has(p.id) && !locked && (
                              <button
                                type="button"
                                className="quiet"
                                onClick={() => contribute.withdraw('painPoint', p.id)}
                              >
                                {t('participant.withdraw')}
                              </button>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                    <NoteList
                      notes={doc.notes.filter((n) => n.cardId === card.id)}
                      mine={mine}
                      locked={locked}
                      onWithdraw={(id) => contribute.withdraw('note', id)}
                    />
                    {open?.kind === 'note' && open.cardId === card.id ? (
                      <AddNote
                        label={t('participant.form.note')}
                        onAdd={(text) => {
                          contribute.note(card.id, text);
                          setOpen(null);
                        }}
                        onCancel={() => setOpen(null)}
                      />
                    ) : open?.kind === 'pain' && open.cardId === card.id ? (
                      <AddPainPoint
                        onAdd={(p) => {
                          contribute.painPoint(card, p);
                          setOpen(null);
                        }}
                        onCancel={() => setOpen(null)}
                      />
                    ) : (
                      !locked && (
                        <div className="card-actions">
                          <button type="button" onClick={() => setOpen({ kind: 'pain', cardId: card.id })}>
                            {t('participant.addPain')}
                          </button>
                          <button type="button" onClick={() => setOpen({ kind: 'note', cardId: card.id })}>
                            {t('participant.addNote')}
                          </button>
                          {mine.has(card.id) && (
                            <button
                              type="button"
                              className="quiet"
                              onClick={() => contribute.withdraw('card', card.id)}
                            >
                              {t('participant.withdrawCard')}
                            </button>
                          )}
                        </div>
                      )
                    )}
                  </li>
                );
              })}
            </ul>
            {canAdd &&
              (open?.kind === 'card' && open.laneId === lane.id ? (
                <AddCard
                  laneTitle={lane.title}
                  onAdd={(title) => {
                    contribute.card(lane.id, stageId, title);
                    setOpen(null);
                  }}
                  onCancel={() => setOpen(null)}
                />
              ) : (
                <button type="button" className="add-card" onClick={() => setOpen({ kind: 'card', laneId: lane.id })}>
                  {t('participant.addCard')}
                </button>
              ))}
          </section>
        );
      })}
    </div>
  );
}
