import { MENU_WORDS, type MenuModel, type MenuModelItem, type MenuWords } from '../../../shared/api/contract';
import { sayIn } from '../../i18n';
import { actionLabel, type Action, type ActionContext, type MenuName } from '../../ui/actions/action';
import { parseBinding, toAccelerator } from '../../ui/actions/keys';

const MENUS: readonly MenuName[] = ['file', 'edit', 'view', 'help'];

/** The key a menu shows for an action: its first combination with a modifier, else its first. */
export function menuKey(action: Action): string | undefined {
  const keys = action.keys ?? [];
  return (
    keys.find((k) => {
      const b = parseBinding(k);
      return b.mod || b.ctrl || b.alt;
    }) ?? keys[0]
  );
}

/** The actions a menu lists, in sections (between separators) in registry order within each. */
export function menuSections(actions: readonly Action[], menu: MenuName): Action[][] {
  const placed = actions.filter((a) => a.menu?.name === menu);
  const sections = [...new Set(placed.map((a) => a.menu?.section ?? 0))].sort((a, b) => a - b);
  return sections.map((n) => placed.filter((a) => (a.menu?.section ?? 0) === n));
}

/** The words of the desktop app's own menu items (File, Open Recent, Quit…) in the UI language, for the main process. */
export function menuWords(): MenuWords {
  const say = sayIn('app');
  return Object.fromEntries(MENU_WORDS.map((w) => [w, say(`menu.${w}`)])) as MenuWords;
}

/** The menu model the desktop app builds its native menu from: ids, labels, accelerators and enabled states. */
export function menuModel(actions: readonly Action[], ctx: ActionContext): MenuModel {
  const build = (menu: MenuName): MenuModelItem[] =>
    menuSections(actions, menu).flatMap((section, i) => [
      ...(i > 0 ? [{ separator: true as const }] : []),
      ...section.map((a) => {
        const key = menuKey(a);
        return {
          id: a.id,
          label: actionLabel(a),
          ...(key ? { accelerator: toAccelerator(key) } : {}),
          enabled: !a.enabled || a.enabled(ctx),
          ...(a.checked ? { checked: a.checked(ctx) } : {}),
          ...(a.toggle ? { toggle: true } : {}),
        };
      }),
    ]);
  const [file, edit, view, help] = MENUS.map(build) as [
    MenuModelItem[],
    MenuModelItem[],
    MenuModelItem[],
    MenuModelItem[],
  ];
  return { file, edit, view, help, words: menuWords() };
}
