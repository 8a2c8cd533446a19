import { readFileSync } from 'node:fs';
import type { FontData } from '../../src/pdf/fonts';

/** DejaVu Sans read from resources/, for PDF tests in Node. */
export function readFonts(): FontData {
  return {
    regular: readFileSync('resources/fonts/DejaVuSans.ttf').toString('base64'),
    bold: readFileSync('resources/fonts/DejaVuSans-Bold.ttf').toString('base64'),
  };
}
