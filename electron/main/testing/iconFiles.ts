// Readers for the icon files the installers take, written from the formats' published layouts (PNG's IHDR chunk,
// ICO's directory, ICNS's element list) and kept apart from scripts/iconFormats.ts, which writes them: a mistake in
// the writer then shows up here instead of being read back the way it was made.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG, from its IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('ascii', 12, 16) !== 'IHDR')
    throw new Error('not a PNG file');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The images of a Windows .ico: the size its directory states and the PNG it points at. */
export function icoImages(ico: Buffer): Array<{ stated: number; png: Buffer }> {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + i * 16;
    const width = ico.readUInt8(at) || 256;
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    return { stated: width, png: ico.subarray(offset, offset + length) };
  });
}

/** The elements of a macOS .icns: four-letter type and data. Throws when a length does not add up. */
export function icnsElements(icns: Buffer): Array<{ type: string; data: Buffer }> {
  if (icns.toString('ascii', 0, 4) !== 'icns' || icns.readUInt32BE(4) !== icns.length)
    throw new Error('not an ICNS file (or its stated length is wrong)');
  const out: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < icns.length; ) {
    const length = icns.readUInt32BE(at + 4);
    if (length < 8 || at + length > icns.length) throw new Error(`ICNS element at ${at} runs past the file`);
    out.push({ type: icns.toString('ascii', at, at + 4), data: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return out;
}
