// Input generators for the reliability properties: hostile characters, generated Vietnamese text
// (syllables with every tone mark, in NFC, NFD and CP1258-style forms, with "Ð"), HTML where text was
// expected, and binary bytes read as Latin-1. Every generated value is a plain string, so a failing
// input can be saved as JSON and replayed.
import fc from "fast-check";

const char = (cp: number): string => String.fromCodePoint(cp);

/** One unpaired UTF-16 surrogate (high or low). */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** C0 and C1 control characters, DEL included. */
export const controlChar = fc
  .oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
  .map((c) => String.fromCharCode(c));

/** Bidirectional marks, embeddings, overrides and isolates. */
export const rtlMark = fc.constantFrom(
  "\u200e",
  "\u200f",
  "\u061c",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
);

/** Zero-width characters, soft hyphen, BOM and the Unicode spaces a scraper brings along. */
export const invisibleChar = fc.constantFrom(
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u00ad",
  "\u00a0",
  "\u2002",
  "\u2003",
  "\u2009",
  "\u200a",
  "\u202f",
  "\u3000",
  "\u2028",
  "\u2029",
  "\u0085",
  "\r",
  "\r\n",
  "\t",
  "\v",
  "\f",
);

/** Emoji, including ZWJ sequences, skin tones, flags and keycaps. */
export const emoji = fc.constantFrom(
  "😀",
  "👍🏽",
  "👨‍👩‍👧‍👦",
  "🇻🇳",
  "1️⃣",
  "❤️",
  "🏳️‍🌈",
  "🤷‍♀️",
  "\u{1f600}\u0301",
  "🀄",
);

/** Combining marks alone (Vietnamese tones, the U+0340/U+0341 variants, and others). */
export const combiningMark = fc.constantFrom(
  "\u0300",
  "\u0301",
  "\u0303",
  "\u0309",
  "\u0323",
  "\u0340",
  "\u0341",
  "\u0302",
  "\u0306",
  "\u031b",
  "\u0308",
  "\u20dd",
  "\u0653",
);

/** Any single code unit of the BMP (lone surrogates included) or any code point. */
export const anyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x10ffff }).map(char),
);

/** One hostile character of any family above, or a plain ASCII one. */
export const hostileChar = fc.oneof(
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: controlChar },
  { weight: 1, arbitrary: rtlMark },
  { weight: 2, arbitrary: invisibleChar },
  { weight: 1, arbitrary: emoji },
  { weight: 2, arbitrary: combiningMark },
  { weight: 3, arbitrary: anyUnit },
  {
    weight: 3,
    arbitrary: fc.constantFrom(".", ",", "/", "-", "(", ")", "[", "]", '"', "“", "<", ">", "&", ";"),
  },
  { weight: 4, arbitrary: fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }) },
);

/** A string of hostile characters. */
export const hostileString = fc.string({ unit: hostileChar, maxLength: 80 });

// --- Vietnamese syllables -------------------------------------------------------------------------

/** Vietnamese onsets (initial consonants), "" for none. */
export const ONSETS = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "gi",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "p",
  "ph",
  "qu",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
];
const RHYMES = (
  "a ai ao au ay an ang anh am ap at ac ach ăn ăng ăm ăp ăt ăc âu ây ân âng âm âp ât âc " +
  "e eo en eng em ep et ec ê êu ên ênh êm êp êt êch i ia iu in inh im ip it ich iêu iên iêng iêm iêp iêt iêc " +
  "o oa oai oay oan oang oanh oăn oăng oăt oac oach oe oen oet oi on ong om op ot oc " +
  "ô ôi ôn ông ôm ôp ôt ôc ơ ơi ơn ơm ơp ơt u ua ui un ung um up ut uc uân uât uê uênh " +
  "uy uya uyên uyêt uynh uych uôi uôn uông uôm uôt uôc ư ưa ưi ưu ưn ưng ưc " +
  "ươi ươu ươn ương ươm ươp ươt ươc y yêu yên"
).split(" ");
/** The five tone marks as combining characters, and none (thanh ngang). */
const TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const VOWEL = /[aăâeêioôơuưy]/i;

/** How a syllable is written: composed, decomposed, or precomposed base letters plus a combining tone. */
export type SyllableForm = "nfc" | "nfd" | "cp1258";

export interface SyllableOptions {
  forms?: SyllableForm[];
  /** Allow "Ð"/"ð" (U+00D0/U+00F0) for "Đ"/"đ". */
  eth?: boolean;
  /** Allow a tone mark on any vowel and doubled tone marks ("gíá"). */
  misplaced?: boolean;
}

/** The onset as spelt before this rhyme: c/k, g/gh, ng/ngh by the vowel; no "gi" + "i", no "qu" + o/u. */
function spellOnset(onset: string, rhyme: string): string {
  const front = /^[eêiy]/.test(rhyme);
  if (onset === "c" || onset === "k") return front ? "k" : "c";
  if (onset === "g" || onset === "gh") return front ? "gh" : "g";
  if (onset === "ng" || onset === "ngh") return front ? "ngh" : "ng";
  if (onset === "gi" && rhyme[0] === "i") return "g";
  if (onset === "qu" && /^[oôơuư]/.test(rhyme)) return "";
  return onset;
}

