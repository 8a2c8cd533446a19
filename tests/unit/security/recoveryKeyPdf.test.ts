import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildRecoveryKeyPdf } from '../../../src/pdf/recoveryKeyPdf';
import { formatRecoveryKey, newRecoveryKey, normaliseRecoveryKey } from '../../../src/security/recoveryKey';
import security from '../../../src/i18n/it/security';

const fonts = {
  regular: readFileSync('resources/fonts/DejaVuSans.ttf').toString('base64'),
  bold: readFileSync('resources/fonts/DejaVuSans-Bold.ttf').toString('base64'),
};

describe('recovery key sheet', () => {
  it('is one page whose text gives back exactly the key', async () => {
    const { identity } = await newRecoveryKey();
    const bytes = buildRecoveryKeyPdf({
      formattedKey: formatRecoveryKey(identity),
      strings: { ...security.pdf, created: 'Creata il 4 dicembre 2026' },
      fonts,
      createdAt: new Date(Date.UTC(2026, 11, 4)),
    });
    const pdf = await getDocument({ data: bytes, standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/' }).promise;
    expect(pdf.numPages).toBe(1);
    const content = await (await pdf.getPage(1)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
    expect(text).toContain('Chiave di recupero di Grove');
    // The key as printed, up to the next sentence (which starts with a capital and a lower-case letter).
    const printed = /AGE-SECRET-KEY-1[\s0-9A-Z]+?(?=[A-Z][a-z])/.exec(text)?.[0] ?? '';
    expect(normaliseRecoveryKey(printed)).toBe(identity);
  });
});
