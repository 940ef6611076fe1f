import { z } from 'zod';

/** What the user picked in View › Theme: a theme, or `system` to follow the operating system's settings. */
export const themeChoiceSchema = z.enum(['system', 'light', 'dark', 'contrast'], {
  error: (issue) => `the theme must be system, light, dark or contrast, not ${JSON.stringify(issue.input)}`,
});
export type ThemeChoice = z.infer<typeof themeChoiceSchema>;
export const THEME_CHOICES: readonly ThemeChoice[] = themeChoiceSchema.options;