/** Where a spelling puts the tone mark (new style: hoà, thuỷ), as an index into `letters`. */
function tonePosition(rhyme: string, letters: string[], vowels: number[]): number {
  const hatted = vowels.filter((i) => /[êơâăôư]/.test(letters[i]));
  if (hatted.length) return hatted[hatted.length - 1];
  const closed = !VOWEL.test(letters[letters.length - 1]);
  if (closed || vowels.length === 1) return vowels[vowels.length - 1];
  if (vowels.length === 3) return vowels[1];
  return ["oa", "oe", "uy"].includes(rhyme) ? vowels[1] : vowels[0];
}

/** One Vietnamese syllable with any tone, in lower, Capitalised or UPPER case. */
export function syllable(opts: SyllableOptions = {}): fc.Arbitrary<string> {
  const forms = opts.forms ?? ["nfc", "nfd", "cp1258"];
  return fc
    .record({
      onset: fc.constantFrom(...ONSETS),
      rhyme: fc.constantFrom(...RHYMES),
      tone: fc.constantFrom(...TONES),
      at: fc.nat(),
      extra: opts.misplaced === false ? fc.constant("") : fc.constantFrom("", "", "", "", "\u0301", "\u0323"),
      form: fc.constantFrom(...forms),
      caseStyle: fc.constantFrom("lower", "lower", "lower", "cap", "upper"),
      eth: opts.eth === false ? fc.constant(false) : fc.boolean(),
    })
    .map(({ onset, rhyme, tone, at, extra, form, caseStyle, eth }) => {
      // A well-formed syllable ending in p, t, c or ch takes only the sắc or nặng tone.
      if (opts.misplaced === false && /(p|t|c|ch)$/.test(rhyme) && !["\u0301", "\u0323"].includes(tone)) {
        tone = at % 2 ? "\u0301" : "\u0323";
      }
      // "gi" + "i..." is spelt "gi..." and "qu" + "u..." is not a spelling: keep the clean generator well-formed.
      if (opts.misplaced === false) onset = spellOnset(onset, rhyme);
      const letters = [...rhyme];
      const vowels = letters.map((l, i) => (VOWEL.test(l) ? i : -1)).filter((i) => i >= 0);
      // Correct placement is one of the vowels; with `misplaced` any vowel may carry it.
      const pick =
        opts.misplaced === false ? tonePosition(rhyme, letters, vowels) : vowels[at % vowels.length];
      letters[pick] = letters[pick] + tone;
      if (extra && vowels.length > 1) {
        const other = vowels[(at + 1) % vowels.length];
        letters[other] = letters[other] + extra;
      }
      let s = onset + letters.join("");
      if (caseStyle === "cap") s = s.charAt(0).toUpperCase() + s.slice(1);
      else if (caseStyle === "upper") s = s.toUpperCase();
      if (form === "nfc") s = s.normalize("NFC");
      else if (form === "nfd") s = s.normalize("NFD");
      if (eth) s = s.replace(/Đ/g, "Ð").replace(/đ/g, "ð");
      return s;
    });
}

const NEWS_PHRASES = [
  "Bộ Chính trị",
  "Ban Tổ chức Trung ương",
  "Tỉnh ủy",
  "Tỉnh uỷ",
  "UBND tỉnh Quảng Trị",
  "HĐND",
  "Ủy viên Bộ Chính trị",
  "Uỷ viên Trung ương Đảng",
  "Phó Bí thư Thường trực Tỉnh ủy",
  "Bí thư",
  "Trưởng Ban",
  "đồng chí",
  "Nguyễn Đăng Quang",
  "PHẠM MINH CHÍNH",
  "Phan Văn Phụng",
  "Hội nghị Trung ương 4, 6, 7, 8 khóa XII",
  "kỳ họp thứ 9, Quốc hội khóa XIV",
  "Đại hội XIII của Đảng",
  "Chỉ thị 35",
  "Chỉ thị 35 và 45 của Bộ Chính trị",
  "35-CT/TW",
  "138/2020/NĐ-CP",
  "1234/QĐ-TTg",
  "367 - QĐ/TW",
  "số31-QĐ/TW",
  "1/7/2020",
  "01-7-2020",
  "1.7.2020",
  "sáng 1/7",
  "6 tháng đầu năm 2020",
  "quý II/2020",
  "nhiệm kỳ 2020-2025",
  "14h30",
  "15g00",
  "29.621.682",
  "3,5%",
  "TP.HCM",
  "TP. Hà Nội",
  "PGS.TS.",
  "ThS.",
  "v.v.",
  "(QTO) –",
  "(Chinhphu.vn) -",
  "Hôm nay",
  "Go top",
  "Thống kê truy cập",
  "• Khách Khách 748",
  "Tổng lượt truy cập:",
  "Hiện tại không có bình chọn nào đang hoạt động.",
  "Tin liên quan",
  "Xem thêm:",
  "Từ khóa:",
  "{title}",
  "Download on the",
  "App Store",
  "http://baoquangtri.vn/a-b.htm",
  "toasoan@baoquangtri.vn",
  "COVID-19",
  "iPhone",
  "café",
  "…",
  "...",
];
const PUNCT = [".", ",", ";", ":", "?", "!", "…", "...", "–", "-", "(", ")", '"', "“", "”", "'", "/", "%"];
const SEPARATORS = [" ", " ", " ", " ", " ", " ", "", "\n", "\n\n", "  ", "\t", "\u00a0", " \n "];

