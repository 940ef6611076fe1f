/** Runs async tasks one after another, in the order they were pushed, whether earlier ones failed or not. */
export function createSerialQueue() {
  let tail: Promise<void> = Promise.resolve();
  return {
    push(task: () => Promise<void>): Promise<void> {
      tail = tail.then(task).catch(() => undefined);
      return tail;
    },
    idle(): Promise<void> {
      return tail;
    },
  };
}
export type SerialQueue = ReturnType<typeof createSerialQueue>;
