import { useSyncExternalStore } from 'react';
import { THEME_CHOICES } from '../../shared/theme/themeChoice';
import type { TandemClient } from '../api/client';
import { useT } from '../i18n';
import { onThemeChange, showTheme, themeChoice } from '../theme/theme';
import { Menu } from './Menu';

/** The half-filled circle that stands for light and dark on a small button. */
const THEME_GLYPH = '◐';

/**
 * The theme picker of the toolbar and the start screen (the desktop app also has View › Theme): System, Light,
 * Dark and High contrast, the one in effect checked. A choice shows at once and is remembered for the user.
 */
export function ThemeMenu({ client }: { client: TandemClient }) {
  const t = useT('app');
  const current = useSyncExternalStore(onThemeChange, themeChoice);
  const name = t(`theme.name.${current}`);
  return (
    <Menu
      label={<span aria-hidden="true">{THEME_GLYPH}</span>}
      ariaLabel={t('theme.menu', { theme: name })}
      title={t('theme.menu', { theme: name })}
      items={THEME_CHOICES.map((choice) => ({
        label: t(`theme.name.${choice}`),
        checked: choice === current,
        onSelect: () => {
          showTheme(choice);
          void client['settings/set']({ theme: choice });
        },
      }))}
    />
  );
}
