import type { Persona } from '../../shared/schema/persona';
import { useT } from '../i18n';

/** Up to two initials of a name ("Maya Lind" → "ML"); "?" for no name. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts.at(-1)![0]] : [parts[0]?.[0]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}

/** A persona's picture, or their initials on the side's colour when there is none. */
export function PersonaAvatar({ persona, size = 44 }: { persona: Persona; size?: number }) {
  const t = useT('panels');
  const style = { width: size, height: size, fontSize: Math.round(size * 0.4) };
  if (persona.picture) {
    return (
      <img
        className="avatar"
        src={persona.picture}
        alt={persona.name ? t('persona.pictureOf', { name: persona.name }) : t('persona.picture')}
        style={style}
      />
    );
  }
  return (
    <span className={`avatar avatar--${persona.side}`} style={style} aria-hidden="true">
      {initials(persona.name)}
    </span>
  );
}
