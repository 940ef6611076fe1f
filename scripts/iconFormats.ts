// The two icon containers the installers need, written from PNG images: Windows' .ico and macOS' .icns. Both
// formats hold PNG data as it is (ICO since Windows Vista, ICNS since Mac OS X 10.7), so no image library is needed
// to write them: each is a small table of sizes and offsets in front of the PNGs.

/** A rendered square PNG and its edge length in pixels. */
export interface SizedPng {
  size: number;
  png: Buffer;
}

/** The sizes Windows picks from in Explorer, the taskbar and the installer (256 is the largest ICO allows). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/**
 * The ICNS element types that carry PNG data, with the pixel size each holds. The `@2x` types (ic11–ic14, ic10)
 * are what a Retina display uses for the point size half as large.
 */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
] as const;

/** Every pixel size the ICO and ICNS files need, plus the Linux icon set's. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

function pngOf(images: readonly SizedPng[], size: number): Buffer {
  const found = images.find((i) => i.size === size);
  if (!found) throw new Error(`no ${size}×${size} image was rendered`);
  return found.png;
}

/** A Windows .ico holding one PNG for each of ICO_SIZES. */
export function encodeIco(images: readonly SizedPng[]): Buffer {
  const pngs = ICO_SIZES.map((size) => ({ size, png: pngOf(images, size) }));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon (2 would be a cursor)
  header.writeUInt16LE(pngs.length, 4);
  const entries = Buffer.alloc(16 * pngs.length);
  let offset = header.length + entries.length;
  pngs.forEach(({ size, png }, i) => {
    const at = i * 16;
    // Width and height are one byte each; 0 means 256.
    entries.writeUInt8(size >= 256 ? 0 : size, at);
    entries.writeUInt8(size >= 256 ? 0 : size, at + 1);
    entries.writeUInt8(0, at + 2); // no palette
    entries.writeUInt8(0, at + 3); // reserved
    entries.writeUInt16LE(1, at + 4); // colour planes
    entries.writeUInt16LE(32, at + 6); // bits per pixel
    entries.writeUInt32LE(png.length, at + 8);
    entries.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, entries, ...pngs.map((p) => p.png)]);
}

/** A macOS .icns holding one PNG element for each of ICNS_TYPES. */
export function encodeIcns(images: readonly SizedPng[]): Buffer {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = pngOf(images, size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4); // an element's length counts its own 8-byte header
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}
