/**
 * Optional fields added to an entity after its first format (a card's promise, an action's done date) are absent
 * rather than null in the document, so older files and exports keep their shape. A patch clears one with `null`;
 * these two helpers turn that `null` into "absent" before the merge, and an absent old value into `null` in the
 * undo patch, which must survive a JSON round-trip to the host (where `undefined` would vanish).
 */

type Nulled<P, K extends keyof P> = Omit<P, K> & { [F in K]?: Exclude<P[F], null> };

/** The patch with `null` in `field` read as "clear it" (undefined, which the merged entity then leaves out). */
export function clearingNull<P extends object, K extends keyof P>(patch: P, field: K): Nulled<P, K> {
  if (patch[field] !== null) return patch as Nulled<P, K>;
  return { ...patch, [field]: undefined } as Nulled<P, K>;
}

/** The undo patch with an absent old value of `field` written as `null`, when the patch touched it. */
export function undoWithNull<U extends object, K extends keyof U>(undo: U, field: K): U {
  if (!(field in undo) || undo[field] !== undefined) return undo;
  return { ...undo, [field]: null };
}
