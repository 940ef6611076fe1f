// The kill loop: writers edit maps (single commands, batches, cascading deletes, survey imports, the browser host's
// HTTP API, map creation) and are SIGKILLed at random moments; after each kill the file must hold every
// acknowledged edit, pass integrity_check, and equal the acknowledged commands replayed in memory (at most one
// unacknowledged in-flight edit may also be there). Used by test/integration/killLoop.test.ts and `npm run soak`.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type Database from 'better-sqlite3';
import { build, type Plugin } from 'esbuild';
import { DocumentStore } from '../../electron/services/documentStore';
import { checkFile } from '../../electron/services/fileCheck';
import { applyCommand } from '../../shared/commands/apply';
import type { TandemDoc } from '../../shared/schema/document';
import { createFromTemplate } from '../../shared/templates/index';
import {
  KILL_SCENARIOS,
  type KillScenario,
  nextCommand,
  seeded,
  surveyCsv,
  surveyFileName,
} from '../fixtures/killScenarios';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(root, 'test', 'fixtures');
/** Survey files prepared per loop; a writer that imports them all gets `not_found` and goes on with commands. */
const SURVEY_FILES = 40;
/** A writer that is not ready in this time is broken, not slow. */
const READY_TIMEOUT_MS = 15_000;

export interface KillLoopOptions {
  /** How many SIGKILLs, spread evenly over the scenarios. */
  kills: number;
  /** Seed of the whole loop; each run's own seed derives from it. */
  seed: number;
  /** The loop fails if the kills are not done by then. */
  timeLimitMs: number;
  /** Writers running at once (default 2). */
  concurrency?: number;
  /** Scenarios to run (default: all). */
  scenarios?: readonly KillScenario[];
}

export interface ScenarioTally {
  kills: number;
  /** Edits acknowledged before the kill, summed. */
  acknowledged: number;
  /** Kills that left the in-flight edit committed, and kills that left it out. */
  inFlightLanded: number;
  inFlightLost: number;
}

export interface KillLoopSummary {
  seed: number;
  kills: number;
  seconds: number;
  byScenario: Record<KillScenario, ScenarioTally>;
}

/** A broken promise: which run, how to repeat it, and what was wrong. */
export class KillLoopFailure extends Error {}

/** What one killed writer said on stdout. */
interface Transcript {
  /** Payloads of P lines that got an A, with the A's number. */
  acked: { payload: unknown; n: number }[];
  /** The P line that got neither A nor R: in flight when the kill came. */
  inFlight: unknown;
  refused: string[];
}

function parseTranscript(out: string): Transcript {
  const lines = out.split('\n');
  lines.pop(); // A fragment after the last newline is a line the kill cut short: never acknowledged.
  const t: Transcript = { acked: [], inFlight: undefined, refused: [] };
  for (const line of lines) {
    if (line.startsWith('ready')) continue;
    if (line.startsWith('P ')) {
      if (t.inFlight !== undefined) throw new Error('the writer started an edit before finishing the last one');
      t.inFlight = JSON.parse(line.slice(2)) as unknown;
    } else if (line.startsWith('A ')) {
      t.acked.push({ payload: t.inFlight, n: Number(line.slice(2)) });
      t.inFlight = undefined;
    } else if (line.startsWith('R ')) {
      t.refused.push(line.slice(2));
      t.inFlight = undefined;
    } else throw new Error(`the writer printed something unexpected: ${line.slice(0, 200)}`);
  }
  return t;
}

/**
 * Bundles the writer and the host once per loop: a plain .mjs starts several times faster than `node --import tsx`.
 * better-sqlite3 stays outside, imported by absolute path; playwright-core (PDF/PNG export, never used here) is
 * replaced by a stub, since loading it alone costs more than the rest of a writer's start.
 */
