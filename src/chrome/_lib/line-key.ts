// Matching keys of a line for the chrome phrase list. One pass over the line with a per-character
// table, so a key costs time linear in the line.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING = /\p{M}/u;
// Tone marks as combining characters: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng.
const TONE_DIGIT: Record<string, number> = {
  "\u0301": 1,
  "\u0341": 1,
  "\u0300": 2,
  "\u0340": 2,
  "\u0309": 3,
  "\u0303": 4,
  "\u0323": 5,
};

/** What one code unit contributes to a key. */
interface Unit {
  /** Lower-case letter without its tone mark (other marks kept), or a digit; "" for a bare mark. */
  base: string;
  /** The same, diacritics and "đ" folded to ASCII. */
  folded: string;
  /** Tone digit (1–5), or 0. */
  tone: number;
  /** True when the unit separates words (anything but letters, digits, marks, ":" and "©"). */
  sep: boolean;
  /** True for a letter with any diacritic (or "đ"): the line is written with diacritics. */
  marked: boolean;
}

const table = new Map<number, Unit>();
const SEP: Unit = { base: "", folded: "", tone: 0, sep: true, marked: false };

function unitOf(c: number): Unit {
  const known = table.get(c);
  if (known) return known;
  let u: Unit;
  const ch = String.fromCharCode(c);
  if (c === 58) u = { base: ":", folded: ":", tone: 0, sep: false, marked: false };
  else if (c === 0xa9) u = { base: "©", folded: "©", tone: 0, sep: false, marked: false };
  else if (c >= 0xd800 && c <= 0xdfff) u = SEP;
  else if (COMBINING.test(ch)) {
    const tone = TONE_DIGIT[ch] ?? 0;
    u = { base: "", folded: "", tone, sep: false, marked: true };
  } else if (LETTER_OR_DIGIT.test(ch)) {
    const lower = ch.toLowerCase();
    const nfd = lower.normalize("NFD");
    let tone = 0;
    let rest = "";
    for (const m of nfd) {
      const t = TONE_DIGIT[m];
      if (t) tone = t;
      else rest += m;
    }
    const base = rest.normalize("NFC");
    const folded = rest
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .normalize("NFC");
    u = { base, folded, tone, sep: false, marked: nfd.length > 1 || lower === "đ" };
  } else u = SEP;
  table.set(c, u);
  return u;
}

/** The two keys of a line. */
export interface LineKeys {
  /**
   * Lower case, the tone mark of each word moved to a digit after it (so old and new tone
   * placement give one key: "hòa" and "hoà" are both "hoa2"), other diacritics kept, every run of
   * other characters but ":" and "©" one space, no space before ":".
   */
  key: string;
  /** The same with every diacritic folded and no tone digits ("hoa"). */
  folded: string;
  /** True when the line has a letter with a diacritic: match it on `key`, else on `folded`. */
  marked: boolean;
}

/**
 * The matching keys of a line. Phrases in `data/chrome/phrases.tsv` are compiled the same way.
 * A line written with diacritics is matched with them ("thể:" is not "thẻ:", "tổng đại" is not
 * "tổng đài"); a line without any (unaccented text, English) is matched on the folded key.
 *
 * @param line - one line of text
 * @returns its keys
 */
export function lineKeys(line: string): LineKeys {
  let key = "";
  let folded = "";
  let tone = 0;
  let marked = false;
  let pendingSpace = false;
  let inWord = false;
  const endWord = () => {
    if (inWord && tone) key += tone;
    tone = 0;
    inWord = false;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    let u: Unit;
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        const ch = String.fromCharCode(c + 32);
        u = { base: ch, folded: ch, tone: 0, sep: false, marked: false };
      } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        const ch = String.fromCharCode(c);
        u = { base: ch, folded: ch, tone: 0, sep: false, marked: false };
      } else if (c === 58) u = unitOf(c);
      else u = SEP;
    } else u = unitOf(c);
    if (u.sep) {
      endWord();
      pendingSpace = key.length > 0;
      continue;
    }
    if (u.marked) marked = true;
    if (u.base === ":" || u.base === "©") {
      endWord();
      if (u.base === "©" && key.length > 0) {
        key += " ";
        folded += " ";
      }
      key += u.base;
      folded += u.base;
      // "©" is a word of its own ("©2024" -> "© 2024"); after ":" a word starts afresh
      pendingSpace = u.base === "©";
      continue;
    }
    if (u.tone) tone = u.tone;
    if (!u.base) continue;
    if (pendingSpace) {
      key += " ";
      folded += " ";
      pendingSpace = false;
    }
    key += u.base;
    folded += u.folded;
    inWord = true;
  }
  endWord();
  return { key, folded, marked };
}
