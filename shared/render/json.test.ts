import { describe, expect, it } from 'vitest';
import { createFromTemplate } from '../templates/index';
import { exportJson, importJson } from './json';

const sample = () => createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));

describe('exportJson / importJson', () => {
  it('round-trips the sample map to an identical document', () => {
    const doc = sample();
    const text = exportJson(doc);
    expect(JSON.parse(text)).toMatchObject({ format: 'tandem-map', version: 1 });
    expect(importJson(text)).toEqual(doc);
  });

  it('round-trips every template, and Cyrillic and Chinese text', () => {
    for (const name of ['blank', 'service-blueprint', 'linked-cx-ex', 'employee-journey'] as const) {
      const doc = createFromTemplate(name);
      expect(importJson(exportJson(doc))).toEqual(doc);
    }
    const doc = sample();
    doc.cards[0]!.title = 'Оплата на кассе';
    doc.cards[1]!.title = '在收银台付款';
    expect(importJson(exportJson(doc))).toEqual(doc);
  });

  it('writes pretty JSON ending in a newline', () => {
    const text = exportJson(sample());
    expect(text).toMatch(/^\{\n {2}"format": "tandem-map",\n/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('accepts a bare document and a byte-order mark', () => {
    const doc = sample();
    expect(importJson(`\uFEFF${JSON.stringify(doc)}`)).toEqual(doc);
  });

  it('says where broken JSON is broken', () => {
    expect(() => importJson('{\n  "format": "tandem-map",\n  oops\n}')).toThrow(
      /not valid JSON \(line 3, column \d+\)/,
    );
  });

  it('refuses other JSON with a readable message', () => {
    expect(() => importJson('[1, 2, 3]')).toThrow(/not a Tandem map/);
    expect(() => importJson('{"format": "drawio"}')).toThrow(/not a Tandem map export.*"drawio"/);
  });

  it('refuses a newer format version and names it', () => {
    expect(() => importJson(JSON.stringify({ format: 'tandem-map', version: 9, doc: sample() }))).toThrow(
      /newer version of Tandem \(format version 9/,
    );
  });

  it('names the field that is wrong in an invalid map', () => {
    const doc = sample() as unknown as { painPoints: { severity: number }[] };
    doc.painPoints[0]!.severity = 9;
    expect(() => importJson(JSON.stringify({ format: 'tandem-map', version: 1, doc }))).toThrow(
      /painPoints\.0\.severity: severity must be 1–5/,
    );
  });

  it('refuses a map whose references point nowhere', () => {
    const doc = sample();
    doc.cards[0]!.laneId = 'missing-lane';
    expect(() => importJson(exportJson(doc))).toThrow(/lane that does not exist/);
  });
});
