/**
 * A small, strict XML 1.0 well-formedness check for tests (happy-dom's DOMParser repairs bad markup instead of
 * failing). It checks what a hand-built SVG can get wrong: one root, balanced and properly nested tags, quoted and
 * unique attributes, no raw `<` or stray `&`, only the five predefined or numeric entities, no control characters.
 * Returns the problems found; an empty list means well-formed.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const name = /^[A-Za-z_:][\w:.-]*/;
  const checkText = (text: string, where: number) => {
    if (text.includes('<')) problems.push(`raw "<" at ${where}`);
    for (const m of text.matchAll(/&([^;\s]*);?/g)) {
      const ent = m[0];
      if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(ent))
        problems.push(`bad entity "${ent.slice(0, 12)}" at ${where + (m.index ?? 0)}`);
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the checker looks for the control characters XML 1.0 forbids, on purpose
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) problems.push(`control character at ${where}`);
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length && problems.length < 20) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    checkText(text, i);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root at ${i}`);
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end === -1) return [...problems, 'unclosed comment'];
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) return [...problems, `unclosed tag at ${lt}`];
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const closing = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== closing) problems.push(`</${closing}> closes <${open ?? 'nothing'}> at ${lt}`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const tagName = name.exec(body)?.[0];
      if (!tagName) {
        problems.push(`bad tag name at ${lt}`);
      } else {
        const rest = body.slice(tagName.length);
        const seen = new Set<string>();
        const attr = /\s+([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;
        let pos = 0;
        while (pos < rest.length) {
          if (/^\s*$/.test(rest.slice(pos))) break;
          attr.lastIndex = pos;
          const m = attr.exec(rest);
          if (!m) {
            problems.push(`malformed attribute in <${tagName}> at ${lt}: ${rest.slice(pos, pos + 30)}`);
            break;
          }
          if (seen.has(m[1] ?? '')) problems.push(`duplicate attribute ${m[1]} in <${tagName}>`);
          seen.add(m[1] ?? '');
          checkText(m[3] ?? m[4] ?? '', lt);
          pos = attr.lastIndex;
        }
        if (stack.length === 0) roots++;
        if (!selfClosing) stack.push(tagName);
      }
    }
    i = gt + 1;
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return problems;
}
