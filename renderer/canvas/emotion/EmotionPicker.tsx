import { NodeToolbar, Position } from '@xyflow/react';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useT, sayIn } from '../../i18n';
import { EMOTION_LEVELS } from './emotionScale';

/** Five buttons under the selected emotion card, from very negative to very positive. */
export function EmotionPicker({ cardId }: { cardId: string }) {
  const store = useEditorStore();
  const t = useT('canvas');
  const value = useEditor((s) => s.doc.cards.find((c) => c.id === cardId)?.emotion ?? null);
  const set = (next: number) => {
    if (next !== value)
      store
        .getState()
        .dispatch({ type: 'card/update', id: cardId, patch: { emotion: next } }, sayIn('canvas')('undo.setEmotion'));
  };
  return (
    <NodeToolbar nodeId={cardId} isVisible position={Position.Bottom} offset={8}>
      <fieldset className="emotion-picker nodrag nopan" aria-label={t('emotion.picker')}>
        {EMOTION_LEVELS.map((l) => (
          <button
            key={l.value}
            type="button"
            className={`emotion-picker__level emotion-picker__level--${l.value < 0 ? 'down' : l.value > 0 ? 'up' : 'flat'}`}
            aria-pressed={value === l.value}
            aria-label={t('emotion.levelValue', { word: t(l.key), value: `${l.value > 0 ? '+' : ''}${l.value}` })}
            title={t(l.key)}
            onClick={() => set(l.value)}
          >
            <span aria-hidden="true" className="emotion-picker__sign">
              {l.sign}
            </span>
            <span className="emotion-picker__word">{t(l.key)}</span>
          </button>
        ))}
      </fieldset>
    </NodeToolbar>
  );
}
