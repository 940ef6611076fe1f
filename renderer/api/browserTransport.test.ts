import { describe, expect, it } from 'vitest';
import { dropTokenFromAddress } from './browserTransport';

/** An address bar and its history entry: records what the page replaced it with. */
function addressBar(href: string, state: unknown = null) {
  const replaced: Array<{ state: unknown; url: string }> = [];
  const win = {
    location: { href } as Location,
    history: {
      state,
      replaceState: (s: unknown, _unused: string, url?: string | URL | null) => {
        replaced.push({ state: s, url: String(url) });
      },
    } as History,
  };
  return { win, replaced };
}

describe('dropTokenFromAddress', () => {
  it('takes the token out of the address, keeping the path, the other query and the hash', () => {
    const { win, replaced } = addressBar('http://127.0.0.1:4321/?token=s3cr3t&lang=pl#stage-2', { n: 1 });
    dropTokenFromAddress(win);
    expect(replaced).toEqual([{ state: { n: 1 }, url: '/?lang=pl#stage-2' }]);
  });

  it('leaves a bare address as just its path', () => {
    const { win, replaced } = addressBar('http://127.0.0.1:4321/?token=s3cr3t');
    dropTokenFromAddress(win);
    expect(replaced.map((r) => r.url)).toEqual(['/']);
  });

  it('touches nothing when there is no token (the Electron window, a reload)', () => {
    for (const href of ['app://tandem/index.html', 'http://127.0.0.1:4321/', 'http://127.0.0.1:4321/?lang=uk']) {
      const { win, replaced } = addressBar(href);
      dropTokenFromAddress(win);
      expect(replaced, href).toEqual([]);
    }
  });
});
