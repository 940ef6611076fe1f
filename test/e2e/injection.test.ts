// Hostile text in every text field, end to end in Chromium: the editor shows it as text and runs nothing, the SVG
// export is strict XML with no script, event handler or outside reference, and the CSV export neutralises every
// cell a spreadsheet would read as a formula. Most payloads go in through the API (fast), a few through the UI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { actionsCsvPath } from '../../electron/services/export/index';
import type { ApiResult } from '../../shared/api/result';
import type { Command } from '../../shared/commands/types';
import { makeCard, makeOpportunity, makePainPoint, makePersona, makeStage, makeTeam } from '../../shared/factories';
import { xmlProblems } from '../../shared/render/testing/strictXml';
import type { TandemDoc } from '../../shared/schema/document';
import { type HostedMap, hostedMaps, mapOnDisk } from '../helpers/browserHost';
import { clip, PAYLOADS } from '../helpers/injectionPayloads';

const openMap = hostedMaps();

/** One API call to the browser host, as the renderer makes it (token in the header). */
async function call<T>(h: HostedMap, name: string, args: unknown): Promise<ApiResult<T>> {
  const res = await fetch(`http://127.0.0.1:${h.host.port}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Tandem-Token': h.host.token },
    body: JSON.stringify(args),
  });
  return (await res.json()) as ApiResult<T>;
}

async function apply(h: HostedMap, command: Command): Promise<void> {
  const current = await call<{ revision: number }>(h, 'map/current', {});
  if (!current.ok) throw new Error(current.error.message);
  const r = await call(h, 'map/apply', { command, baseRevision: current.data.revision });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
}

/** Every payload in every text field: map, stages, lanes, cards, pain points, actions, teams, personas. */
function hostileBatch(doc: TandemDoc): Command {
  const commands: Command[] = [
    {
      type: 'map/update',
      patch: { title: clip(PAYLOADS[0]!.text, 200), description: clip(PAYLOADS.map((p) => p.text).join('\n'), 20_000) },
    },
  ];
  doc.stages.forEach((s, i) => {
    commands.push({ type: 'stage/update', id: s.id, patch: { name: clip(PAYLOADS[i]!.text, 120) } });
  });
  doc.lanes.forEach((l, i) => {
    commands.push({ type: 'lane/update', id: l.id, patch: { title: clip(PAYLOADS[10 + i]!.text, 120) } });
  });
  // More stages, so that every payload is also a stage name.
  const stages = PAYLOADS.slice(doc.stages.length).map((p, i) =>
    makeStage({ name: clip(p.text, 120), order: doc.stages.length + 1 + i, width: 240 }),
  );
  for (const stage of stages) commands.push({ type: 'stage/add', stage });
  const lanes = doc.lanes.filter((l) => !['emotion', 'metrics'].includes(l.kind));
  PAYLOADS.forEach((p, i) => {
    const team = makeTeam({ name: clip(p.text, 120) || 'x' });
    const card = makeCard({
      laneId: lanes[i % lanes.length]!.id,
      stageId: [...doc.stages, ...stages][i % (doc.stages.length + stages.length)]!.id,
      title: clip(p.text, 500),
      notes: clip(p.text, 20_000),
      channel: clip(p.text, 80),
      tags: [clip(p.text, 40) || 'x', clip(p.text.slice(3), 40) || 'y'],
      key: `hostile-${i}`,
      ownerTeamId: team.id,
      order: 100 + i,
    });
    const pain = makePainPoint({ cardId: card.id, title: clip(p.text, 300), evidence: clip(p.text, 20_000) });
    commands.push(
      { type: 'team/add', team },
      { type: 'card/add', card },
      { type: 'painPoint/add', painPoint: pain },
      {
        type: 'opportunity/add',
        opportunity: makeOpportunity({
          title: clip(p.text, 200),
          description: clip(p.text, 2000),
          painPointIds: [pain.id],
          ownerTeamId: team.id,
        }),
      },
    );
  });
  // A map holds at most 20 personas: four payloads to each, one per text field.
  for (let i = 0; i < PAYLOADS.length; i += 4) {
    const text = (k: number) => PAYLOADS[(i + k) % PAYLOADS.length]!.text;
    commands.push({
      type: 'persona/add',
      persona: makePersona({
        name: clip(text(0), 120),
        role: clip(text(1), 200),
        goals: clip(text(2), 20_000),
        frustrations: clip(text(3), 20_000),
        side: 'customer',
      }),
    });
  }
  return { type: 'batch', label: 'Hostile text', commands };
}

/** Watches a page for any sign that text ran: a dialog, a CSP refusal, a request leaving the host, a page error. */
function watch(h: HostedMap): string[] {
  const signs: string[] = [];
  const origin = `http://127.0.0.1:${h.host.port}`;
  h.page.on('dialog', (d) => {
    signs.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  h.page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) signs.push(`console: ${m.text()}`);
  });
  h.page.on('pageerror', (e) => signs.push(`page error: ${e.message}`));
  h.page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) signs.push(`request: ${url}`);
  });
  return signs;
}

const pwned = (h: HostedMap) => h.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

