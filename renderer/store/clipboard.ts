import { z } from 'zod';
import type { Command } from '../../shared/commands/types';
import { newId } from '../../shared/ids';
import { defaultCell, placementInCell } from '../../shared/placement';
import { cardSchema, type Card } from '../../shared/schema/card';
import type { TandemDoc } from '../../shared/schema/document';
import { linkSchema, type Link } from '../../shared/schema/link';
import { painPointSchema, type PainPoint } from '../../shared/schema/painPoint';

/** The clipboard format name for cards copied from Tandem (Chromium keeps custom types between its pages and windows). */
export const CLIPBOARD_MIME = 'application/x-tandem-cards+json';
/** The marker that tells a Tandem payload apart from any other JSON on the clipboard. */
export const CLIPBOARD_MARKER = 'tandem/cards@1';
/** Pasting plain text makes one card per line, up to this many. */
export const MAX_TEXT_CARDS = 100;
/** The longest card title (the schema's). */
export const MAX_TITLE = 500;

/** What a text paste leaves out, to be told at the moment it applies: lines past the limit, titles cut short. */
export function textPasteLosses(text: string): { dropped: number; cut: number } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    dropped: Math.max(0, lines.length - MAX_TEXT_CARDS),
    cut: lines.slice(0, MAX_TEXT_CARDS).filter((l) => l.length > MAX_TITLE).length,
  };
}

/** Copied cards with the pain points on them and the links among them. */
export interface ClipboardPayload {
  tandem: typeof CLIPBOARD_MARKER;
  cards: Card[];
  links: Link[];
  painPoints: PainPoint[];
}

// The clipboard is outside input: anything pasted is checked as strictly as a command from the host would be.
const payloadSchema = z.object({
  tandem: z.literal(CLIPBOARD_MARKER),
  cards: z.array(cardSchema).min(1).max(5000),
  links: z.array(linkSchema).max(20_000),
  painPoints: z.array(painPointSchema).max(20_000),
});

/** Where pasted cards go: one cell from an index on, or each back into the cell it was copied from. */
export type PasteTarget =
  | { kind: 'cell'; laneId: string; stageId: string; index: number }
  /** `afterOriginal`: right after the card it was copied from (duplicate); otherwise at the end of its cell. */
  | { kind: 'original'; afterOriginal: boolean };

const byPlace = (doc: TandemDoc) => {
  const stageRank = new Map([...doc.stages].sort((a, b) => a.order - b.order).map((s, i) => [s.id, i]));
  const laneRank = new Map([...doc.lanes].sort((a, b) => a.order - b.order).map((l, i) => [l.id, i]));
  return (a: Card, b: Card) =>
    (stageRank.get(a.stageId) ?? 0) - (stageRank.get(b.stageId) ?? 0) ||
    (laneRank.get(a.laneId) ?? 0) - (laneRank.get(b.laneId) ?? 0) ||
    a.order - b.order;
};

/** The selected cards as a clipboard payload, in reading order (stage, then lane, then place in the cell); null when none exist. */
export function copyPayload(doc: TandemDoc, ids: readonly string[]): ClipboardPayload | null {
  const wanted = new Set(ids);
  const cards = doc.cards.filter((c) => wanted.has(c.id)).sort(byPlace(doc));
  if (!cards.length) return null;
  const inside = new Set(cards.map((c) => c.id));
  return {
    tandem: CLIPBOARD_MARKER,
    cards,
    links: doc.links.filter((l) => inside.has(l.fromId) && inside.has(l.toId)),
    painPoints: doc.painPoints.filter((p) => inside.has(p.cardId)),
  };
}

/** What goes on the clipboard as plain text for other applications: one title per line. */
export function payloadText(payload: ClipboardPayload): string {
  return payload.cards.map((c) => c.title.replace(/\s*\n\s*/g, ' ') || 'Untitled card').join('\n');
}

/** Reads a payload from clipboard text; null when the text is not a well-formed Tandem payload. */
export function parsePayload(text: string): ClipboardPayload | null {
  if (!text.includes(CLIPBOARD_MARKER)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A payload of new cards, one per non-empty line of `text`, for pasting text copied from elsewhere. */
export function payloadFromText(text: string, laneId: string, stageId: string): ClipboardPayload | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, MAX_TEXT_CARDS);
  if (!lines.length) return null;
  const cards: Card[] = lines.map((title, i) => ({
    id: newId(),
    laneId,
    stageId,
    order: i + 1,
    title: title.slice(0, MAX_TITLE),
    notes: '',
    ownerTeamId: null,
    channel: '',
    tags: [],
    evidence: 'assumed',
    emotion: null,
    key: null,
  }));
  return { tandem: CLIPBOARD_MARKER, cards, links: [], painPoints: [] };
}

/**
 * The one batch that pastes `payload` into `doc`: every card, pain point and link gets a new id, links among the
 * pasted cards follow them, keys that would clash with a card already in the map are dropped (keys are unique),
 * owner teams the map lacks are cleared. Returns the batch and the new card ids, or null when there is no cell.
 */
