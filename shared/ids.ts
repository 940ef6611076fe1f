let lastTime = 0;
let counter = 0;

/** A new entity id: time-ordered (so sorting by id follows creation) and random enough to never collide in one map. */
export function newId(): string {
  const now = Date.now();
  counter = now === lastTime ? counter + 1 : 0;
  lastTime = now;
  const random = new Uint32Array(1);
  globalThis.crypto.getRandomValues(random);
  return `${now.toString(36)}${counter.toString(36).padStart(3, '0')}${(random[0]! % 1_679_616).toString(36).padStart(4, '0')}`;
}
