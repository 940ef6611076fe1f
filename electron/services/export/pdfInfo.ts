/**
 * Sets a PDF's document information (Title, Author, Creator…) by appending an incremental update: a new Info
 * object, a one-entry cross-reference section and a trailer pointing back to the previous one. The original
 * bytes are left untouched, which is how PDF editors amend files. Works for files with a classic `xref` table
 * (what Chromium's Skia writes); returns the input unchanged for anything else.
 */
export function setPdfInfo(pdf: Buffer, info: Record<string, string | Date>): Buffer {
  const tail = pdf.subarray(Math.max(0, pdf.length - 4096)).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailerAt = tail.lastIndexOf('trailer');
  if (!startxref || trailerAt < 0) return pdf;
  const trailer = tail.slice(trailerAt, startxref.index);
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!size || !root) return pdf;
  const oldInfo = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  const keep = oldInfo ? readDictionary(pdf, Number(oldInfo[1]), Number(oldInfo[2])) : '';

  const id = Number(size[1]);
  const entries = Object.entries(info)
    .map(([key, value]) => `/${key} ${value instanceof Date ? pdfString(pdfDate(value)) : pdfString(value)}`)
    .join('\n');
  const kept = keep
    .split(/\n(?=\/)/)
    .filter(
      (line) =>
        line.trim() !== '' && !Object.keys(info).some((k) => line.startsWith(`/${k} `) || line.startsWith(`/${k}(`)),
    )
    .join('\n');
  const body = `${id} 0 obj\n<<${kept ? `${kept}\n` : ''}${entries}>>\nendobj\n`;
  const prefix = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const objectAt = pdf.length + Buffer.byteLength(prefix, 'latin1');
  const xrefAt = objectAt + Buffer.byteLength(body, 'latin1');
  const xref = `xref\n${id} 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n<</Size ${id + 1}\n/Root ${root[1]}\n/Info ${id} 0 R\n/Prev ${startxref[1]}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(prefix + body + xref, 'latin1')]);
}

/** The inner text of `<< ... >>` of an uncompressed object, or '' when it cannot be found simply. */
function readDictionary(pdf: Buffer, num: number, gen: number): string {
  const text = pdf.toString('latin1');
  const at = text.lastIndexOf(`\n${num} ${gen} obj`);
  if (at < 0) return '';
  const open = text.indexOf('<<', at);
  const close = text.indexOf('>>\nendobj', open);
  if (open < 0 || close < 0 || close - open > 8192) return '';
  return text.slice(open + 2, close).trim();
}

/** A PDF text string: UTF-16BE with a byte-order mark, hex-encoded, so any script survives. */
export function pdfString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** A PDF date, D:YYYYMMDDHHmmSSZ (UTC). */
export function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}
