/** The folder part of a path, with its trailing separator ('' for a bare file name). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? '' : path.slice(0, cut + 1);
}

/** A file name from a map title: characters no file system accepts become dashes. */
export function fileNameFor(title: string): string {
  const name = title
    .trim()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: file names must not carry C0 control characters (U+0000–U+001F), so they are replaced on purpose
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/^\.+/, '')
    .slice(0, 120);
  return `${name || 'Untitled map'}.tandem`;
}
