import type { ChromeReason } from "./reasons";

/**
 * Shared types of the vietnews pipeline. Every annotation is a half-open range of UTF-16
 * code units into one text, so `text.slice(span.start, span.end) === span.text` always holds.
 *
 * @example
 * ```ts
 * import type { Span } from "vietnews";
 * const text = "Bộ Chính trị họp.";
 * const span: Span = { start: 0, end: 12, text: "Bộ Chính trị" };
 * text.slice(span.start, span.end) === span.text;
 * //=> true
 * ```
 */
export interface Span {
  /** Offset of the first code unit. */
  start: number;
  /** Offset after the last code unit. */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
}

/** The tone-mark placements, in the order the documentation gives them. */
export const TONE_STYLES = ["preserve", "old", "new"] as const;

/** Tone-mark placement: keep as written, old style (hòa, thủy, Ủy) or new style (hoà, thuỷ, Uỷ). */
export type ToneStyle = (typeof TONE_STYLES)[number];

/** Which system a body or document belongs to. */
export type BodySystem = "party" | "state" | "front" | "other";

/** Administrative level of a body, where clear. */
export type BodyLevel = "central" | "province" | "district" | "commune";

/** A named person holding a Party or state office, with the title chain as written. */
export interface OfficialEntity extends Span {
  kind: "official";
  /** The name in normal capitalisation ("LÊ QUANG TÙNG" -> "Lê Quang Tùng"). */
  name: string;
  /** Each title in the chain, as written. */
  titles: string[];
}

/** A Party, state, Front or mass-organisation body. */
export interface BodyEntity extends Span {
  kind: "body";
  /** Abbreviations spelled out, old-style tone placement ("UBND tỉnh" -> "Ủy ban nhân dân tỉnh"). */
  canonical: string;
  system: BodySystem;
  level: BodyLevel | null;
}

/** A calendar reference resolved to an ISO 8601 value (day, month, year or `START/END` interval). */
export interface DateEntity extends Span {
  kind: "date";
  /** ISO value, or null where it cannot be resolved (a relative word without a dateline). */
  value: string | null;
}

/** A cited legal or Party document carrying a number. */
export interface DocumentEntity extends Span {
  kind: "document";
  /** The type as written ("Chỉ thị", "Nghị định"), or null. */
  docType: string | null;
  /** The number as written, leading zeros kept. */
  number: string | null;
  /** The formal code where written, verbatim ("35-CT/TW"); otherwise absent or null. */
  code?: string | null;
  /** The year where the code or text gives it. */
  year?: number | null;
  /** The issuer from the text or an unambiguous code; joint issuers as "A, B". */
  issuer: string | null;
  /** party (hyphen before the type) or state (slash before the type). */
  system: "party" | "state" | null;
}

/** A numbered meeting: a plenum, a congress or a session. */
export interface EventEntity extends Span {
  kind: "event";
  event: "plenum" | "congress" | "session";
  ordinal: number | null;
  term: number | null;
}

/** Any extracted entity. */
export type Entity = OfficialEntity | BodyEntity | DateEntity | DocumentEntity | EventEntity;

/** A distinct official of an article, merged across spellings. */
export interface Person {
  /** The name in normal capitalisation. */
  name: string;
  /** Every distinct title seen for this person, in order of first appearance. */
  titles: string[];
  /** Every mention (the official entity's span). */
  mentions: Span[];
}

/** What a token of `tokenize` is. */
export type TokenKind =
  | "syllable"
  | "number"
  | "punctuation"
  | "symbol"
  | "url"
  | "email"
  | "code"
  | "abbreviation"
  | "date"
  | "time"
  | "percent";

/**
 * What a word is: "word" for a lexical word of one or more syllables, else the kind of the one
 * token it is (as `tokenize` names it).
 */
export type WordKind = "word" | Exclude<TokenKind, "syllable">;

/** A word of `segmentWords` or `article.words`: a span with its kind. */
export interface Word extends Span {
  kind: WordKind;
}

/**
 * What a warning is about: input cut at `maxInputLength` ("truncated"), bytes that are not valid
 * UTF-8 ("invalid-utf8"), a charset the page declares that no decoder knows ("unknown-charset"), a
 * legacy decoding that failed ("decode-failed"), a stage that threw and left its layer empty
 * ("stage-failed").
 */
export type WarningCode = "truncated" | "invalid-utf8" | "unknown-charset" | "decode-failed" | "stage-failed";

/** A non-fatal problem: its code, a message for people, and the stage that met it. */
export interface Warning {
  code: WarningCode;
  message: string;
  /** "read" (input and bytes), "html", "normalize", or the stage that failed ("sentences", "entities", "people", "words"). */
  stage: string;
}

/**
 * Why a block left the text: a chrome family (see {@link CHROME_REASONS}), or one of the pipeline's
 * other removals: "blank" (a line of punctuation only), "markup" (Markdown syntax, link targets),
 * "title" and "byline" (moved to `title` and `authors`), "truncated" (past `maxInputLength`),
 * "html" (an element of an HTML page dropped before the text stages; `detail` says which).
 *
 * @example
 * ```ts
 * import type { RemovalReason } from "vietnews";
 * const why = (r: RemovalReason): string => (r === "html" ? "page furniture" : r);
 * why("title");
 * //=> "title"
 * ```
 */
