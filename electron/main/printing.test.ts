import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createPdfPrinter, PRINT_PARTITION, printToPdfOptions, printWindowOptions } from './printing';

type RequestFilter = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

/** A stand-in BrowserWindow: records what the printer does to it and prints a fixed buffer (or fails). */
class FakePrintWindow {
  static made: FakePrintWindow[] = [];
  static failPrint: Error | null = null;
  static failLoad: Error | null = null;
  loaded: string | null = null;
  htmlAtLoad: string | null = null;
  printedWith: PrintToPDFOptions | null = null;
  destroyed = false;
  filter: RequestFilter | null = null;
  webContents = {
    session: { webRequest: { onBeforeRequest: (f: RequestFilter) => (this.filter = f) } },
    printToPDF: (options: PrintToPDFOptions): Promise<Buffer> => {
      this.printedWith = options;
      return FakePrintWindow.failPrint
        ? Promise.reject(FakePrintWindow.failPrint)
        : Promise.resolve(Buffer.from('%PDF-1.7 fake'));
    },
  };
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakePrintWindow.made.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    this.htmlAtLoad = readFileSync(fileURLToPath(url), 'utf8');
    return FakePrintWindow.failLoad ? Promise.reject(FakePrintWindow.failLoad) : Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}
const WindowClass = FakePrintWindow as unknown as new (options: BrowserWindowConstructorOptions) => BrowserWindow;
const A3 = { paper: 'A3', orientation: 'landscape', marginMm: 12.7 } as const;

function lastWindow(): FakePrintWindow {
  const win = FakePrintWindow.made.at(-1);
  if (!win) throw new Error('no print window was made');
  return win;
}

describe('printing to PDF with Electron', () => {
  it('uses a hidden window with no preload, no Node, no JavaScript, sandboxed and isolated in its own session', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      partition: PRINT_PARTITION,
    });
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('asks printToPDF for the paper, orientation and margins of the request, with backgrounds and bookmarks', () => {
    expect(printToPdfOptions(A3)).toEqual({
      pageSize: 'A3',
      landscape: true,
      margins: { top: 0.5, bottom: 0.5, left: 0.5, right: 0.5 },
      preferCSSPageSize: true,
      printBackground: true,
      generateDocumentOutline: true,
      displayHeaderFooter: false,
    });
    expect(printToPdfOptions({ paper: 'Letter', orientation: 'portrait', marginMm: 0 })).toMatchObject({
      pageSize: 'Letter',
      landscape: false,
      margins: { top: 0 },
    });
  });

  it('loads the HTML from a private temp file, prints it, then closes the window and deletes the file', async () => {
    const print = createPdfPrinter(WindowClass);
    const pdf = await print('<p>Checkout &amp; pay</p>', A3);
    const win = lastWindow();
    expect(pdf.toString()).toBe('%PDF-1.7 fake');
    expect(win.options.show).toBe(false);
    expect(win.loaded).toMatch(/^file:\/\//);
    expect(win.htmlAtLoad).toBe('<p>Checkout &amp; pay</p>');
    expect(win.printedWith).toMatchObject({ pageSize: 'A3', landscape: true });
    expect(win.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(win.loaded ?? ''))).toBe(false);
  });

  it('refuses every request but the print page itself', async () => {
    await createPdfPrinter(WindowClass)('<p>x</p>', A3);
    const win = lastWindow();
    const answers: boolean[] = [];
    win.filter?.({ url: win.loaded ?? '' }, (r) => answers.push(r.cancel));
    win.filter?.({ url: 'https://example.com/track.png' }, (r) => answers.push(r.cancel));
    win.filter?.({ url: 'file:///etc/passwd' }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([false, true, true]);
  });

  it('closes the window and deletes the file when printing fails, and says why readably', async () => {
    FakePrintWindow.failPrint = new Error('Printing failed');
    try {
      await expect(createPdfPrinter(WindowClass)('<p>x</p>', A3)).rejects.toThrow(
        'The PDF could not be printed: Printing failed',
      );
    } finally {
      FakePrintWindow.failPrint = null;
    }
    const win = lastWindow();
    expect(win.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(win.loaded ?? ''))).toBe(false);
  });

  it('closes the window when the page does not load', async () => {
    FakePrintWindow.failLoad = new Error('ERR_FILE_NOT_FOUND');
    try {
      await expect(createPdfPrinter(WindowClass)('<p>x</p>', A3)).rejects.toThrow('ERR_FILE_NOT_FOUND');
    } finally {
      FakePrintWindow.failLoad = null;
    }
    expect(lastWindow().destroyed).toBe(true);
    expect(lastWindow().printedWith).toBeNull();
  });

  it('gives up on a print that hangs, and still closes the window', async () => {
    class HangingWindow extends FakePrintWindow {
      override loadURL(): Promise<void> {
        return new Promise(() => undefined);
      }
    }
    const print = createPdfPrinter(
      HangingWindow as unknown as new (
        options: BrowserWindowConstructorOptions,
      ) => BrowserWindow,
      50,
    );
    await expect(print('<p>x</p>', A3)).rejects.toThrow('did not finish within');
    expect(lastWindow().destroyed).toBe(true);
  });
});
