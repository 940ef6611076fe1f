// User data reaches the terminal only as visible text: survey cells, card titles and file names holding escape
// sequences, NUL and a right-to-left override are printed by the real `tandem` process as escapes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportJson } from '../../shared/render/json';
import { createFromTemplate } from '../../shared/templates';
import { removeTempDirs, runCli, tempDir, type CliResult } from '../helpers/cli';

afterAll(removeTempDirs);

const ESC = '\u001b';
const NUL = '\u0000';
const RLO = '\u202e';
const PDF = '\u202c';
const BEL = '\u0007';
const TITLE = `Till ${ESC}[31mred${ESC}[0m ${RLO}SOP${PDF} with${NUL}NUL`;

/** Every character the terminal would act on, except the line breaks between printed lines. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters under test.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function expectNoRawControls(result: CliResult): void {
  for (const [stream, text] of [
    ['stdout', result.stdout],
    ['stderr', result.stderr],
  ] as const) {
    expect(text.includes(ESC), `${stream} holds a raw ESC: ${JSON.stringify(text)}`).toBe(false);
    expect(text.includes(NUL), `${stream} holds a raw NUL`).toBe(false);
    expect(text.includes(RLO), `${stream} holds a raw U+202E`).toBe(false);
    expect(RAW_CONTROL.test(text), `${stream}: ${JSON.stringify(text)}`).toBe(false);
  }
}

const csv = (...rows: string[]): string =>
  `interaction_id,respondent,touchpoint,question,value,answered_at,comment\n${rows.join('\n')}\n`;

describe('the CLI prints user data as text, never as terminal controls', () => {
  const dir = tempDir('tandem-cli-terminal-');
  const map = join(dir, `shop ${ESC}[2J${RLO}.tandem`);

  it('a map made from JSON whose card title and file name hold escape sequences, NUL and U+202E', async () => {
    // Built in-process rather than with `tandem new` + `tandem export`: one CLI start per step keeps the test quick.
    const doc = createFromTemplate('sample');
    const checkout = doc.cards.find((c) => c.key === 'checkout');
    if (!checkout) throw new Error('the sample map has no checkout card');
    checkout.title = TITLE;
    const json = join(dir, 'sample.json');
    writeFileSync(json, exportJson(doc));

    const created = await runCli(['import-json', json, '--out', map]);
    expect(created.code, created.stderr).toBe(0);
    expectNoRawControls(created);
    expect(created.stdout).toContain('shop \\u001b[2J\\u202e.tandem');
  });

  it('the check of that map names the file safely', async () => {
    const checked = await runCli(['check', map]);
    expect(checked.code, checked.stderr).toBe(0);
    expectNoRawControls(checked);
    expect(checked.stdout).toContain('\\u001b[2J\\u202e.tandem: OK');
  });

  it('a survey whose cells hold escape sequences, NUL and U+202E is imported and its summary printed safely', async () => {
    const file = join(dir, 'answers.csv');
    writeFileSync(
      file,
      csv(
        'T1,customer,checkout,nps,9,2026-10-05T12:15:00Z,fine',
        `T1,employee,checkout,tools_easy,y,2026-10-05T12:15:00Z,"${ESC}]0;pwned${BEL} slow ${RLO}txt.exe"`,
        `T2,customer,"to${ESC}[2Jp${RLO}up${NUL}",nps,3,2026-10-05T12:15:00Z,`,
      ),
    );
    const imported = await runCli(['import-survey', map, file]);
    expect(imported.code, imported.stderr).toBe(0);
    expectNoRawControls(imported);
    expect(imported.stdout).toContain('matches no card: to\\u001b[2jp\\u202eup\\u0000');
  });

  it('a survey whose bad cells hold them is refused, and the errors quote the cells safely', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, csv(`T3,${ESC}[31mcustomer${RLO}${NUL},checkout,nps,eleven${ESC}[5m,2026-10-05T12:15:00Z,`));
    const refused = await runCli(['import-survey', map, file]);
    expect(refused.code).toBe(1);
    expectNoRawControls(refused);
    expect(refused.stderr).toContain('unknown respondent "\\u001b[31mcustomer\\u202e\\u0000"');
    expect(refused.stderr).toContain('"eleven\\u001b[5m" is not a whole number');
  });

  it('the statistics table shows the card title and the touchpoint key as escapes', async () => {
    const stats = await runCli(['stats', map]);
    expect(stats.code, stats.stderr).toBe(0);
    expectNoRawControls(stats);
    expect(stats.stdout).toContain('checkout (Till \\u001b[31mred\\u001b[0m \\u202eSOP\\u202c with\\u0000NUL, Buy)');
    expect(stats.stdout).toContain('to\\u001b[2jp\\u202eup\\u0000 (no card)');
  });

  it('the statistics as JSON stay JSON that parses back to the very title the map holds', async () => {
    const stats = await runCli(['stats', map, '--json']);
    expect(stats.code, stats.stderr).toBe(0);
    expectNoRawControls(stats);
    const parsed = JSON.parse(stats.stdout) as { touchpoints: Array<{ key: string; card: { title: string } | null }> };
    expect(parsed.touchpoints.find((t) => t.key === 'checkout')?.card?.title).toBe(TITLE);
  });

  it('an error about a missing file names it safely', async () => {
    const missing = await runCli(['check', join(dir, `gone${ESC}[8m${RLO}.tandem`)]);
    expect(missing.code).toBe(1);
    expectNoRawControls(missing);
    expect(missing.stderr).toContain('gone\\u001b[8m\\u202e.tandem: no such file');
  });
});
