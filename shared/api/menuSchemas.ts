import { z } from 'zod';

/**
 * The id of an action of the renderer's registry, which the native menu sends back when its item is clicked.
 * The renderer owns the list (docs/adr/0011-action-registry.md); an id it does not know does nothing.
 */
export const menuActionSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/)
  .max(60);
export type MenuAction = z.infer<typeof menuActionSchema>;

/** One item of the menu model: an action with its label, accelerator and state, or a separator. */
export const menuModelItemSchema = z.union([
  z.object({
    id: menuActionSchema,
    label: z.string().min(1).max(120),
    /** An Electron accelerator, e.g. `CmdOrCtrl+Shift+Z`. A key without a modifier is shown but not grabbed. */
    accelerator: z.string().max(40).optional(),
    enabled: z.boolean(),
    /** Present for one choice of several (a language): whether it is the one in effect. */
    checked: z.boolean().optional(),
    /** With `checked`: a setting switched on and off (a tick box), not one choice of several (a radio item). */
    toggle: z.boolean().optional(),
  }),
  z.object({ separator: z.literal(true) }),
]);
export type MenuModelItem = z.infer<typeof menuModelItemSchema>;

/** The words of the main process's own menu items (the menus' titles, Open Recent, Quit…), in the UI language. */
export const MENU_WORDS = [
  'file',
  'edit',
  'view',
  'help',
  'openRecent',
  'noRecent',
  'close',
  'quit',
  'cut',
  'copy',
  'paste',
  'about',
  'devTools',
  'hide',
  'hideOthers',
  'unhide',
] as const;
export type MenuWord = (typeof MENU_WORDS)[number];
export const menuWordsSchema = z.object(
  Object.fromEntries(MENU_WORDS.map((w) => [w, z.string().min(1).max(80)])) as Record<MenuWord, z.ZodString>,
);
export type MenuWords = z.infer<typeof menuWordsSchema>;

/** The menus the renderer fills from its action registry; the main process adds its own items around them. */
export const menuModelSchema = z.object({
  file: z.array(menuModelItemSchema).max(60),
  edit: z.array(menuModelItemSchema).max(60),
  view: z.array(menuModelItemSchema).max(60),
  help: z.array(menuModelItemSchema).max(60),
  /** The main process's own words in the UI language, so the whole menu bar follows it; English when absent. */
  words: menuWordsSchema.optional(),
});
export type MenuModel = z.infer<typeof menuModelSchema>;
