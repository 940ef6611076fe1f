/** The largest picture a persona may carry, in bytes (the map file stores it inline). */
export const MAX_PICTURE_BYTES = 1_500_000;
/** The schema's limit on the stored data URL. */
const MAX_DATA_URL = 2_000_000;
const TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Why this file cannot be a persona picture, or null when it can. Checked before the file is read. */
export function pictureProblem(file: { name: string; size: number; type: string }): string | null {
  if (!TYPES.has(file.type)) return `"${file.name}" is not a PNG, JPEG or WebP picture.`;
  if (file.size > MAX_PICTURE_BYTES) {
    return `"${file.name}" is ${megabytes(file.size)}; a persona picture must be at most 1.5 MB. Choose a smaller picture or shrink this one.`;
  }
  return null;
}

/** Reads a picture file as a data URL, or says in words why it cannot be used. */
export function readPicture(file: File): Promise<{ ok: true; dataUrl: string } | { ok: false; message: string }> {
  const problem = pictureProblem(file);
  if (problem) return Promise.resolve({ ok: false, message: problem });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = typeof reader.result === 'string' ? reader.result : '';
      if (!dataUrl.startsWith('data:image/'))
        resolve({ ok: false, message: `"${file.name}" could not be read as a picture.` });
      else if (dataUrl.length > MAX_DATA_URL)
        resolve({
          ok: false,
          message: `"${file.name}" is too large once stored; a persona picture must be at most 1.5 MB.`,
        });
      else resolve({ ok: true, dataUrl });
    };
    reader.onerror = () =>
      resolve({ ok: false, message: `"${file.name}" could not be read: ${reader.error?.message ?? 'unknown error'}.` });
    reader.readAsDataURL(file);
  });
}
