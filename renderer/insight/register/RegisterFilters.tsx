import type { TandemDoc } from '../../../shared/schema/document';
import { useT, useVocabulary } from '../../i18n';
import { painStatusOptions } from '../painPoints/painOptions';
import { NO_FILTER, NO_TEAM, type RegisterFilter } from './registerRows';

interface Props {
  doc: Pick<TandemDoc, 'teams' | 'stages'>;
  filter: RegisterFilter;
  onChange(filter: RegisterFilter): void;
}

/** Drop-downs that narrow the register to one side, team, stage or status. */
export function RegisterFilters({ doc, filter, onChange }: Props) {
  const t = useT('insight');
  const vocab = useVocabulary();
  const set = <K extends keyof RegisterFilter>(key: K, value: RegisterFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const stages = [...doc.stages].sort((a, b) => a.order - b.order);
  const filtered = filter.side !== '' || filter.teamId !== '' || filter.stageId !== '' || filter.status !== '';
  return (
    <fieldset className="register__filters" aria-label={t('filter.label')}>
      <label className="register__filter">
        <span>{t('filter.side')}</span>
        <select value={filter.side} onChange={(e) => set('side', e.target.value as RegisterFilter['side'])}>
          <option value="">{t('filter.allSides')}</option>
          <option value="customer">{t('filter.customer')}</option>
          <option value="employee">{t('filter.employee')}</option>
          <option value="both">{t('filter.both')}</option>
        </select>
      </label>
      <label className="register__filter">
        <span>{t('filter.team')}</span>
        <select value={filter.teamId} onChange={(e) => set('teamId', e.target.value)}>
          <option value="">{t('filter.allTeams')}</option>
          {doc.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
          <option value={NO_TEAM}>{t('filter.noOwner')}</option>
        </select>
      </label>
      <label className="register__filter">
        <span>{t('filter.stage')}</span>
        <select value={filter.stageId} onChange={(e) => set('stageId', e.target.value)}>
          <option value="">{t('filter.allStages')}</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="register__filter">
        <span>{t('filter.status')}</span>
        <select value={filter.status} onChange={(e) => set('status', e.target.value as RegisterFilter['status'])}>
          <option value="">{t('filter.anyStatus')}</option>
          {painStatusOptions(vocab).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {filtered && (
        <button type="button" className="pp-button" onClick={() => onChange(NO_FILTER)}>
          {t('filter.showAll')}
        </button>
      )}
    </fieldset>
  );
}
