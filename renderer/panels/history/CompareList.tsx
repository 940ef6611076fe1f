import { useReactFlow } from '@xyflow/react';
import type { Comparison, ObjectChange } from '../../../shared/history/compare';
import { summaryLine } from '../../../shared/history/summary';
import type { ChangedObject } from '../../../shared/schema/version';
import type { TandemDoc } from '../../../shared/schema/document';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { fileNameFor } from '../../ui/fileNames';
import { useSavePath } from './useSavePath';
import { useT } from '../../i18n';
import { motion } from '../../theme/motion';

/** What each kind of object is called in the list ("Card", "Pain point"). */
const KIND: Record<ChangedObject, string> = {
  cards: 'Card',
  painPoints: 'Pain point',
  links: 'Link',
  stages: 'Stage',
  lanes: 'Lane',
  teams: 'Team',
  personas: 'Persona',
  opportunities: 'Action',
  metrics: 'Metric',
  metricValues: 'Metric value',
  pairings: 'Question pairing',
  voteRounds: 'Voting round',
  notes: 'Note',
  map: 'Map settings',
};

const GROUPS = [
  { change: 'added', title: 'Added' },
  { change: 'removed', title: 'Removed' },
  { change: 'changed', title: 'Changed' },
] as const;

/** The card an item of the list stands on the canvas as: the card itself, a link's first card, a pain point's card. */
function cardOf(ch: ObjectChange, doc: TandemDoc): string | null {
  if (ch.object === 'cards') return doc.cards.some((c) => c.id === ch.id) ? ch.id : null;
  if (ch.object === 'links') return doc.links.find((l) => l.id === ch.id)?.fromId ?? null;
  if (ch.object === 'painPoints') return doc.painPoints.find((p) => p.id === ch.id)?.cardId ?? null;
  return null;
}

/** How a changed object changed, beyond its title: moved, retitled, or which fields. */
function detail(ch: ObjectChange): string | null {
  if (ch.change !== 'changed') return null;
  const parts: string[] = [];
  if (ch.moved) parts.push(`moved from ${ch.moved.from} to ${ch.moved.to}`);
  if (ch.was !== null) parts.push(`was “${ch.was}”`);
  const rest = ch.fields.filter((f) => !['order', 'stageId', 'laneId', 'title', 'name', 'label'].includes(f));
  if (rest.length > 0) parts.push(`${rest.join(', ')} changed`);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** Selects a card and centres the canvas on it. */
function useFocusCard(): (cardId: string) => void {
  const store = useEditorStore();
  const flow = useReactFlow();
  return (cardId) => {
    store.getState().select([cardId]);
    const node = flow.getNode(cardId);
    if (!node) return;
    const zoom = Math.max(flow.getViewport().zoom, 0.8);
    void flow.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, {
      zoom,
      duration: motion(250),
    });
  };
}

/**
 * Beside the marked canvas: what changed since the version, grouped Added / Removed / Changed with titles. Choosing
 * an item selects its card and centres the canvas on it. The comparison exports as a PDF summary or a CSV.
 */
export function CompareList({ comparison, versionName }: { comparison: Comparison; versionName: string }) {
  const t = useT('panels');
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const focus = useFocusCard();
  const { ask, dialog } = useSavePath();
  const exportAs = (format: 'pdf' | 'csv') =>
    void ask({
      suggestedName: fileNameFor(`${doc.meta.title} – changes since ${versionName}`).replace(/\.tandem$/, `.${format}`),
      format,
      title: format === 'pdf' ? t('compare.exportPdfTitle') : t('compare.exportCsvTitle'),
      fieldLabel: t('compare.path', { format: format.toUpperCase() }),
      submitLabel: t('compare.export'),
      write: async (path) => {
        const r = await store.getState().exportComparison(format, path);
        if (!r.ok) return r.message;
        store.getState().setHistoryNotice(t('compare.exported', { files: (r.files ?? [path]).join(', ') }));
        return null;
      },
    });
  const changes = comparison.changes;
  return (
    <section className="compare-list" aria-label={t('compare.label')}>
      <p className="compare-list__summary">
        {t('compare.since', { name: versionName, summary: summaryLine(comparison.counts, { max: 6 }) })}
      </p>
      <div className="compare-list__exports">
        <button type="button" className="tool-button tool-button--small" onClick={() => exportAs('pdf')}>
          {t('compare.exportPdf')}
        </button>
        <button type="button" className="tool-button tool-button--small" onClick={() => exportAs('csv')}>
          {t('compare.exportCsv')}
        </button>
      </div>
      {changes.length === 0 && <p className="history-panel__empty">{t('compare.same')}</p>}
      {GROUPS.map(({ change, title }) => {
        const items = changes.filter((c) => c.change === change);
        if (items.length === 0) return null;
        return (
          <section key={change} className={`compare-group compare-group--${change}`}>
            <h4 className="compare-group__title">
              {title} <span className="compare-group__count">{items.length}</span>
            </h4>
            <ul className="compare-group__items">
              {items.map((ch) => {
                const cardId = cardOf(ch, doc);
                const body = (
                  <>
                    <span className="compare-item__kind">{KIND[ch.object]}</span>
                    <span className="compare-item__title">{ch.title || t('compare.untitled')}</span>
                    {detail(ch) && <span className="compare-item__detail">{detail(ch)}</span>}
                  </>
                );
                return (
                  <li key={`${ch.object}/${ch.id}`} data-change={change}>
                    {cardId ? (
                      <button type="button" className="compare-item" onClick={() => focus(cardId)}>
                        {body}
                      </button>
                    ) : (
                      <div className="compare-item compare-item--static">{body}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {dialog}
    </section>
  );
}
