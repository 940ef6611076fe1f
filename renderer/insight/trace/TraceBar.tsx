import { Trans } from 'react-i18next';
import { useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { cachedTrace } from './traceState';

/** A strip over the canvas while a trace is shown: what is traced, what it found, and how to end it (also Escape). */
export function TraceBar() {
  const store = useEditorStore();
  const t = useT('insight');
  // One string, so the bar re-renders only when what it says changes; the title comes last, as it may hold a '|'.
  const info = useEditor((s) => {
    if (s.tracedPainPointId === null) return null;
    const pain = s.doc.painPoints.find((p) => p.id === s.tracedPainPointId);
    if (!pain) return null;
    const trace = cachedTrace(s.doc, pain.id);
    return `${trace.cards.size}|${trace.painPoints.length}|${pain.title}`;
  });
  if (info === null) return null;
  const [cards = '0', pains = '0', ...rest] = info.split('|');
  const title = rest.join('|') || t('untitled.painPoint');
  return (
    <div className="trace-bar" role="status" aria-label={t('trace.bar')}>
      <span className="trace-bar__what">
        <Trans
          t={t}
          i18nKey="trace.what"
          values={{
            title,
            cards: t('trace.cardsBehind', { count: Number(cards) }),
            pains: t('trace.employeePains', { count: Number(pains) }),
          }}
          components={{ b: <strong /> }}
        />
      </span>
      <button type="button" className="pp-button" onClick={() => store.getState().showPanel('painPoints')}>
        {t('trace.details')}
      </button>
      <button type="button" className="pp-button pp-button--primary" onClick={() => store.getState().clearTrace()}>
        {t('trace.clear')} <kbd>{t('trace.escKey')}</kbd>
      </button>
    </div>
  );
}
