import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { DocumentStore } from '../../electron/services/documentStore';
import { templateNameSchema } from '../../shared/api/contract';
import { templateWords } from '../../shared/templates';
import { LANGUAGES } from '../../shared/vocabulary/language';
import { removeTempDirs, runCli, tempDir } from '../helpers/cli';

afterAll(removeTempDirs);

/** Runs `tandem ...args` in this process (the same code the bin runs), collecting what it prints. */
async function tandem(args: string[], cwd: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, cwd);
  return { code, out, err };
}

/** The map a file holds, read back from disk. */
function readMap(file: string) {
  const store = DocumentStore.openCopy(file);
  try {
    return store.doc;
  } finally {
    store.close();
  }
}

describe('tandem new --lang', () => {
  const combinations = templateNameSchema.options.flatMap((t) => LANGUAGES.map((l) => [t, l] as const));

  it.each(combinations)('makes a map from the %s template in %s that passes tandem check', async (template, lang) => {
    const dir = tempDir('tandem-lang-');
    const made = await tandem(['new', 'map.tandem', '--template', template, '--lang', lang], dir);
    expect(made).toEqual({ code: 0, out: [`Created map.tandem from the ${template} template in ${lang}.`], err: [] });

    const checked = await tandem(['check', 'map.tandem'], dir);
    expect(checked.err).toEqual([]);
    expect(checked.code).toBe(0);
    expect(checked.out[0]).toMatch(/^map\.tandem: OK \(\d+ stages?, \d+ lanes?, \d+ cards?\)$/);

    // The file records the language and is written in it: the first lane's title is the template's, in that language.
    const doc = readMap(join(dir, 'map.tandem'));
    expect(doc.meta.language).toBe(lang);
    const words = templateWords(lang);
    const firstLane = {
      blank: words('blank.lane.customer'),
      'service-blueprint': words('blueprint.lane.touchpoint'),
      'linked-cx-ex': words('linked.lane.customerEmotion'),
      'employee-journey': words('employee.lane.employee'),
      sample: words('linked.lane.customerEmotion'),
    }[template];
    expect(doc.lanes.find((l) => l.order === 1)?.title).toBe(firstLane);
  });

  it('writes the Ukrainian linked CX–EX map from the installed command, in Ukrainian', async () => {
    const dir = tempDir('tandem-lang-');
    const made = await runCli(['new', 'bank.tandem', '--template', 'linked-cx-ex', '--lang', 'uk'], { cwd: dir });
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout.trim()).toBe('Created bank.tandem from the linked-cx-ex template in uk.');
    const doc = readMap(join(dir, 'bank.tandem'));
    expect(doc.meta).toMatchObject({ title: 'Пов’язана карта CX–EX', language: 'uk' });
    expect(doc.stages.map((s) => s.name)).toEqual(['Пошук', 'Вибір', 'Покупка', 'Користування', 'Підтримка']);
  });

  it('refuses a language Tandem does not speak with a usage error that lists those it does, and writes nothing', async () => {
    const dir = tempDir('tandem-lang-');
    const result = await runCli(['new', 'x.tandem', '--template', 'sample', '--lang', 'de'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown language "de"; choose one of en, ru, uk, pl, zh/);
    expect(result.stdout).toBe('');
    expect(existsSync(join(dir, 'x.tandem'))).toBe(false);

    for (const bad of ['UK', 'zh-CN', '']) {
      const refused = await tandem(['new', 'y.tandem', '--lang', bad], dir);
      expect(refused.code, bad).toBe(2);
      expect(refused.err[0], bad).toContain(`unknown language "${bad}"`);
    }
    expect(existsSync(join(dir, 'y.tandem'))).toBe(false);
  });

  it('keeps English, and its words for scripts, when no language is named', async () => {
    const dir = tempDir('tandem-lang-');
    const made = await tandem(['new', 'plain.tandem', '--template', 'sample'], dir);
    expect(made.out).toEqual(['Created plain.tandem from the sample template.']);
    const doc = readMap(join(dir, 'plain.tandem'));
    expect(doc.meta).toMatchObject({ title: 'Retail checkout — new POS rollout', language: 'en' });
  });

  it('names --lang and the five languages in the help of tandem new', async () => {
    const help = await tandem(['help', 'new'], tempDir('tandem-lang-'));
    expect(help.out.join('\n')).toMatch(/--lang LANG\s+The map's language.*en, ru, uk, pl, zh \(default en\)/);
  });
});
