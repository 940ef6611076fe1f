import type { CallResult, TemplateName } from '../../shared/api/contract';

/** The templates as a row of cards, one of them chosen (a radio group). */
export function TemplatePicker({
  templates,
  value,
  onChange,
}: {
  templates: CallResult<'templates/list'>;
  value: TemplateName;
  onChange: (name: TemplateName) => void;
}) {
  return (
    <div className="template-picker" role="radiogroup" aria-label="Template">
      {templates.map((t) => (
        <label key={t.name} className={`template-card${t.name === value ? ' template-card--chosen' : ''}`}>
          <input
            type="radio"
            name="template"
            value={t.name}
            checked={t.name === value}
            onChange={() => onChange(t.name)}
          />
          <span className="template-card__title">{t.title}</span>
          <span className="template-card__description">{t.description}</span>
        </label>
      ))}
    </div>
  );
}
