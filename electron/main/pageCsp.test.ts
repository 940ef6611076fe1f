import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { metaPolicies } from '../../test/helpers/metaCsp';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../shared/api/csp';

const sourceHtml = readFileSync(fileURLToPath(new URL('../../renderer/index.html', import.meta.url)), 'utf8');

describe('the content security policy in the page', () => {
  it('is exactly the header policy less frame-ancestors, which a <meta> element cannot carry', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('is what renderer/index.html carries, in one <meta> element', () => {
    expect(metaPolicies(sourceHtml)).toEqual([META_CONTENT_SECURITY_POLICY]);
  });

  it('would catch a page whose policy drifted from the header', () => {
    const drifted = sourceHtml.replace("; object-src 'none'", '');
    expect(metaPolicies(drifted)).not.toEqual([META_CONTENT_SECURITY_POLICY]);
  });
});
