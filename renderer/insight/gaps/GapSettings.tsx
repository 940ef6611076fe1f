import { defaultPairings } from '../../../shared/factories';
import { newId } from '../../../shared/ids';
import type { Pairing } from '../../../shared/schema/survey';
import { useT } from '../../i18n';
import { CommitText } from '../../ui/fields/CommitText';
import { useEditor, useEditorStore } from '../../store/useEditor';

const KEY = /^[a-z0-9_.-]{1,64}$/i;

/** Gap rules (threshold, minimum pairs) and the question pairings, each change one undo step. */
export function GapSettings() {
  const store = useEditorStore();
  const t = useT('insight');
  const pairings = useEditor((s) => s.doc.pairings);
  const threshold = useEditor((s) => s.doc.meta.gapThreshold);
  const minPairs = useEditor((s) => s.doc.meta.gapMinPairs);
  const run = (ok: boolean): string | null => (ok ? null : store.getState().error);
  const dispatch = store.getState().dispatch;
  const keyProblem = (d: string) => (KEY.test(d.trim()) ? null : t('gapSettings.keyProblem'));
  const updatePairing = (p: Pairing, patch: Partial<Omit<Pairing, 'id'>>) =>
    run(dispatch({ type: 'pairing/update', id: p.id, patch }, t('undo.editPairing')));
  const missingDefaults = defaultPairings().filter(
    (d) =>
      !pairings.some((p) => p.customerQuestion === d.customerQuestion && p.employeeQuestion === d.employeeQuestion),
  );

  return (
    <section className="gap-settings" aria-label={t('gapSettings.label')}>
      <h3 className="panel-heading">{t('gapSettings.label')}</h3>
      <div className="gap-settings__rules">
        <CommitText
          label={t('gapSettings.threshold')}
          value={String(Math.round(threshold * 1000) / 10)}
          validate={(d) => {
            const n = Number(d.trim());
            return d.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100
              ? null
              : t('gapSettings.thresholdProblem');
          }}
          onCommit={(v) =>
            run(
              dispatch(
                { type: 'map/update', patch: { gapThreshold: Number(v.trim()) / 100 } },
                t('undo.setGapThreshold'),
              ),
            )
          }
        />
        <CommitText
          label={t('gapSettings.minPairs')}
          value={String(minPairs)}
          validate={(d) => {
            const n = Number(d.trim());
            return Number.isInteger(n) && n >= 1 && n <= 100000 ? null : t('gapSettings.minPairsProblem');
          }}
          onCommit={(v) =>
            run(dispatch({ type: 'map/update', patch: { gapMinPairs: Number(v.trim()) } }, t('undo.setMinPairs')))
          }
        />
      </div>
      <h4 className="gap-settings__sub">{t('gapSettings.pairings')}</h4>
      <ul className="gap-settings__pairings">
        {pairings.map((p) => (
          <li key={p.id} className="gap-settings__pairing">
            <CommitText
              label={t('gapSettings.pairingLabel')}
              value={p.label}
              onCommit={(v) => updatePairing(p, { label: v.trim() })}
            />
            <div className="gap-settings__questions">
              <CommitText
                label={t('gapSettings.customerQuestion')}
                value={p.customerQuestion}
                validate={keyProblem}
                onCommit={(v) => updatePairing(p, { customerQuestion: v.trim().toLowerCase() })}
              />
              <CommitText
                label={t('gapSettings.employeeQuestion')}
                value={p.employeeQuestion}
                validate={keyProblem}
                onCommit={(v) => updatePairing(p, { employeeQuestion: v.trim().toLowerCase() })}
              />
            </div>
            <button
              type="button"
              className="panel-button panel-button--danger"
              onClick={() => void dispatch({ type: 'pairing/delete', id: p.id }, t('undo.deletePairing'))}
            >
              {t('gapSettings.deletePairing')}
            </button>
          </li>
        ))}
      </ul>
      <div className="gap-settings__add">
        {missingDefaults.map((d) => (
          <button
            key={d.customerQuestion}
            type="button"
            className="panel-button"
            onClick={() => void dispatch({ type: 'pairing/add', pairing: { ...d, id: newId() } }, t('undo.addPairing'))}
          >
            + {d.customerQuestion} ↔ {d.employeeQuestion}
          </button>
        ))}
        <button
          type="button"
          className="panel-button"
          onClick={() =>
            void dispatch(
              {
                type: 'pairing/add',
                pairing: {
                  id: newId(),
                  customerQuestion: `customer_q${pairings.length + 1}`,
                  employeeQuestion: `employee_q${pairings.length + 1}`,
                  label: t('gapSettings.newPairingLabel'),
                },
              },
              t('undo.addPairing'),
            )
          }
        >
          {t('gapSettings.newPairing')}
        </button>
      </div>
    </section>
  );
}
