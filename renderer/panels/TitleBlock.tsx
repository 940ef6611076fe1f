import type { Side } from '../../shared/schema/common';
import type { Persona } from '../../shared/schema/persona';
import { label } from '../../shared/vocabulary';
import { useEditor } from '../store/useEditor';
import { PersonaAvatar } from './PersonaAvatar';

/** "1 January 2026" in the user's language; the raw text when the date cannot be read. */
function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

function PersonaLine({ persona, side }: { persona: Persona | undefined; side: Side }) {
  if (!persona) {
    return (
      <div className="title-block__persona title-block__persona--none">
        <span className="title-block__side">{label(`side.${side}`)}</span> No persona chosen
      </div>
    );
  }
  return (
    <div className="title-block__persona">
      <PersonaAvatar persona={persona} />
      <div className="title-block__who">
        <span className="title-block__side">{label(`side.${side}`)}</span>
        <span className="title-block__name">{persona.name || 'Unnamed persona'}</span>
        {persona.role && <span className="title-block__role">{persona.role}</span>}
      </div>
    </div>
  );
}

/** The map's title block as on a printed blueprint: title, date, and the customer and employee it is about. */
export function TitleBlock() {
  const meta = useEditor((s) => s.doc.meta);
  const personas = useEditor((s) => s.doc.personas);
  const find = (id: string | null) => (id ? personas.find((p) => p.id === id) : undefined);
  return (
    <section className="title-block" aria-label="Title block">
      <h2 className="title-block__title">{meta.title.trim() || 'Untitled map'}</h2>
      <p className="title-block__date">
        Created <time dateTime={meta.createdAt}>{formatDate(meta.createdAt)}</time>
      </p>
      <div className="title-block__personas">
        <PersonaLine persona={find(meta.customerPersonaId)} side="customer" />
        <PersonaLine persona={find(meta.employeePersonaId)} side="employee" />
      </div>
    </section>
  );
}