/** Strict XML, and no element or attribute that could run code or reach outside the file. */
function svgProblems(svg: string): string[] {
  const problems = xmlProblems(svg);
  for (const m of svg.matchAll(/<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g)) {
    const [, tag = '', attrs = ''] = m;
    if (/^(script|foreignObject|iframe|object|embed|image|use|a|animate|set|handler|listener)$/i.test(tag))
      problems.push(`<${tag}> element`);
    for (const a of attrs.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const [, name = '', v1, v2] = a;
      const value = v1 ?? v2 ?? '';
      if (/^on/i.test(name)) problems.push(`event attribute ${name} on <${tag}>`);
      if (/href$/i.test(name) && !value.startsWith('#')) problems.push(`${name}="${value.slice(0, 40)}" on <${tag}>`);
      if (/url\((?!#)/i.test(value)) problems.push(`outside url() in ${name} on <${tag}>`);
      if (/javascript:/i.test(value)) problems.push(`javascript: in ${name} on <${tag}>`);
    }
  }
  for (const style of svg.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
    if (/url\((?!#)|@import|expression\(/i.test(style[1] ?? '')) problems.push('outside reference in <style>');
  return problems;
}

/** Cells a spreadsheet would read as a formula: a text cell starting with = + - @, a tab or a CR. */
function formulaCells(csv: string): string[] {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return rows
    .flat()
    .filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))
    .map((cell) => JSON.stringify(cell.slice(0, 40)));
}

describe('hostile text in every field, in Chromium', () => {
  it(`shows ${PAYLOADS.length} payloads as text and runs none; exports strict SVG and a neutralised CSV`, async () => {
    const hosted = await openMap('sample', { width: 1600, height: 1000 });
    const h = hosted;
    const signs = watch(h);
    await h.page.locator('.card__title').first().waitFor({ state: 'visible' });

    // Through the UI, as a user types it: a card's title and notes, and a pain point.
    const first = h.page.locator('.card').first();
    await first.click();
    await h.page.getByRole('tab', { name: 'Inspector' }).click();
    for (const [label, text] of [
      ['Title', PAYLOADS[1]!.text],
      ['Notes', PAYLOADS[7]!.text],
    ] as const) {
      await h.page.locator('.side-panel').getByLabel(label, { exact: true }).click();
      await h.page.keyboard.press('Control+A');
      await h.page.keyboard.type(text);
      await h.page.keyboard.press('Tab');
    }
    await h.page.getByRole('tab', { name: 'Pain points' }).click();
    await h.page.getByLabel('New pain point').click();
    await h.page.keyboard.type(PAYLOADS[21]!.text);
    await h.page.keyboard.press('Enter');
    await expect.poll(() => mapOnDisk(h.file).painPoints.some((p) => p.title === PAYLOADS[21]!.text)).toBe(true);
    expect(mapOnDisk(h.file).cards.some((c) => c.title === PAYLOADS[1]!.text && c.notes === PAYLOADS[7]!.text)).toBe(
      true,
    );

    // Through the API: everything else, in one batch.
    await apply(h, hostileBatch(mapOnDisk(h.file)));
    // A key is an identifier, not text: hostile keys are refused with a reason and change nothing.
    const doc = mapOnDisk(h.file);
    const current = await call<{ revision: number }>(h, 'map/current', {});
    for (const p of PAYLOADS.slice(0, 10)) {
      const refused = await call(h, 'map/apply', {
        command: { type: 'card/update', id: doc.cards[0]!.id, patch: { key: p.text } },
        baseRevision: current.ok ? current.data.revision : -1,
      });
      expect(refused.ok ? 'accepted' : refused.error.code, p.name).toBe('invalid_arguments');
    }
    expect(mapOnDisk(h.file)).toEqual(doc);

    // The editor shows it all as text.
    await h.page.reload();
    await h.page.locator('.card__title').first().waitFor({ state: 'visible' });
    expect(await h.page.locator('.title-bar__title').textContent()).toBe(PAYLOADS[0]!.text);
    const shown = await h.page.locator('.card__title').allTextContents();
    expect(
      shown.filter((t) => PAYLOADS.some((p) => p.text.startsWith(t.trim()) && t.includes('<'))).length,
    ).toBeGreaterThan(0);
    await h.page.locator('.card', { hasText: '<' }).first().click();
    await h.page.getByRole('tab', { name: 'Inspector' }).click();
    await h.page.getByLabel('Owner team').waitFor();
    await h.page.getByRole('tab', { name: 'Pain points' }).click();
    await h.page.getByRole('button', { name: /Open the pain point register/ }).click();
    await h.page.getByRole('region', { name: 'Pain point register' }).locator('tbody tr').first().waitFor();
    await h.page.waitForTimeout(500);
    expect(await pwned(h), 'a payload ran').toBeNull();
    expect(signs).toEqual([]);

    // The SVG export: strict XML, nothing that runs or reaches out, every title still there as text.
    const svgPath = path.join(h.dir, 'hostile.svg');
    const svg = await call(h, 'export/run', { format: 'svg', path: svgPath });
    expect(svg.ok, JSON.stringify(svg)).toBe(true);
    const svgText = readFileSync(svgPath, 'utf8');
    expect(svgProblems(svgText)).toEqual([]);
    expect(svgText).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');

    // The CSV export: no cell a spreadsheet would run.
    const csvPath = path.join(h.dir, 'hostile.csv');
    const csv = await call(h, 'export/run', { format: 'csv', path: csvPath });
    expect(csv.ok, JSON.stringify(csv)).toBe(true);
    const pains = readFileSync(csvPath, 'utf8');
    const actions = readFileSync(actionsCsvPath(csvPath), 'utf8');
    expect(pains).toContain('HYPERLINK');
    const unsafe = [...formulaCells(pains), ...formulaCells(actions)];
    // Formula cells that also hold a line break ("=1+1\nsecond line") are the ones papaparse's escapeFormulae missed.
    expect(unsafe, 'cells a spreadsheet would run').toEqual([]);
  });
});