async function bundleWriters(dir: string): Promise<{ writer: string; host: string }> {
  const require = createRequire(join(root, 'package.json'));
  const outside: Plugin = {
    name: 'outside',
    setup(b) {
      b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: require.resolve('better-sqlite3'), external: true }));
      b.onResolve({ filter: /^playwright-core$/ }, () => ({ path: 'playwright-core', namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
        contents: "export const chromium = { launch() { throw new Error('the kill loop does not export'); } };",
        loader: 'js',
      }));
    },
  };
  await build({
    entryPoints: { killWriter: join(FIXTURES, 'killWriter.ts'), killHost: join(FIXTURES, 'killHost.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    plugins: [outside],
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return { writer: join(dir, 'killWriter.mjs'), host: join(dir, 'killHost.mjs') };
}

/** Posts one call to the browser host; resolves with the envelope, rejects when the connection dies. */
function post(
  agent: Agent,
  port: number,
  token: string,
  name: string,
  args: unknown,
): Promise<{ ok: boolean; data?: { revision: number }; error?: { code: string; message: string } }> {
  const body = JSON.stringify(args);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${name}`,
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'X-Tandem-Token': token,
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (s: string) => (text += s));
        res.on('end', () => {
          try {
            resolve(JSON.parse(text) as { ok: boolean });
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The HTTP scenario's client: sends commands to the host until the connection dies, keeping its own transcript in
 * the writer's format (P before sending, A on an ok answer, R on a refusal).
 */
async function driveHost(
  port: number,
  token: string,
  base: TandemDoc,
  rnd: () => number,
  stop: () => boolean,
  outcome: () => void,
): Promise<string> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let doc = base;
  let revision = 0;
  const lines: string[] = [];
  try {
    for (let n = 0; !stop(); n++) {
      const cmd = nextCommand('http', doc, rnd, n);
      lines.push(`P ${JSON.stringify(cmd)}`);
      let reply: Awaited<ReturnType<typeof post>>;
      try {
        reply = await post(agent, port, token, 'map/apply', { command: cmd, baseRevision: revision });
      } catch {
        break; // Killed: this command is in flight.
      }
      if (reply.ok && reply.data) {
        doc = applyCommand(doc, cmd).doc;
        revision = reply.data.revision;
        lines.push(`A ${revision}`);
      } else lines.push(`R ${reply.error?.code ?? 'none'}`);
      outcome();
    }
  } finally {
    agent.destroy();
  }
  return lines.map((line) => `${line}\n`).join('');
}

const fail = (message: string): never => {
  throw new Error(message);
};

/** The document a replay of `cmds` gives, or the reason one of them could not be replayed. */
function replay(base: TandemDoc, cmds: readonly unknown[]): TandemDoc {
  return cmds.reduce<TandemDoc>((doc, cmd) => applyCommand(doc, cmd).doc, base);
}

/** After a kill of a command writer: every acknowledged command is there, and at most the one in flight. */
function checkCommands(file: string, base: TandemDoc, t: Transcript, tally: ScenarioTally, imports: boolean): void {
  const check = checkFile(file);
  if (!check.ok) fail(`the file fails its check: ${check.problems.join('; ')}`);
  const commands = t.acked.filter((a) => !isImport(a.payload));
  commands.forEach((a, i) => {
    if (a.n !== i + 1) fail(`acknowledged revision ${a.n} where ${i + 1} was expected`);
  });
  for (const code of t.refused)
    if (!['invalid', 'invalid_arguments', 'not_found', 'conflict'].includes(code))
      fail(`a command was refused with "${code}"`);
  const expected = replay(
    base,
    commands.map((a) => a.payload),
  );
  const store = DocumentStore.open(file);
  try {
    const inFlight = t.inFlight !== undefined && !isImport(t.inFlight) ? t.inFlight : undefined;
    if (store.revision === commands.length) {
      if (!isDeepStrictEqual(store.doc, expected))
        fail(`the map differs from the replay of its ${commands.length} acknowledged commands`);
      if (inFlight !== undefined) tally.inFlightLost++;
    } else if (store.revision === commands.length + 1 && inFlight !== undefined) {
      if (!isDeepStrictEqual(store.doc, applyCommand(expected, inFlight).doc))
        fail('the map differs from the replay of its acknowledged commands plus the one in flight');
      tally.inFlightLanded++;
    } else
      fail(
        `the map is at revision ${store.revision}, but ${commands.length} commands were acknowledged${inFlight ? ' (and one was in flight)' : ''}`,
      );
    if (imports) checkImports(store.database, t, tally);
  } finally {
    store.close();
  }
  tally.acknowledged += t.acked.length;
}

const isImport = (p: unknown): p is { import: string } => typeof p === 'object' && p !== null && 'import' in p;

/** Expected answers in survey file k (see surveyCsv). */
const surveyInteractions = (k: number): number => (k % 3 === 0 ? 1500 : 60);

/** After a kill of a survey writer: every acknowledged import is whole, the in-flight one is whole or absent. */
function checkImports(db: Database.Database, t: Transcript, tally: ScenarioTally): void {
  const rows = db
    .prepare(
      'SELECT i.id, i.file_name AS name, i.row_count AS declared, (SELECT COUNT(*) FROM survey_responses r WHERE r.import_id = i.id) AS stored FROM survey_imports i ORDER BY i.id',
    )
    .all() as { id: number; name: string; declared: number; stored: number }[];
  const acked = t.acked.filter((a) => isImport(a.payload));
  for (const a of acked) {
    const name = (a.payload as { import: string }).import;
    const row = rows.find((r) => r.id === a.n);
    if (!row || row.name !== name) fail(`the acknowledged import of ${name} (id ${a.n}) is missing`);
  }
  for (const row of rows) {
    const k = Number(/survey-(\d+)\.csv/.exec(row.name)?.[1]);
    const expected = surveyInteractions(k) * 3;
    if (row.declared !== expected || row.stored !== expected)
      fail(`import ${row.name} holds ${row.stored} answers (declares ${row.declared}); the file has ${expected}`);
  }
  const extra = rows.filter((r) => !acked.some((a) => a.n === r.id));
  if (extra.length > 1) fail(`${extra.length} imports are in the file that were never acknowledged`);
  if (extra.length === 1) {
    if (!isImport(t.inFlight) || t.inFlight.import !== extra[0]?.name)
      fail(`import ${extra[0]?.name} is in the file but was neither acknowledged nor in flight`);
    tally.inFlightLanded++;
  } else if (isImport(t.inFlight)) tally.inFlightLost++;
}

/** After a kill of a map-creating writer: every acknowledged map is whole; the one in flight is whole or absent. */
function checkCreations(dir: string, t: Transcript, tally: ScenarioTally): void {
  const made = (p: unknown) => (p as { create: { file: string; doc: TandemDoc } }).create;
  for (const a of t.acked) {
    const { file, doc } = made(a.payload);
    const check = checkFile(file);
    if (!check.ok) fail(`acknowledged map ${file} fails its check: ${check.problems.join('; ')}`);
    const store = DocumentStore.open(file);
    const same = isDeepStrictEqual(store.doc, doc) && store.revision === 0;
    store.close();
    if (!same) fail(`acknowledged map ${file} is not the map that was created`);
  }
  const known = new Set(t.acked.map((a) => made(a.payload).file));
  if (t.inFlight !== undefined) {
    const { file, doc } = made(t.inFlight);
    known.add(file);
    if (!existsSync(file)) tally.inFlightLost++;
    else {
      // Creation is atomic (fileSafety): a map cut short is absent, never half-made.
      let opened: DocumentStore;
      try {
        opened = DocumentStore.open(file);
      } catch (e) {
        throw new Error(`a map whose creation was cut short is left behind, damaged: ${String(e)}`);
      }
      const same = isDeepStrictEqual(opened.doc, doc) && opened.check().ok;
      opened.close();
      if (!same) fail('a map whose creation was cut short is left behind with other content');
      tally.inFlightLanded++;
    }
  }
  const strays = readdirSync(dir).filter((f) => f.endsWith('.tandem') && !known.has(join(dir, f)));
  if (strays.length) fail(`files nobody asked for: ${strays.join(', ')}`);
  tally.acknowledged += t.acked.length;
}

/**
 * When the kill comes: after the writer has finished `after` edits (counted, so a loaded machine still gets its
 * kills mid-work rather than during start-up), then `delayMs` later, landing somewhere inside the next edit.
 */
function killMoment(rnd: () => number, scenario: KillScenario): { after: number; delayMs: number } {
  const r = rnd();
  const most = scenario === 'survey' || scenario === 'create' ? 8 : 24;
  const after = r < 0.15 ? 0 : r < 0.65 ? 1 + Math.floor(rnd() * 8) : Math.floor(rnd() * most);
  const d = rnd();
  return { after, delayMs: d < 0.3 ? 0 : d < 0.8 ? rnd() * 3 : rnd() * 20 };
}

/** A writer still running this long after it was ready is killed anyway (bounds every run in time). */
const MAX_RUN_MS = 5_000;

/** Runs one writer in `dir`, kills it at a seeded random moment, and checks what it left. */
async function killOnce(
  bundle: { writer: string; host: string },
  fixtures: { base: string; baseDoc: TandemDoc; surveys: string },
  scenario: KillScenario,
  runSeed: number,
  dir: string,
  tally: ScenarioTally,
): Promise<void> {
  const rnd = seeded(runSeed);
  const file = join(dir, 'map.tandem');
  const target = scenario === 'create' ? join(dir, 'maps') : file;
  if (scenario !== 'create') copyFileSync(fixtures.base, file);
  const args =
    scenario === 'http' ? [bundle.host, file] : [bundle.writer, scenario, target, String(runSeed), fixtures.surveys];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (err += s));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const moment = killMoment(rnd, scenario);
  let killed = false;
  let pullTrigger: () => void = () => undefined;
  const kill = new Promise<void>((resolve) => {
    pullTrigger = () => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
      resolve();
    };
  });
  let outcomes = 0;
  const outcome = (): void => {
    if (++outcomes !== moment.after) return;
    if (moment.delayMs === 0) pullTrigger();
    else setTimeout(pullTrigger, moment.delayMs);
  };
  let scanned = 0;
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the writer did not start in time')), READY_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      for (let nl = out.indexOf('\n', scanned); nl >= 0; nl = out.indexOf('\n', scanned)) {
        if (/^[AR] /.test(out.slice(scanned, scanned + 2))) outcome();
        scanned = nl + 1;
      }
      const line = /^ready.*$/m.exec(out);
      if (line) {
        clearTimeout(timer);
        resolve(line[0]);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the writer exited before it was ready: ${err.trim()}`));
    });
  });
  let readyLine: string;
  try {
    readyLine = await ready;
  } catch (e) {
    child.kill('SIGKILL');
    await exited;
    throw e;
  }
  const cap = setTimeout(pullTrigger, MAX_RUN_MS);
  if (moment.after === 0) {
    outcomes = -1;
    if (moment.delayMs === 0) pullTrigger();
    else setTimeout(pullTrigger, moment.delayMs);
  }
  let clientTranscript = '';
  if (scenario === 'http') {
    const [, port, token] = readyLine.split(' ');
    clientTranscript = await driveHost(Number(port), token!, fixtures.baseDoc, rnd, () => killed, outcome);
  }
  await kill;
  clearTimeout(cap);
  const { code, signal } = await exited;
  if (signal !== 'SIGKILL') fail(`the writer ended by itself (exit ${code}, ${signal}): ${err.trim()}`);
  const t = parseTranscript(scenario === 'http' ? clientTranscript : out);
  if (scenario === 'create') checkCreations(target, t, tally);
  else checkCommands(file, fixtures.baseDoc, t, tally, scenario === 'survey');
  tally.kills++;
}

