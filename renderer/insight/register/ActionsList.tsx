import { useMemo } from 'react';
import { priorityScore } from '../../../shared/metrics/priority';
import { useT } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { ActionEditor } from './ActionEditor';

/** Every action, those answering the highest-priority pain first (then the smaller effort), each one editable. */
export function ActionsList() {
  const t = useT('insight');
  const pains = useEditor((s) => s.doc.painPoints);
  const actions = useEditor((s) => s.doc.opportunities);
  // The same order as the exported action list (shared/render/register.ts): top priority answered, effort, title.
  const ranked = useMemo(() => {
    const priority = new Map(pains.map((p) => [p.id, priorityScore(p)]));
    const top = new Map(actions.map((o) => [o.id, Math.max(0, ...o.painPointIds.map((id) => priority.get(id) ?? 0))]));
    return [...actions].sort(
      (a, b) => top.get(b.id)! - top.get(a.id)! || a.effort - b.effort || a.title.localeCompare(b.title),
    );
  }, [pains, actions]);
  if (ranked.length === 0) {
    return <p className="register__empty">{t('actions.empty')}</p>;
  }
  return (
    <ol className="register__actions">
      {ranked.map((o) => (
        <li key={o.id} className="register__action">
          <ActionEditor action={o} />
        </li>
      ))}
    </ol>
  );
}
