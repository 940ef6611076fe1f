// Hostile text for the injection tests (test/e2e/injection.test.ts): each payload, were it ever treated as markup,
// script, a URL or a spreadsheet formula, would set window.__pwned, fetch from a dead loopback port (127.0.0.1:9),
// or run a formula. Tandem must show and export every one of them as plain text.

/** Where a payload came from, for the failure message. */
export interface Payload {
  name: string;
  text: string;
}

const raw: [string, string][] = [
  ['script tag', '<script>window.__pwned=1</script>'],
  ['img onerror', '<img src=x onerror="window.__pwned=2">'],
  ['svg onload', '<svg onload="window.__pwned=3"></svg>'],
  ['attribute break-out', '"><script>window.__pwned=4</script>'],
  ['single-quote break-out', "'><img src=x onerror=window.__pwned=5>"],
  ['javascript URL', 'javascript:window.__pwned=6'],
  ['anchor javascript', '<a href="javascript:window.__pwned=7">open</a>'],
  ['foreignObject', '<svg><foreignObject><body onload="window.__pwned=8"></body></foreignObject></svg>'],
  ['svg script', '<svg><script>window.__pwned=9</script></svg>'],
  ['style break-out', '</style><script>window.__pwned=10</script>'],
  ['style import', '<style>@import url(http://127.0.0.1:9/x.css)</style>'],
  ['text break-out', '</text><script>window.__pwned=12</script><text>'],
  ['CDATA break-out', ']]><script>window.__pwned=13</script>'],
  ['comment', '<!--<script>window.__pwned=14</script>-->'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is a template string that must stay inert
  ['template string', '${window.__pwned=15}'],
  ['template expression', "{{constructor.constructor('window.__pwned=16')()}}"],
  ['escaped entities', '&lt;script&gt;window.__pwned=17&lt;/script&gt;'],
  ['numeric entities', '&#60;img src=x onerror=window.__pwned=18&#62;'],
  ['entity soup', '&amp;&quot;&apos;&#x3C;&#0;&bogus;&'],
  ['bidi override', '\u202Etxt.exe\u202C invoice'],
  ['bidi isolates', '\u2066isolated\u2069 \u200Fright-to-left mark\u200E'],
  ['HYPERLINK formula', '=HYPERLINK("http://127.0.0.1:9/?leak="&A1,"Open")'],
  ['plain formula', '=1+1'],
  ['plus lead', '+1+1'],
  ['minus lead', '-1+1'],
  ['at lead', '@SUM(1,1)'],
  ['tab lead', '\t=1+1'],
  ['CR lead', '\r=1+1'],
  ['formula then line break', '=1+1\nsecond line'],
  ['DDE', "+cmd|' /C calc'!A0"],
  ['minus then CRLF', '-2+3\r\nnext line'],
  ['at then line break', '@A1\nline two'],
  ['iframe', '<iframe src="javascript:window.__pwned=33"></iframe>'],
  ['object data', '<object data="data:text/html,<script>window.__pwned=34</script>"></object>'],
  ['math mtext', '<math><mtext><img src=x onerror=window.__pwned=35></mtext></math>'],
  ['xlink href', '<a xlink:href="javascript:window.__pwned=36">x</a>'],
  ['svg use external', '<use href="http://127.0.0.1:9/x.svg#a"/>'],
  ['css url', 'url(javascript:window.__pwned=38)'],
  ['css expression', 'x{background:expression(window.__pwned=39)}'],
  ['details ontoggle', '<details open ontoggle="window.__pwned=40">'],
  ['autofocus onfocus', '<input autofocus onfocus="window.__pwned=41">'],
  ['attribute injection', "' onmouseover='window.__pwned=42"],
  ['double-quoted attribute injection', '" onclick="window.__pwned=43" x="'],
  ['percent encoded', '%3Cscript%3Ewindow.__pwned=44%3C/script%3E'],
  ['base href', '<base href="http://127.0.0.1:9/">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=46">'],
  ['link stylesheet', '<link rel=stylesheet href=http://127.0.0.1:9/x.css>'],
  ['line and paragraph separators', 'a\u2028b\u2029c'],
  ['JS string break-out', "'; window.__pwned=49; '"],
  ['svg animate', '<svg><animate onbegin="window.__pwned=50" attributeName=x dur=1s /></svg>'],
  ['homoglyph tag', '<ѕcript>window.__pwned=51</ѕcript>'],
  ['byte-order mark', '\uFEFF=1+1'],
  ['data URL', 'data:text/html,<script>window.__pwned=53</script>'],
  ['XML declaration', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "http://127.0.0.1:9/">]>&e;'],
  ['markdown link', '[open](javascript:window.__pwned=55)'],
  ['very long', `<script>window.__pwned=56</script>${'A very long line of text. '.repeat(1000)}=1+1`],
];

export const PAYLOADS: Payload[] = raw.map(([name, text]) => ({ name, text }));

/** `text` cut to at most `max` UTF-16 units without splitting a character, as a field's limit requires. */
export function clip(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}
