// A line's fingerprint: a 32-bit hash of its letters and digits only, lower case, diacritics
// folded, so Markdown or HTML markup, spacing, NFC/NFD and old/new tone placement do not change
// it. One pass over the line with a per-code-unit table.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Folded lower-case code unit of each code unit (0: not a letter or digit, skipped). */
const FOLD = new Uint16Array(65536);
const KNOWN = new Uint8Array(65536);

function foldUnit(c: number): number {
  if (KNOWN[c]) return FOLD[c];
  let out = 0;
  if (c >= 0xd800 && c <= 0xdfff) out = c;
  else {
    const ch = String.fromCharCode(c);
    if (LETTER_OR_DIGIT.test(ch)) {
      const base = ch
        .toLowerCase()
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[đð]/g, "d");
      out = base.length === 1 ? base.charCodeAt(0) : ch.toLowerCase().charCodeAt(0);
    }
  }
  FOLD[c] = out;
  KNOWN[c] = 1;
  return out;
}

for (let c = 0; c < 128; c++) {
  KNOWN[c] = 1;
  if (c >= 48 && c <= 57) FOLD[c] = c;
  else if (c >= 97 && c <= 122) FOLD[c] = c;
  else if (c >= 65 && c <= 90) FOLD[c] = c + 32;
}

/**
 * The fingerprint of a line: FNV-1a over its folded letters and digits; 0 when it has none.
 *
 * @param line - a line of text
 * @param from - offset to start at (default 0)
 * @param to - offset to stop before (default the end)
 * @returns an unsigned 32-bit hash, or 0
 */
export function fingerprint(line: string, from = 0, to = line.length): number {
  let h = 0x811c9dc5;
  let any = false;
  for (let i = from; i < to; i++) {
    const f = foldUnit(line.charCodeAt(i));
    if (f === 0) continue;
    any = true;
    h ^= f & 0xff;
    h = Math.imul(h, 0x01000193);
    h ^= f >>> 8;
    h = Math.imul(h, 0x01000193);
  }
  return any ? h >>> 0 || 1 : 0;
}
