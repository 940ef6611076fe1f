/**
 * Every size Tandem accepts from outside, in one place. Each limit is generous for real maps (the benchmark's
 * 2,000-card map and 100,000-row survey sit far below it) and far below what hurts: an untrusted payload past
 * one is refused before any expensive work, with a message naming the limit. docs/reliability.md lists where
 * each is enforced and which test proves it.
 */

const MB = 1024 * 1024;

/** How many entities of each kind one map may hold. */
export const MAP_LIMITS = {
  /** Columns: a journey of more than a few dozen stages is unreadable on any screen or page. */
  stages: 200,
  /** Rows: a blueprint has nine kinds of lane; 100 leaves room for many of each. */
  lanes: 100,
  /** Ten times the 2,000-card benchmark map, whose open and drag budgets hold; far below memory trouble. */
  cards: 20_000,
  /** Two links a card at the card limit (the benchmark map has half a link a card). */
  links: 40_000,
  /** One pain point a card at the card limit (the benchmark map has one per seven cards). */
  painPoints: 20_000,
  /** Half the pain-point limit: an action usually answers several pain points. */
  opportunities: 10_000,
  /** Teams of one organisation; a large bank has a few hundred. */
  teams: 500,
  /** Each persona may carry a 1.5 MB picture: 20 of them is already 30 MB of pictures. */
  personas: 20,
  /** Metric definitions; the templates define six. */
  metrics: 500,
  /** One hand-typed value per card and metric for two metrics at the card limit. */
  metricValues: 40_000,
  /** Customer ↔ employee question pairings; the templates define three. */
  pairings: 500,
  /** Dot-voting rounds: a dozen a workshop, many workshops on one map. */
  voteRounds: 500,
  /** Notes from the room: one a card at the card limit, with a parking lot beside. */
  notes: 20_000,
} as const;

/** The collections MAP_LIMITS bounds, named as the document names them. */
export type LimitedCollection = keyof typeof MAP_LIMITS;

/** How a limit's collection is called in a sentence: "a map holds at most 20,000 cards". */
const COLLECTION_NOUNS: Record<LimitedCollection, string> = {
  stages: 'stages',
  lanes: 'lanes',
  cards: 'cards',
  links: 'links',
  painPoints: 'pain points',
  opportunities: 'actions',
  teams: 'teams',
  personas: 'personas',
  metrics: 'metrics',
  metricValues: 'metric values',
  pairings: 'question pairings',
  voteRounds: 'voting rounds',
  notes: 'notes',
};

/** "a map holds at most 20,000 cards": the schema's message for a collection past its limit. */
export function mapLimitMessage(collection: LimitedCollection): string {
  return `a map holds at most ${formatCount(MAP_LIMITS[collection])} ${COLLECTION_NOUNS[collection]}`;
}

/** Commands in one batch: deleting every card of a map at the card limit is 20,000; twice that for headroom. */
export const MAX_BATCH_COMMANDS = 50_000;

/** Lengths of text fields (characters). The schemas in shared/schema use these. */
export const TEXT_LIMITS = {
  /** Notes, descriptions, evidence: a long page of text. */
  longText: 20_000,
  /** A persona picture as a data: URL (about 1.5 MB of image). */
  picture: 2_000_000,
  /** Tags on one card. */
  tagsPerCard: 30,
  /** Teams that may mark one card "we touch this": every team of a large organisation's map, with room to spare. */
  touchesPerCard: 60,
  /** Pain points one action answers. */
  painPointsPerAction: 500,
} as const;

/**
 * Structure of any untrusted JSON (a request, an IPC message, a JSON import), checked by a cheap walk before it is
 * parsed or validated (shared/bounds.ts).
 */
export const JSON_LIMITS = {
  /**
   * Values (objects, arrays, keys, strings, numbers…) in one payload. The 2,000-card benchmark map is about 67,000;
   * a 20,000-card map built the same way (test/fixtures/generateMap.ts) about 665,000. Three times that parses
   * in under 100 MB; the million-object payload that once took 4.6 GB is refused at its first breach.
   */
  maxNodes: 2_000_000,
  /** Nesting: a document is six deep, a batch of batches at the nesting limit about 50. */
  maxDepth: 64,
  /** Elements in an array that MAP_LIMITS does not name: the batch limit, the largest list a call carries. */
  maxArrayLength: MAX_BATCH_COMMANDS,
  /** One string: the persona picture; survey text has its own limit (MAX_SURVEY_BYTES). */
  maxStringLength: TEXT_LIMITS.picture,
  /** Keys of one object: the widest entity has about a dozen; a patch names eleven collections. */
  maxObjectKeys: 1_000,
} as const;

/**
 * Request body of the browser host, refused from Content-Length or while streaming: a survey file at its limit
 * (50 MB) with room for JSON escaping; a realistic 20,000-card map pasted whole is about 10 MB.
 */
export const MAX_REQUEST_BYTES = 56 * MB;

/** One IPC call's arguments, estimated by the walk (strings by length, other values at 8 bytes): as the host's body. */
export const MAX_IPC_BYTES = MAX_REQUEST_BYTES;

/** A JSON export to import: a 20,000-card map is about 10 MB pretty-printed; persona pictures take the rest. */
export const MAX_JSON_FILE_BYTES = 64 * MB;

/**
 * A .tandem file to open or check. Survey answers are what make a file large (about 250 bytes an answer with
 * indexes); two million answers fit. Larger files are refused before SQLite reads a page.
 */
export const MAX_TANDEM_FILE_BYTES = 1024 * MB;

/** A survey file (CSV): 100,000 rows of the benchmark are about 8 MB; the renderer sends it as text. */
export const MAX_SURVEY_BYTES = 50 * MB;

/** Answers in one survey import: five times the 100,000-row budget, all of which are held in memory while checked. */
export const MAX_SURVEY_ANSWERS = 500_000;

/**
 * Versions kept in one map. Retention keeps about 700 automatic versions of a year of daily editing (every one of a
 * day, one an hour for a week, one a day after); the rest is room for named versions.
 */
export const MAX_VERSIONS = 5_000;

/** Problems a check lists before it stops looking: enough to see a pattern, few enough to read. */
export const MAX_LISTED_PROBLEMS = 20;

/** "20,000" — numbers in limit messages, grouped as people read them. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** "64 MB" — byte sizes in limit messages. */
export function formatBytes(n: number): string {
  return n >= MB ? `${Math.round((n / MB) * 10) / 10} MB` : `${formatCount(n)} bytes`;
}