/** Runs the kill loop; throws a KillLoopFailure naming the seed (to repeat it) on the first broken promise. */
export async function runKillLoop(opts: KillLoopOptions, progress?: (done: number) => void): Promise<KillLoopSummary> {
  const started = Date.now();
  const scenarios = opts.scenarios ?? KILL_SCENARIOS;
  const work = mkdtempSync(join(tmpdir(), 'tandem-kill-'));
  try {
    const bundle = await bundleWriters(work);
    const base = join(work, 'base.tandem');
    DocumentStore.create(base, createFromTemplate('sample', 'Kill loop', new Date('2026-01-01T09:00:00Z'))).close();
    const surveys = join(work, 'surveys');
    mkdirSync(surveys);
    for (let k = 0; k < SURVEY_FILES; k++)
      writeFileSync(join(surveys, surveyFileName(k)), surveyCsv(k, surveyInteractions(k)));
    const reader = DocumentStore.open(base);
    const fixtures = { base, baseDoc: reader.doc, surveys };
    reader.close();

    const byScenario = Object.fromEntries(
      KILL_SCENARIOS.map((s) => [s, { kills: 0, acknowledged: 0, inFlightLanded: 0, inFlightLost: 0 }]),
    ) as Record<KillScenario, ScenarioTally>;
    const loopRnd = seeded(opts.seed);
    const plan = Array.from({ length: opts.kills }, (_, i) => ({
      i,
      scenario: scenarios[i % scenarios.length]!,
      seed: Math.floor(loopRnd() * 2 ** 31),
    }));
    let next = 0;
    let done = 0;
    const worker = async (): Promise<void> => {
      while (next < plan.length) {
        const run = plan[next++]!;
        if (Date.now() - started > opts.timeLimitMs)
          throw new KillLoopFailure(
            `the kill loop ran out of time: ${done} of ${opts.kills} kills in ${opts.timeLimitMs / 1000} s (seed ${opts.seed})`,
          );
        const dir = join(work, `run-${run.i}`);
        mkdirSync(dir);
        try {
          await killOnce(bundle, fixtures, run.scenario, run.seed, dir, byScenario[run.scenario]);
        } catch (e) {
          throw new KillLoopFailure(
            `kill ${run.i + 1} (${run.scenario}, run seed ${run.seed}) of the loop with seed ${opts.seed}: ${e instanceof Error ? e.message : String(e)}\nrepeat with TANDEM_KILL_SEED=${opts.seed}`,
          );
        }
        rmSync(dir, { recursive: true, force: true });
        done++;
        progress?.(done);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency ?? 2 }, worker));
    return { seed: opts.seed, kills: done, seconds: (Date.now() - started) / 1000, byScenario };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The loop's seed: TANDEM_KILL_SEED when set (to repeat a failure), else a fresh one. */
export function killSeed(): number {
  const given = process.env.TANDEM_KILL_SEED;
  return given ? Number(given) : Math.floor(Math.random() * 2 ** 31);
}
