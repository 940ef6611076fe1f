import { THEME_CHOICES, type ThemeChoice } from '../../../shared/theme/themeChoice';
import { defineActions } from '../../ui/actions/action';
import { showTheme, themeChoice } from '../../theme/theme';

/** The key of each choice's menu label in the actions' catalogue. */
const LABELS = {
  system: 'theme.system',
  light: 'theme.light',
  dark: 'theme.dark',
  contrast: 'theme.contrast',
} as const satisfies Record<ThemeChoice, string>;

/**
 * View › Theme: System, Light, Dark and High contrast, checked on the one in effect. A choice shows at once and
 * is remembered in the user's settings (never in the map); exports stay light whatever is chosen.
 */
export const THEME_ACTIONS = defineActions(
  THEME_CHOICES.map((choice) => ({
    id: `theme-${choice}`,
    labelKey: LABELS[choice],
    descriptionKey: 'theme.description' as const,
    group: 'Map' as const,
    menu: { name: 'view' as const, section: 10 },
    checked: () => themeChoice() === choice,
    perform: ({ client }) => {
      showTheme(choice);
      void client?.['settings/set']({ theme: choice });
    },
  })),
);
