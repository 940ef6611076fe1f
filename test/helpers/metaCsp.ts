import { Window } from 'happy-dom';

/** The content of every `<meta http-equiv="Content-Security-Policy">` in an HTML page, parsed as a browser would. */
export function metaPolicies(html: string): string[] {
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll('meta[http-equiv]')]
      .filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
      .map((m) => m.getAttribute('content') ?? '');
  } finally {
    void window.happyDOM.close();
  }
}
