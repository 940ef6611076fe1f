import {
  formatBytes,
  formatCount,
  JSON_LIMITS,
  type LimitedCollection,
  MAP_LIMITS,
  MAX_BATCH_COMMANDS,
  MAX_IPC_BYTES,
  MAX_SURVEY_BYTES,
  mapLimitMessage,
} from './limits';

/** The structure limits one walk checks (shared/limits.ts JSON_LIMITS, narrowed or widened per boundary). */
export interface JsonBounds {
  maxNodes: number;
  maxDepth: number;
  maxArrayLength: number;
  maxStringLength: number;
  maxObjectKeys: number;
  /** Estimated size (string characters, other values at 8 bytes); unchecked when absent. */
  maxBytes?: number;
}

/** Thrown inside a walk at the first limit passed; carries the sentence for the user. */
class Breach extends Error {}

const isLimited = (key: string | undefined): key is LimitedCollection =>
  key !== undefined && Object.hasOwn(MAP_LIMITS, key);

/** The most elements an array under `key` may hold, and how to say so when it holds more. */
function arrayRule(key: string | undefined, bounds: JsonBounds): { cap: number; say: (n: string) => string } {
  if (isLimited(key)) {
    const cap = MAP_LIMITS[key];
    return { cap, say: (n) => `${mapLimitMessage(key)}; WHAT has ${n}` };
  }
  if (key === 'commands') {
    const cap = Math.min(MAX_BATCH_COMMANDS, bounds.maxArrayLength);
    return { cap, say: (n) => `a batch holds at most ${formatCount(cap)} commands; WHAT has ${n}` };
  }
  const cap = bounds.maxArrayLength;
  return { cap, say: (n) => `a list holds at most ${formatCount(cap)} items; WHAT has one of ${n}` };
}

/**
 * Counts what a walk has seen and throws a Breach at the first limit passed. Both walks (over JSON text and over
 * a value) drive the same tracker, so a payload gets the same verdict whether it arrives as text or as a value.
 */
class Tracker {
  private nodes = 0;
  private bytes = 0;
  constructor(
    readonly bounds: JsonBounds,
    private readonly what: string,
  ) {}

  fail(sentence: string): never {
    throw new Breach(sentence.replace('WHAT', this.what));
  }

  node(bytes = 8): void {
    this.nodes++;
    this.bytes += bytes;
    if (this.nodes > this.bounds.maxNodes)
      this.fail(`WHAT holds more than ${formatCount(this.bounds.maxNodes)} values, the most Tandem accepts`);
    if (this.bounds.maxBytes !== undefined && this.bytes > this.bounds.maxBytes)
      this.fail(`WHAT is larger than ${formatBytes(this.bounds.maxBytes)}, the most Tandem accepts`);
  }

  string(length: number): void {
    if (length > this.bounds.maxStringLength)
      this.fail(
        `a text in WHAT is ${formatCount(length)} characters long; Tandem accepts at most ${formatCount(this.bounds.maxStringLength)}`,
      );
    this.node(length);
  }

  depth(depth: number): void {
    if (depth > this.bounds.maxDepth)
      this.fail(`WHAT is nested more than ${this.bounds.maxDepth} levels deep, the most Tandem accepts`);
  }

  keys(count: number): void {
    if (count > this.bounds.maxObjectKeys)
      this.fail(`an object in WHAT has more than ${formatCount(this.bounds.maxObjectKeys)} fields`);
  }
}

function walkValue(value: unknown, key: string | undefined, depth: number, t: Tracker): void {
  if (typeof value === 'string') {
    t.string(value.length);
    return;
  }
  if (typeof value !== 'object' || value === null) {
    t.node();
    return;
  }
  t.node();
  t.depth(depth + 1);
  if (Array.isArray(value)) {
    const rule = arrayRule(key, t.bounds);
    if (value.length > rule.cap) t.fail(rule.say(formatCount(value.length)));
    for (const item of value) walkValue(item, undefined, depth + 1, t);
    return;
  }
  if (ArrayBuffer.isView(value)) {
    t.node(value.byteLength);
    return;
  }
  let count = 0;
  for (const k in value) {
    if (!Object.hasOwn(value, k)) continue;
    t.keys(++count);
    t.string(k.length);
    walkValue((value as Record<string, unknown>)[k], k, depth + 1, t);
  }
}

/**
 * Walks a value (an IPC message, a parsed file) and returns the first limit it passes as a sentence naming the
 * limit, or null. Stops at the first breach, so a million-element payload costs no more than its first breach.
 */
export function findValueBreach(
  value: unknown,
  bounds: JsonBounds = JSON_LIMITS,
  what = 'this request',
): string | null {
  try {
    walkValue(value, undefined, 0, new Tracker(bounds, what));
    return null;
  } catch (err) {
    if (err instanceof Breach) return err.message;
    throw err;
  }
}

