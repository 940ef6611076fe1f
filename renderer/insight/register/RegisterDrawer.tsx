import '../../styles/insight.css';
import { useCallback, useMemo, useState } from 'react';
import type { TandemClient } from '../../api/client';
import { useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useFocusCard } from '../trace/useFocusCard';
import { useToggleTrace } from '../trace/useToggleTrace';
import { ActionsList } from './ActionsList';
import { NewActionField } from './NewActionField';
import { PainRegisterTable } from './PainRegisterTable';
import { RegisterFilters } from './RegisterFilters';
import {
  filterRows,
  NO_FILTER,
  registerRows,
  sortRows,
  type RegisterFilter,
  type RegisterRow,
  type Sort,
} from './registerRows';
import { useExportCsv } from './useExportCsv';

/**
 * The pain point register, docked under the canvas: every pain point ranked by priority (the formula written
 * beside it), sortable, filterable, exportable; and the actions that answer them.
 */
export function RegisterDrawer({ client }: { client: TandemClient }) {
  const store = useEditorStore();
  const t = useT('insight');
  const say = useT('export');
  const focus = useFocusCard();
  const doc = useEditor((s) => s.doc);
  const tracedId = useEditor((s) => s.tracedPainPointId);
  const [tab, setTab] = useState<'pains' | 'actions'>('pains');
  const [sort, setSort] = useState<Sort>({ key: 'rank', descending: false });
  const [filter, setFilter] = useState<RegisterFilter>(NO_FILTER);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const exporter = useExportCsv(client);

  const all = useMemo(() => registerRows(doc), [doc]);
  const rows = useMemo(() => sortRows(filterRows(all, filter), sort), [all, filter, sort]);
  // Picks of pain points deleted since are dropped here rather than on every edit.
  const live = useMemo(() => [...picked].filter((id) => all.some((r) => r.id === id)), [picked, all]);
  const liveSet = useMemo(() => new Set(live), [live]);
  const onPick = useCallback(
    (id: string, on: boolean) =>
      setPicked((p) => {
        const next = new Set(p);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const onOpen = useCallback((r: RegisterRow) => focus(r.cardId), [focus]);
  const toggleTrace = useToggleTrace();
  const onTrace = useCallback((r: RegisterRow) => toggleTrace(r.id), [toggleTrace]);
  const owner = doc.cards.find((c) => c.id === all.find((r) => r.id === live[0])?.cardId)?.ownerTeamId ?? null;

  return (
    <section className="register" aria-label={t('register.label')}>
      <header className="register__bar">
        <div className="register__tabs" role="tablist" aria-label={t('register.tabs')}>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'pains'}
            className="register__tab"
            onClick={() => setTab('pains')}
          >
            {t('register.painsTab', { count: all.length })}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'actions'}
            className="register__tab"
            onClick={() => setTab('actions')}
          >
            {t('register.actionsTab', { count: doc.opportunities.length })}
          </button>
        </div>
        <p className="register__formula">{t('register.formula', { formula: say('priority.formula') })}</p>
        <button type="button" className="pp-button" onClick={() => void exporter.run()} disabled={exporter.busy}>
          {t('register.exportCsv')}
        </button>
        <button
          type="button"
          className="register__close"
          aria-label={t('register.close')}
          title={t('register.close')}
          onClick={() => store.getState().setRegisterOpen(false)}
        >
          ×
        </button>
      </header>
      {exporter.note && (
        <p
          className={`register__note register__note--${exporter.note.kind}`}
          role={exporter.note.kind === 'error' ? 'alert' : 'status'}
        >
          {exporter.note.text}
        </p>
      )}
      {tab === 'pains' ? (
        <>
          <div className="register__tools">
            <RegisterFilters doc={doc} filter={filter} onChange={setFilter} />
            {live.length > 0 && (
              <div className="register__picked">
                <NewActionField
                  key={live.join()}
                  label={t('register.addForSelected', { count: live.length })}
                  painPointIds={live}
                  ownerTeamId={owner}
                  onAdded={() => setPicked(new Set())}
                />
              </div>
            )}
          </div>
          <div className="register__scroll">
            {rows.length === 0 ? (
              <p className="register__empty">
                {all.length === 0 ? t('register.emptyAll') : t('register.emptyFiltered')}
              </p>
            ) : (
              <PainRegisterTable
                rows={rows}
                sort={sort}
                onSort={setSort}
                picked={liveSet}
                onPick={onPick}
                tracedId={tracedId}
                onOpen={onOpen}
                onTrace={onTrace}
              />
            )}
          </div>
        </>
      ) : (
        <div className="register__scroll">
          <ActionsList />
        </div>
      )}
    </section>
  );
}