/** A token of generated news text: a syllable, a phrase, punctuation or a number. */
export function newsToken(opts: SyllableOptions = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 10, arbitrary: syllable(opts) },
    { weight: 3, arbitrary: fc.constantFrom(...NEWS_PHRASES) },
    { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
    { weight: 1, arbitrary: fc.nat({ max: 100000 }).map(String) },
  );
}

/** Vietnamese news-like text: tokens joined by spaces, line breaks and blank lines. */
export function vietnameseText(opts: SyllableOptions = {}, maxTokens = 60): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(newsToken(opts), fc.constantFrom(...SEPARATORS)), { maxLength: maxTokens })
    .map((parts) => parts.map(([t, s]) => t + s).join(""));
}

/**
 * Clean Vietnamese: sentences of 4 to 15 well-formed NFC syllables (tone marks where a spelling puts
 * them, no "Ð"), with a comma now and then and a full stop at the end, as running text has them.
 */
export const cleanVietnamese = fc
  .array(
    fc.tuple(
      fc.array(
        fc.tuple(
          syllable({ forms: ["nfc"], eth: false, misplaced: false }),
          fc.constantFrom(" ", " ", " ", " ", " ", ", "),
        ),
        { minLength: 4, maxLength: 15 },
      ),
      fc.constantFrom(" ", " ", "\n"),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((sentences) =>
    sentences
      .map(
        ([words, after]) =>
          `${words
            .map(([w, sep]) => w + sep)
            .join("")
            .replace(/[ ,]+$/, "")}.${after}`,
      )
      .join(""),
  );

/** Vietnamese text with hostile characters mixed in. */
export const mixedText = fc
  .array(fc.oneof({ weight: 3, arbitrary: newsToken() }, { weight: 2, arbitrary: hostileChar }), {
    maxLength: 80,
  })
  .map((parts) => parts.join(" "));

/** Binary bytes read as Latin-1 (every char U+0000..U+00FF). */
export const latin1Binary = fc
  .array(fc.integer({ min: 0, max: 255 }), { maxLength: 200 })
  .map((bytes) => String.fromCharCode(...bytes));

const TAGS = ["p", "div", "span", "a", "h1", "li", "td", "script", "style", "nav", "footer", "article", "br"];

/** HTML fragments (well-formed or not): tags, attributes, comments, character references. */
export const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom(...TAGS).map((t) => `<${t} class="x" href='y`),
      fc.constantFrom(
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<?xml",
        "<!DOCTYPE html>",
        '<meta charset="windows-1252">',
        '<meta property="og:title" content="',
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":',
        "&nbsp;",
        "&amp;",
        "&ecirc;",
        "&#7843;",
        "&#x1EA3;",
        "&#xD800;",
        "&#0;",
        "&#99999999;",
        "&#",
        "&",
        "<",
        ">",
      ),
      newsToken(),
    ),
    { maxLength: 50 },
  )
  .map((parts) => parts.join(""));

/** Anything a crawler might hand over as text. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 4, arbitrary: vietnameseText() },
  { weight: 3, arbitrary: mixedText },
  { weight: 1, arbitrary: latin1Binary },
  { weight: 2, arbitrary: htmlish },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
);

/**
 * Big fixed inputs: `size` code units (default 1 MB) of one character (a letter, "Đ", a combining
 * acute, a lone surrogate, a line break), and 10,000 lines of news text. `kind` names the family.
 */
export function bigInputs(size = 1 << 20): { kind: string; name: string; text: string }[] {
  const label = size >= 1 << 20 ? `${size / (1 << 20)} MB` : `${size >> 10} kB`;
  const line = "Ngày 1/7/2020, Bộ Chính trị họp tại TP.HCM; đồng chí Nguyễn Văn A phát biểu.";
  const one = (kind: string, what: string, c: string) => ({
    kind,
    name: `${label} of ${what}`,
    text: c.repeat(size),
  });
  return [
    one("letter", "'a'", "a"),
    one("eth", "'Đ'", "Đ"),
    one("combining", "a combining acute", "\u0301"),
    one("surrogate", "a lone surrogate", "\ud800"),
    one("breaks", "line breaks", "\n"),
    {
      kind: "lines",
      name: "10,000 lines",
      text: Array.from({ length: 10_000 }, (_, i) => `${i}. ${line}`).join("\n"),
    },
  ];
}