// Character codes the text walk looks at.
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;

/** The index just past the string that opens at `start` (a quote), and its decoded length. */
function skipString(text: string, start: number): { end: number; length: number } {
  let i = start + 1;
  let length = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return { end: i + 1, length };
    if (c === BACKSLASH) i += text.charCodeAt(i + 1) === 117 /* u */ ? 6 : 2;
    else i++;
    length++;
  }
  return { end: text.length, length };
}

/** Elements of the array whose opening bracket is at `open`, counted without building anything. */
function countElements(text: string, open: number): number {
  let depth = 0;
  let count = 0;
  let sawValue = false;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = skipString(text, i).end - 1;
      sawValue = true;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth++;
      if (depth > 1) sawValue = true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
      if (depth === 0) return count + (sawValue ? 1 : 0);
    } else if (c === COMMA && depth === 1) {
      count++;
      sawValue = false;
    } else if (c > 32) sawValue = true;
  }
  return count;
}

/** The key spelled between `start` and `end` (quotes included); undefined when it is not valid JSON. */
function keyAt(text: string, start: number, end: number): string | undefined {
  try {
    const key: unknown = JSON.parse(text.slice(start, end));
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}

interface Frame {
  array: boolean;
  count: number;
  cap: number;
  say: (n: string) => string;
  /** At the position of an object key (after `{` or `,`), not of a value. */
  expectKey: boolean;
  key: string | undefined;
  open: number;
}

/**
 * Walks JSON text without parsing it and returns the first limit it passes as a sentence, or null. Syntax is
 * left to JSON.parse: this only counts values, depth, array lengths and string lengths, allocating nothing per
 * value, so a payload of a million objects is refused before a single one of them is built.
 */
export function findTextBreach(text: string, bounds: JsonBounds = JSON_LIMITS, what = 'this request'): string | null {
  const t = new Tracker(bounds, what);
  const stack: Frame[] = [];
  try {
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      const top = stack[stack.length - 1];
      if (c <= 32) {
        i++;
        continue;
      }
      if (c === COMMA) {
        if (top && !top.array) top.expectKey = true;
        i++;
        continue;
      }
      if (c === COLON) {
        if (top) top.expectKey = false;
        i++;
        continue;
      }
      if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
        stack.pop();
        i++;
        continue;
      }
      // A key, or the start of a value.
      if (c === QUOTE && top && !top.array && top.expectKey) {
        const s = skipString(text, i);
        t.keys(++top.count);
        t.string(s.length);
        top.key = s.length <= 32 ? keyAt(text, i, s.end) : undefined;
        i = s.end;
        continue;
      }
      if (top?.array && ++top.count > top.cap) {
        t.fail(top.say(formatCount(countElements(text, top.open))));
      }
      const key = top && !top.array ? top.key : undefined;
      if (c === QUOTE) {
        const s = skipString(text, i);
        t.string(s.length);
        i = s.end;
      } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
        t.node();
        t.depth(stack.length + 1);
        const array = c === OPEN_ARRAY;
        const rule = array ? arrayRule(key, bounds) : { cap: Number.POSITIVE_INFINITY, say: () => '' };
        stack.push({ array, count: 0, cap: rule.cap, say: rule.say, expectKey: !array, key: undefined, open: i });
        i++;
      } else {
        // A number or a literal: up to the next delimiter.
        t.node();
        i++;
        while (i < text.length) {
          const d = text.charCodeAt(i);
          if (d <= 32 || d === COMMA || d === CLOSE_ARRAY || d === CLOSE_OBJECT || d === COLON) break;
          i++;
        }
      }
    }
    return null;
  } catch (err) {
    if (err instanceof Breach) return err.message;
    throw err;
  }
}

/** The limits for one API call's arguments: survey text may be as long as a survey file, the rest as JSON_LIMITS. */
export function boundsForCall(name: string): JsonBounds {
  if (name === 'survey/importContent' || name === 'survey/reviewContent')
    return { ...JSON_LIMITS, maxStringLength: MAX_SURVEY_BYTES };
  return JSON_LIMITS;
}

/** The limits for one IPC message: the call's limits plus an estimated size, since no byte count reaches us. */
export function boundsForIpc(name: string): JsonBounds {
  return { ...boundsForCall(name), maxBytes: MAX_IPC_BYTES };
}

/** The first collection of a document past its MAP_LIMITS entry, as a sentence ("…; this change would make 20,001"), or null. */
export function findCollectionBreach(
  doc: { readonly [C in LimitedCollection]: readonly unknown[] },
  what = 'this change would make',
): string | null {
  for (const c of Object.keys(MAP_LIMITS) as LimitedCollection[]) {
    const n = doc[c].length;
    if (n > MAP_LIMITS[c]) return `${mapLimitMessage(c)}; ${what} ${formatCount(n)}`;
  }
  return null;
}
