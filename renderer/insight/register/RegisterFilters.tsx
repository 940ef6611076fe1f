import type { TandemDoc } from '../../../shared/schema/document';
import { painStatusOptions } from '../painPoints/painOptions';
import { NO_FILTER, NO_TEAM, type RegisterFilter } from './registerRows';

interface Props {
  doc: Pick<TandemDoc, 'teams' | 'stages'>;
  filter: RegisterFilter;
  onChange(filter: RegisterFilter): void;
}

/** Drop-downs that narrow the register to one side, team, stage or status. */
export function RegisterFilters({ doc, filter, onChange }: Props) {
  const set = <K extends keyof RegisterFilter>(key: K, value: RegisterFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const stages = [...doc.stages].sort((a, b) => a.order - b.order);
  const filtered = filter.side !== '' || filter.teamId !== '' || filter.stageId !== '' || filter.status !== '';
  return (
    <fieldset className="register__filters" aria-label="Filter the register">
      <label className="register__filter">
        <span>Side</span>
        <select value={filter.side} onChange={(e) => set('side', e.target.value as RegisterFilter['side'])}>
          <option value="">All sides</option>
          <option value="customer">Customer's pain</option>
          <option value="employee">Employee's pain</option>
          <option value="both">Both sides only</option>
        </select>
      </label>
      <label className="register__filter">
        <span>Team</span>
        <select value={filter.teamId} onChange={(e) => set('teamId', e.target.value)}>
          <option value="">All teams</option>
          {doc.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
          <option value={NO_TEAM}>No owner</option>
        </select>
      </label>
      <label className="register__filter">
        <span>Stage</span>
        <select value={filter.stageId} onChange={(e) => set('stageId', e.target.value)}>
          <option value="">All stages</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="register__filter">
        <span>Status</span>
        <select value={filter.status} onChange={(e) => set('status', e.target.value as RegisterFilter['status'])}>
          <option value="">Any status</option>
          {painStatusOptions().map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {filtered && (
        <button type="button" className="pp-button" onClick={() => onChange(NO_FILTER)}>
          Show all
        </button>
      )}
    </fieldset>
  );
}
