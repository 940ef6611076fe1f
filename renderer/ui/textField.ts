/** True when the element is somewhere the user types, where Undo and shortcuts belong to the field itself. */
export function isTextField(target: EventTarget | Element | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}
