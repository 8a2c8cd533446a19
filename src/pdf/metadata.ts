import type { jsPDF } from 'jspdf';

/**
 * Neutral PDF metadata (DOMAIN.md §6.3): a generic title, no author, creator, subject or keywords, a
 * creation date in UTC so the file does not carry the machine's time zone, a file id derived from the
 * content rather than random, and no "jsPDF" producer string.
 */
export function setNeutralMetadata(doc: jsPDF, title: string, createdAt: Date, fileId: string): void {
  doc.setProperties({ title, subject: '', author: '', keywords: '', creator: '' });
  // jsPDF writes a Date with the machine's UTC offset; a fixed string in UTC carries no time zone.
  doc.setCreationDate(pdfUtcDate(createdAt));
  doc.setFileId(fileId);
}

/** The finished document's bytes, with the producer made neutral. */
export function pdfBytes(doc: jsPDF): Uint8Array {
  return neutraliseProducer(new Uint8Array(doc.output('arraybuffer')));
}

/** A PDF date string in UTC: "D:20261124093000+00'00'". */
export function pdfUtcDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${date.getUTCFullYear()}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}+00'00'`;
}

/** A deterministic file identifier (32 hex digits) from some text, instead of a random one. */
export function fileIdOf(input: string): string {
  let out = '';
  // Four FNV-1a passes with different seeds give 128 bits; this is an identifier, not a security hash.
  for (let seed = 0; seed < 4; seed += 1) {
    let h = (0x811c9dc5 ^ (seed * 0x9e3779b9)) >>> 0;
    for (let i = 0; i < input.length; i += 1) {
      h ^= input.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}

const NEUTRAL_PRODUCER = 'PDF';

/**
 * jsPDF always writes "/Producer (jsPDF x.y.z)" in the (uncompressed) Info dictionary. Replace the value
 * in place with a neutral one padded with spaces after the closing parenthesis — same byte length, so the
 * cross-reference offsets stay valid.
 */
export function neutraliseProducer(bytes: Uint8Array): Uint8Array {
  const marker = ascii('/Producer (');
  const at = indexOf(bytes, marker);
  if (at === -1) return bytes;
  const valueStart = at + marker.length;
  const close = bytes.indexOf(0x29 /* ) */, valueStart);
  if (close === -1) return bytes;
  const original = bytes.subarray(valueStart, close + 1);
  const replacement = ascii(`${NEUTRAL_PRODUCER})`.padEnd(original.length, ' '));
  if (replacement.length !== original.length) return bytes;
  const out = new Uint8Array(bytes);
  out.set(replacement, valueStart);
  return out;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