export type RemovalReason = ChromeReason | "blank" | "markup" | "title" | "byline" | "truncated" | "html";

/** A block the library removed, with the reason. */
export interface RemovedBlock {
  text: string;
  reason: RemovalReason;
  /** For reason "html": what the page's element was ("navigation", 'class "menu"', "outside main content"). */
  detail?: string;
}

/**
 * The encoding an input was read in: "unicode" for a string already in Unicode, a byte encoding
 * ("utf-8", "utf-16le", "utf-16be", "windows-1252"), a legacy Vietnamese encoding decoded to
 * Unicode, or, for an HTML page, another WHATWG label the page declared ("shift_jis").
 */
export type InputEncoding =
  | "unicode"
  | "utf-8"
  | "utf-16le"
  | "utf-16be"
  | "windows-1252"
  | "tcvn3"
  | "vni"
  | "viqr"
  | "viscii"
  | "cp1258"
  | "mojibake"
  | (string & {});

/** A structured news article. Offsets are into `text`. */
/** A heading of the body: its level (1–6) and its span in `text`. */
export interface HeadingSpan extends Span {
  level: number;
}

/** A link whose anchor text stays in `text`: its span and its target. */
export interface LinkSpan extends Span {
  href: string;
}

/** A table of the body: its span in `text` (one paragraph a row, cells joined by a tab) and its cells. */
export interface TableSpan extends Span {
  rows: string[][];
}

/** A list of the body: its span in `text` (one paragraph an item) and its items. */
export interface ListSpan extends Span {
  /** True for a numbered list ("1.", "2."). */
  ordered: boolean;
  items: Span[];
}

/** How the input was read: its format and, when it was detected, how sure the detection was (0–1). */
export interface ArticleInputFormat {
  format: "text" | "markdown" | "html";
  /** 1 when the input said its format ({ html }, { markdown }, { text } or options.format). */
  confidence: number;
}

/** Counts of each kind of rewrite made by `normalizeWithReport`, and in `Article.normalization.report`. */
export interface NormalizeChanges {
  /** Combining marks composed into precomposed letters (NFD and CP1258-style input). */
  composed: number;
  /** Syllables whose marks were repaired (wrong order, doubled, misplaced tone marks). */
  repaired: number;
  /** Well-placed tone marks moved to follow `toneStyle`. */
  toneMoved: number;
  /** Characters mapped to their canonical form (U+0340/U+0341, "Ð"/"ð" in Vietnamese words). */
  mapped: number;
  /** Zero-width characters, soft hyphens and BOMs removed. */
  invisibleRemoved: number;
  /** Unicode spaces turned into plain spaces, plus spaces removed from runs. */
  spacesNormalized: number;
  /** HTML character references decoded. */
  entitiesDecoded: number;
  /** The sum of the counts above. */
  total: number;
}

export interface Article {
  title: string | null;
  source: { code?: string; name?: string; url?: string } | null;
  /**
   * The publication date and the words it was read from. `from` says where: "header" (a dateline
   * or a stamp line among the first lines), "meta" (the page's metadata, which wins when present) or
   * "lead" (the body's first sentence opens with a full date, "Sáng 1/7/2020, ...", when nothing
   * else gives one).
   */
  published: { date: string; text: string; from: "header" | "meta" | "lead" } | null;
  authors: string[];
  /** The clean body: paragraphs joined by "\n\n". */
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  /** The words of `text` (with `{ words: true }`), each with its kind. */
  words?: Word[];
  entities: Entity[];
  /**
   * The entities of the title, with offsets into `title` (the title is lifted out of `text`, so its
   * officials, bodies and dates would otherwise be lost). Empty when there is no title.
   */
  titleEntities: Entity[];
  people: Person[];
  removed: RemovedBlock[];
  /**
   * What normalisation did: the input's encoding, the tone style of the output, how many rewrites in
   * all (`changes`) and by kind (`report`, as {@link NormalizeChanges}).
   */
  normalization: { encoding: InputEncoding; toneStyle: ToneStyle; changes: number; report: NormalizeChanges };
  /** Non-fatal problems (input truncated, undecodable bytes, a stage that failed), with their codes. */
  warnings: Warning[];
  /** How the input was read. */
  input: ArticleInputFormat;
  /** The body's headings (the title is not among them), from Markdown or HTML. */
  headings: HeadingSpan[];
  /** Links whose anchor text stays in `text` (Markdown and HTML input). */
  links: LinkSpan[];
  /** Tables of the body (Markdown input, and an HTML page's data tables). */
  tables: TableSpan[];
  /** Lists of the body, from Markdown and HTML: runs of list items. */
  lists: ListSpan[];
  /**
   * Where `text` came from in the input (the string given, the text decoded from bytes, the
   * Markdown source, the HTML page), as flattened quadruples [textStart, textEnd, inputStart,
   * inputEnd]: stretches of the text, in order, and the stretch of the input each was read from.
   * Read it with `inputOffset` and `inputSpan`. Null for a legacy-encoded HTML page (its blocks
   * were decoded, so they are not its characters) and with the option `inputMap: false`.
   */
  inputMap: number[] | null;
}