export function pasteCommand(
  doc: TandemDoc,
  payload: ClipboardPayload,
  target: PasteTarget,
  label: string,
  makeId: () => string = newId,
): { command: Command; ids: string[] } | null {
  const lanes = new Set(doc.lanes.map((l) => l.id));
  const stages = new Set(doc.stages.map((s) => s.id));
  const teams = new Set(doc.teams.map((t) => t.id));
  const keys = new Set(doc.cards.map((c) => c.key).filter((k): k is string => k !== null));
  // A map that lacks the cards' own cells (copied from another map) gets them in its first customer cell.
  const fallback = defaultCell(doc);
  // Each cell's cards as the batch builds them up (so each placement sees the cards placed before it), grouped
  // once: placing thousands of cards must not scan the whole map for every one.
  type Slot = Pick<Card, 'id' | 'laneId' | 'stageId' | 'order'>;
  const cells = new Map<string, Slot[]>();
  for (const { id, laneId, stageId, order } of doc.cards) {
    const key = `${laneId}|${stageId}`;
    const list = cells.get(key);
    if (list) list.push({ id, laneId, stageId, order });
    else cells.set(key, [{ id, laneId, stageId, order }]);
  }
  for (const list of cells.values()) list.sort((a, b) => a.order - b.order);
  const commands: Command[] = [];
  const idMap = new Map<string, string>();
  const lastInCell = new Map<string, string>();
  let k = 0;
  for (const src of payload.cards) {
    let laneId: string;
    let stageId: string;
    let index: number;
    if (target.kind === 'cell') {
      ({ laneId, stageId } = target);
      index = target.index + k;
    } else {
      const own = lanes.has(src.laneId) && stages.has(src.stageId);
      const cell = own ? { laneId: src.laneId, stageId: src.stageId } : fallback;
      if (!cell) return null;
      ({ laneId, stageId } = cell);
      const cards = cells.get(`${laneId}|${stageId}`) ?? [];
      // Several copies into one cell stay together, in the order they were copied.
      const anchor = lastInCell.get(`${laneId}|${stageId}`) ?? (target.afterOriginal ? src.id : undefined);
      const at = anchor ? cards.findIndex((c) => c.id === anchor) : -1;
      index = at >= 0 ? at + 1 : cards.length;
    }
    const key = `${laneId}|${stageId}`;
    const list = cells.get(key) ?? [];
    cells.set(key, list);
    const placement = placementInCell({ cards: list as Card[] }, laneId, stageId, index);
    for (const move of placement.renumber) {
      const slot = move.type === 'card/move' ? list.find((c) => c.id === move.id) : undefined;
      if (slot && move.type === 'card/move') slot.order = move.order;
    }
    commands.push(...placement.renumber);
    const id = makeId();
    idMap.set(src.id, id);
    const cardKey = src.key !== null && !keys.has(src.key) ? src.key : null;
    if (cardKey) keys.add(cardKey);
    const card: Card = {
      ...src,
      id,
      laneId,
      stageId,
      order: placement.order,
      key: cardKey,
      ownerTeamId: src.ownerTeamId !== null && teams.has(src.ownerTeamId) ? src.ownerTeamId : null,
    };
    commands.push({ type: 'card/add', card });
    list.push({ id, laneId, stageId, order: placement.order });
    list.sort((a, b) => a.order - b.order);
    lastInCell.set(key, id);
    k += 1;
  }
  for (const p of payload.painPoints) {
    const cardId = idMap.get(p.cardId);
    if (cardId) commands.push({ type: 'painPoint/add', painPoint: { ...p, id: makeId(), cardId } });
  }
  for (const l of payload.links) {
    const fromId = idMap.get(l.fromId);
    const toId = idMap.get(l.toId);
    if (fromId && toId) commands.push({ type: 'link/add', link: { ...l, id: makeId(), fromId, toId } });
  }
  return { command: { type: 'batch', label, commands }, ids: [...idMap.values()] };
}

// The window's own clipboard: used when the system clipboard cannot be read or written (a page without
// clipboard permission, a menu command without a clipboard event). `text` tells whether the system clipboard
// still holds what we put there.
let memory: { payload: ClipboardPayload; text: string } | null = null;

/** Remembers a copied payload inside this window. */
export function rememberPayload(payload: ClipboardPayload): void {
  memory = { payload, text: payloadText(payload) };
}

/** The payload copied last in this window, if the system clipboard's text (when known) is still ours. */
export function rememberedPayload(systemText?: string): ClipboardPayload | null {
  if (!memory) return null;
  if (systemText !== undefined && systemText !== '' && systemText !== memory.text) return null;
  return memory.payload;
}

/** Forgets the window's clipboard (for tests). */
export function forgetPayload(): void {
  memory = null;
}

/** Puts a payload on the system clipboard without a clipboard event, where the page may; always remembers it too. */
export async function writeSystemClipboard(payload: ClipboardPayload): Promise<void> {
  rememberPayload(payload);
  const text = payloadText(payload);
  const clip = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  if (!clip) return;
  try {
    await clip.writeText(text);
  } catch {
    // No permission (or no focus): the window's own clipboard still has it.
  }
}
