import { describe, expect, it } from 'vitest';
import { xmlProblems } from './strictXml';

describe('xmlProblems (the strict test-only XML check)', () => {
  it('accepts well-formed markup with entities', () => {
    expect(xmlProblems('<svg a="1" b=\'x &amp; y\'><text>a &lt; b &#39; &#x4e2d;</text><g/></svg>')).toEqual([]);
  });
  it.each([
    ['<svg><text>a < b</text></svg>', 'bad tag name'],
    ['<svg a="x<y"/>', 'raw "<"'],
    ['<svg><text>a & b</text></svg>', 'bad entity'],
    ['<svg><g></svg>', 'closes'],
    ['<svg a="1" a="2"/>', 'duplicate attribute'],
    ['<svg a=1/>', 'malformed attribute'],
    ['<svg/><svg/>', 'one root'],
    ['<svg><text>&nbsp;</text></svg>', 'bad entity'],
  ])('rejects %s', (xml, problem) => {
    expect(xmlProblems(xml).join('\n')).toContain(problem);
  });
});
