import type { CallResult, TemplateName } from '../../shared/api/contract';
import { useT } from '../i18n';

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
  const t = useT('app');
  return (
    <div className="template-picker" role="radiogroup" aria-label={t('start.template')}>
      {templates.map((template) => (
        <label
          key={template.name}
          className={`template-card${template.name === value ? ' template-card--chosen' : ''}`}
        >
          <input
            type="radio"
            name="template"
            value={template.name}
            checked={template.name === value}
            onChange={() => onChange(template.name)}
          />
          <span className="template-card__title">{template.title}</span>
          <span className="template-card__description">{template.description}</span>
        </label>
      ))}
    </div>
  );
}
