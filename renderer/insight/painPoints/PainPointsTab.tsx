import '../../styles/insight.css';
import { useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { TraceSummary } from '../trace/TraceSummary';
import { CardPainPoints } from './CardPainPoints';

/** The side panel's "Pain points" tab: the trace being shown, the selected card's pain points, and the register. */
export function PainPointsTab() {
  const store = useEditorStore();
  const t = useT('insight');
  const card = useEditor((s) =>
    s.selection.length === 1 ? s.doc.cards.find((c) => c.id === s.selection[0]) : undefined,
  );
  const total = useEditor((s) => s.doc.painPoints.length);
  const registerOpen = useEditor((s) => s.registerOpen);
  return (
    <div className="pp-tab">
      <TraceSummary />
      {card ? <CardPainPoints key={card.id} card={card} /> : <p className="inspector__hint">{t('tab.selectOne')}</p>}
      <button type="button" className="pp-button pp-register-toggle" onClick={() => store.getState().setRegisterOpen()}>
        {registerOpen ? t('tab.closeRegister') : t('tab.openRegister', { count: total })}
      </button>
    </div>
  );
}
