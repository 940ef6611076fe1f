import type { Side } from '../../shared/schema/common';
import type { Persona } from '../../shared/schema/persona';
import { label } from '../../shared/vocabulary';
import { useEditor } from '../store/useEditor';
import { PersonaAvatar } from './PersonaAvatar';
import { LOCALE_TAG } from '../../shared/vocabulary/language';
import { uiLanguage, useT, useVocabulary } from '../i18n';

/** "1 January 2026" in the UI's language ("1 stycznia 2026"); the raw text when the date cannot be read. */
function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(LOCALE_TAG[uiLanguage()], { year: 'numeric', month: 'long', day: 'numeric' });
}

function PersonaLine({ persona, side }: { persona: Persona | undefined; side: Side }) {
  const t = useT('panels');
  const vocabulary = useVocabulary();
  if (!persona) {
    return (
      <div className="title-block__persona title-block__persona--none">
        <span className="title-block__side">{label(`side.${side}`, { t: vocabulary })}</span> {t('title.noPersona')}
      </div>
    );
  }
  return (
    <div className="title-block__persona">
      <PersonaAvatar persona={persona} />
      <div className="title-block__who">
        <span className="title-block__side">{label(`side.${side}`, { t: vocabulary })}</span>
        <span className="title-block__name">{persona.name || t('persona.unnamed')}</span>
        {persona.role && <span className="title-block__role">{persona.role}</span>}
      </div>
    </div>
  );
}

/** The map's title block as on a printed blueprint: title, date, and the customer and employee it is about. */
export function TitleBlock() {
  const t = useT('panels');
  const meta = useEditor((s) => s.doc.meta);
  const personas = useEditor((s) => s.doc.personas);
  const find = (id: string | null) => (id ? personas.find((p) => p.id === id) : undefined);
  return (
    <section className="title-block" aria-label={t('title.block')}>
      <h2 className="title-block__title">{meta.title.trim() || t('title.untitled')}</h2>
      <p className="title-block__date">
        {t('title.created')} <time dateTime={meta.createdAt}>{formatDate(meta.createdAt)}</time>
      </p>
      <div className="title-block__personas">
        <PersonaLine persona={find(meta.customerPersonaId)} side="customer" />
        <PersonaLine persona={find(meta.employeePersonaId)} side="employee" />
      </div>
    </section>
  );
}
