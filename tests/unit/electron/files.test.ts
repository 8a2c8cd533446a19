import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SaveDialogOptions } from 'electron';
import {
  fileNameFor,
  MAX_FILE_NAME_BYTES,
  sanitiseFileName,
  saveDialogOptions,
  saveWithDialog,
  writeFileAtomically,
} from '../../../electron/main/files';

const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');

describe('sanitiseFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(sanitiseFileName('G-07 session 3 summary.pdf')).toBe('G-07 session 3 summary.pdf');
  });

  it('strips path separators and dot segments', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('etc_passwd');
    expect(sanitiseFileName('..\\..\\Windows\\System32\\cmd.exe')).toBe('Windows_System32_cmd.exe');
    expect(sanitiseFileName('/absolute/path/report.pdf')).toBe('absolute_path_report.pdf');
    expect(sanitiseFileName('..')).toBe('grove-export');
    expect(sanitiseFileName('.')).toBe('grove-export');
    expect(sanitiseFileName('/')).toBe('grove-export');
  });

  it('prefixes reserved Windows device names, with or without an extension', () => {
    expect(sanitiseFileName('CON.pdf')).toBe('_CON.pdf');
    expect(sanitiseFileName('con')).toBe('_con');
    expect(sanitiseFileName('Lpt1.zip')).toBe('_Lpt1.zip');
    expect(sanitiseFileName('nul.tar.gz')).toBe('_nul.tar.gz');
    expect(sanitiseFileName('COM¹.json')).toBe('_COM¹.json');
    expect(sanitiseFileName('CONSOLE.pdf')).toBe('CONSOLE.pdf');
    expect(sanitiseFileName('aux ')).toBe('_aux');
  });

  it('drops control, invisible and bidi characters and replaces characters Windows forbids', () => {
    expect(sanitiseFileName('a\u0000b\u0007c\u001f\u007f.pdf')).toBe('abc.pdf');
    expect(sanitiseFileName('line\nbreak\ttab.pdf')).toBe('linebreaktab.pdf');
    // U+202E would show "summary‮fdp.exe" as "summaryexe.pdf"
    expect(sanitiseFileName('summary\u202Efdp.exe')).toBe('summaryfdp.exe');
    expect(sanitiseFileName('zero\u200Bwidth\uFEFF.png')).toBe('zerowidth.png');
    expect(sanitiseFileName('a<b>c:d"e|f?g*h.json')).toBe('a_b_c_d_e_f_g_h.json');
  });

  it('removes trailing dots and spaces, and leading ones (no hidden files)', () => {
    expect(sanitiseFileName('report.pdf. . ')).toBe('report.pdf');
    expect(sanitiseFileName('  .hidden.pdf')).toBe('hidden.pdf');
    expect(sanitiseFileName('name   with    spaces .pdf')).toBe('name with spaces.pdf');
  });

  it('keeps unicode letters, normalised to NFC', () => {
    expect(sanitiseFileName('Sessione – àèìòù 木 🌳.pdf')).toBe('Sessione – àèìòù 木 🌳.pdf');
    expect(sanitiseFileName('cafe\u0301.pdf')).toBe('caf\u00e9.pdf');
    expect(sanitiseFileName('Ελληνικά Русский العربية.zip')).toBe('Ελληνικά Русский العربية.zip');
  });

  it('limits the length in bytes and keeps the extension', () => {
    const long = sanitiseFileName(`${'a'.repeat(300)}.pdf`);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(bytesOf(long)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(long.length).toBe(MAX_FILE_NAME_BYTES);

    const wide = sanitiseFileName(`${'木'.repeat(300)}.pdf`);
    expect(wide.endsWith('.pdf')).toBe(true);
    expect(bytesOf(wide)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(wide).not.toContain('\uFFFD');

    const emoji = sanitiseFileName(`${'👩‍👩‍👧'.repeat(100)}.png`);
    expect(bytesOf(emoji)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(emoji.endsWith('.png')).toBe(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(emoji)).toBe(false);
  });

  it('never returns an empty name', () => {
    for (const name of ['', '   ', '...', '\u0000\u0001', '/../', '.pdf', '\u202E']) {
      expect(sanitiseFileName(name).length).toBeGreaterThan(0);
      expect(sanitiseFileName(name)).not.toMatch(/^[.\s]|[.\s]$/);
    }
  });
});

describe('fileNameFor', () => {
  it('makes sure the name carries the type’s extension', () => {
    expect(fileNameFor('summary.pdf', 'application/pdf')).toBe('summary.pdf');
    expect(fileNameFor('summary.PDF', 'application/pdf')).toBe('summary.PDF');
    expect(fileNameFor('summary', 'application/pdf')).toBe('summary.pdf');
    expect(fileNameFor('summary.exe', 'application/pdf')).toBe('summary.exe.pdf');
    expect(fileNameFor('backup', 'application/zip')).toBe('backup.zip');
    expect(fileNameFor('forest', 'image/png')).toBe('forest.png');
    expect(fileNameFor('data.json', 'application/json')).toBe('data.json');
    expect(fileNameFor('', 'application/pdf')).toBe('grove-export.pdf');
    const long = fileNameFor('x'.repeat(400), 'application/pdf');
    expect(long.endsWith('.pdf')).toBe(true);
    expect(bytesOf(long)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  });
});

describe('saveWithDialog', () => {
  const request = { suggestedName: '../G-07 summary', mimeType: 'application/pdf' as const, bytes: new Uint8Array([37, 80, 68, 70]) };

  it('proposes a sanitised name in the default folder, filtered by type', () => {
    const options = saveDialogOptions(request, '/home/me/Documents');
    expect(options.defaultPath).toBe(join('/home/me/Documents', 'G-07 summary.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  });

  it('writes the bytes where the user chose, readable by the user only', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'grove-save-'));
    const target = join(directory, 'chosen.pdf');
    const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: false, filePath: target }));
    const result = await saveWithDialog(request, { showSaveDialog, defaultDirectory: directory });
    expect(result).toEqual({ ok: true, value: target });
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o077).toBe(0);
    expect(readdirSync(directory)).toEqual(['chosen.pdf']);
  });

  it('replaces an existing file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'grove-save-'));
    const target = join(directory, 'again.pdf');
    await writeFileAtomically(target, new Uint8Array([1, 2, 3]));
    await writeFileAtomically(target, new Uint8Array([4]));
    expect([...readFileSync(target)]).toEqual([4]);
  });

  it('reports a cancelled dialog', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true, filePath: '' }));
    expect(await saveWithDialog(request, { showSaveDialog, defaultDirectory: tmpdir() })).toEqual({ ok: false, error: 'cancelled' });
  });

  it('reports a failed write and leaves no temporary file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'grove-save-'));
    const target = join(directory, 'no-such-folder', 'x.pdf');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await saveWithDialog(request, {
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
      defaultDirectory: directory,
    });
    expect(result).toEqual({ ok: false, error: 'write-failed' });
    expect(readdirSync(directory)).toEqual([]);
    error.mockRestore();
  });
});
