import { constants, deflateSync, inflateSync } from "node:zlib";
import { fingerprint } from "./_lib/fingerprint";

const FORMAT = "vietnews-boilerplate";
const VERSION = 1;
const DEPTH = 4;
const DEFAULT_WIDTH_BITS = 18;
const MAX_COUNT = 0xffff;
/** Row hash multipliers (odd constants) and seeds. */
const MULT = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f];
const SEED = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344];

/**
 * The JSON form of a {@link BoilerplateProfile}: what `JSON.stringify(profile)` writes and
 * {@link BoilerplateProfile.fromJSON} reads.
 *
 * @example
 * ```ts
 * import { learnBoilerplate } from "vietnews";
 * const json = learnBoilerplate(["Trang chủ\nBài một.", "Trang chủ\nBài hai."]).toJSON();
 * [json.format, json.version, json.documents];
 * //=> ["vietnews-boilerplate", 1, 2]
 * ```
 */
export interface BoilerplateProfileJSON {
  format: "vietnews-boilerplate";
  version: number;
  /** Documents the profile was learned from. */
  documents: number;
  /** Lines with a letter or digit seen, counted once per document. */
  lines: number;
  /** log2 of the sketch's width. */
  widthBits: number;
  depth: number;
  /** The counters as two byte planes (every low byte, then every high byte), deflated, base64. */
  counts: string;
}

/**
 * A corpus-level boilerplate profile: in how many documents of a crawl each line occurs, kept as
 * a count-min sketch (conservative update) of line fingerprints taken on letters and digits only,
 * so markup, spacing and tone placement do not change them. Its size is fixed by `widthBits`
 * (2^18 counters a row, four rows: 2 MB), whatever the size of the corpus. It holds counts of
 * hashes, no text. Counts can only be over-estimated, by collisions, never under-estimated.
 *
 * Learn one with {@link learnBoilerplate} or {@link BoilerplateLearner}; pass it to `parseArticle`
 * or `stripChrome` as `{ boilerplate }`, where the line classifier uses it as one more feature.
 * `JSON.stringify(profile)` serialises it; {@link BoilerplateProfile.fromJSON} reads it back.
 *
 * @example
 * ```ts
 * import { BoilerplateProfile, learnBoilerplate } from "vietnews";
 * const profile = learnBoilerplate(["Trang chủ\nBài một.", "**Trang chủ**\nBài hai."]);
 * profile.frequency("TRANG CHỦ");
 * //=> 2
 * BoilerplateProfile.fromJSON(JSON.parse(JSON.stringify(profile))).frequency("Bài hai.");
 * //=> 1
 * ```
 */
export class BoilerplateProfile {
  /** Documents learned from. */
  readonly documents: number;
  /** Lines with a letter or digit seen, counted once per document. */
  readonly lines: number;
  readonly widthBits: number;
  /** @internal the sketch: `depth` rows of 2^widthBits counters. */
  readonly counts: Uint16Array;

  /** @internal use {@link learnBoilerplate}, {@link BoilerplateLearner} or {@link BoilerplateProfile.fromJSON}. */
  constructor(documents: number, lines: number, widthBits: number, counts: Uint16Array) {
    this.documents = documents;
    this.lines = lines;
    this.widthBits = widthBits;
    this.counts = counts;
  }

  /**
   * In how many documents the line occurs (an estimate that can only be too high); 0 for a line
   * without letters or digits.
   *
   * @param line - a line of text (markup, case and diacritics do not matter)
   * @returns the document count
   */
  frequency(line: string): number {
    if (typeof line !== "string") {
      throw new TypeError(
        `vietnews.BoilerplateProfile.frequency: expected line to be a string, got ${typeof line}`,
      );
    }
    return this.frequencyOf(fingerprint(line));
  }

  /** @internal the document count of a fingerprint. */
  frequencyOf(fp: number): number {
    if (fp === 0) return 0;
    let min = MAX_COUNT;
    const shift = 32 - this.widthBits;
    const width = 1 << this.widthBits;
    for (let r = 0; r < DEPTH; r++) {
      const c = this.counts[r * width + (Math.imul(fp ^ SEED[r], MULT[r]) >>> shift)];
      if (c < min) min = c;
    }
    return min;
  }

  /** The JSON form (see {@link BoilerplateProfileJSON}). */
  toJSON(): BoilerplateProfileJSON {
    // byte planes compress well with run-length deflate: most counters are 0 or small
    const n = this.counts.length;
    const bytes = new Uint8Array(n * 2);
    for (let i = 0; i < n; i++) {
      bytes[i] = this.counts[i] & 0xff;
      bytes[n + i] = this.counts[i] >>> 8;
    }
    return {
      format: FORMAT,
      version: VERSION,
      documents: this.documents,
      lines: this.lines,
      widthBits: this.widthBits,
      depth: DEPTH,
      counts: Buffer.from(deflateSync(bytes, { level: 6, strategy: constants.Z_RLE })).toString("base64"),
    };
  }

  /**
   * Reads a profile back from its JSON form.
   *
   * @param json - what `JSON.parse` gave for a serialised profile
   * @returns the profile
   * @throws TypeError when `json` is not a profile's JSON form
   * @throws RangeError when its format version is not one this library reads
   */
  static fromJSON(json: unknown): BoilerplateProfile {
    if (json instanceof BoilerplateProfile) return json;
    const o = json as Partial<BoilerplateProfileJSON> | null;
    if (!o || typeof o !== "object" || o.format !== FORMAT) {
      throw new TypeError(
        `vietnews.BoilerplateProfile.fromJSON: expected the JSON form of a boilerplate profile ({ format: "${FORMAT}", ... })`,
      );
    }
    if (o.version !== VERSION) {
      throw new RangeError(
        `vietnews.BoilerplateProfile.fromJSON: profile format version ${String(o.version)} is not supported (this library reads version ${VERSION}); learn the profile again`,
      );
    }
    const bits = o.widthBits;
    if (
      typeof bits !== "number" ||
      !Number.isInteger(bits) ||
      bits < 8 ||
      bits > 24 ||
      o.depth !== DEPTH ||
      typeof o.counts !== "string" ||
      typeof o.documents !== "number" ||
      typeof o.lines !== "number"
    ) {
      throw new TypeError(
        "vietnews.BoilerplateProfile.fromJSON: the profile's fields are missing or malformed",
      );
    }
    const size = DEPTH << bits;
    let bytes: Buffer;
    try {
      bytes = inflateSync(Buffer.from(o.counts, "base64"));
    } catch {
      throw new TypeError("vietnews.BoilerplateProfile.fromJSON: the profile's counts are not readable");
    }
    if (bytes.length !== size * 2) {
      throw new TypeError("vietnews.BoilerplateProfile.fromJSON: the profile's counts have the wrong size");
    }
    const counts = new Uint16Array(size);
    for (let i = 0; i < size; i++) counts[i] = bytes[i] | (bytes[size + i] << 8);
    return new BoilerplateProfile(o.documents, o.lines, bits, counts);
  }
}

/**
 * Options of {@link learnBoilerplate} and {@link BoilerplateLearner}.
 *
 * @example
 * ```ts
 * import { learnBoilerplate } from "vietnews";
 * learnBoilerplate(["Trang chủ"], { widthBits: 16 }).widthBits;
 * //=> 16
 * ```
 */
export interface BoilerplateOptions {
  /**
   * log2 of the sketch's width, 8–24 (default 18: 262,144 counters a row, 2 MB in all). A corpus
   * of many millions of distinct lines wants a wider sketch; memory is `8 × 2^widthBits` bytes.
   */
  widthBits?: number;
}

/**
 * Learns a boilerplate profile one document at a time, in fixed memory: the streaming form of
 * {@link learnBoilerplate}.
 *
 * @example
 * ```ts
 * import { BoilerplateLearner } from "vietnews";
 * const learner = new BoilerplateLearner();
 * learner.add("Trang chủ\nBài một.");
 * learner.add("Trang chủ\nBài hai.");
 * learner.profile().frequency("Trang chủ");
 * //=> 2
 * ```
 */
export class BoilerplateLearner {
  private readonly widthBits: number;
  private readonly counts: Uint16Array;
  private documents = 0;
  private lines = 0;
  private readonly seen = new Set<number>();

  /**
   * @param options - `widthBits` (default 18)
   * @throws TypeError when options is not an object
   * @throws RangeError when widthBits is not an integer from 8 to 24
   */
  constructor(options?: BoilerplateOptions) {
    if (options !== undefined && (options === null || typeof options !== "object")) {
      throw new TypeError("vietnews.BoilerplateLearner: expected options to be an object");
    }
    const bits = options?.widthBits ?? DEFAULT_WIDTH_BITS;
    if (typeof bits !== "number" || !Number.isInteger(bits) || bits < 8 || bits > 24) {
      throw new RangeError(
        `vietnews.BoilerplateLearner: expected widthBits to be an integer from 8 to 24, got ${String(bits)}`,
      );
    }
    this.widthBits = bits;
    this.counts = new Uint16Array(DEPTH << bits);
  }

  /**
   * Counts the lines of one document (each distinct line once).
   *
   * @param text - the document's text
   * @throws TypeError when text is not a string
   */
  add(text: string): void {
    if (typeof text !== "string") {
      throw new TypeError(
        `vietnews.BoilerplateLearner.add: expected text to be a string, got ${typeof text}`,
      );
    }
    const seen = this.seen;
    seen.clear();
    let start = 0;
    const n = text.length;
    while (start <= n) {
      let end = start;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
        end++;
      }
      const fp = fingerprint(text, start, end);
      if (fp !== 0) seen.add(fp);
      start = end + 1;
    }
    const width = 1 << this.widthBits;
    const shift = 32 - this.widthBits;
    const idx = [0, 0, 0, 0];
    for (const fp of seen) {
      // conservative update: raise only the counters at the current minimum
      let min = MAX_COUNT;
      for (let r = 0; r < DEPTH; r++) {
        idx[r] = r * width + (Math.imul(fp ^ SEED[r], MULT[r]) >>> shift);
        const c = this.counts[idx[r]];
        if (c < min) min = c;
      }
      if (min === MAX_COUNT) continue;
      for (let r = 0; r < DEPTH; r++) if (this.counts[idx[r]] === min) this.counts[idx[r]] = min + 1;
    }
    this.lines += seen.size;
    this.documents++;
  }

  /** The profile learned so far (a copy: adding more documents does not change it). */
  profile(): BoilerplateProfile {
    return new BoilerplateProfile(this.documents, this.lines, this.widthBits, this.counts.slice());
  }
}

function isAsync(x: unknown): x is AsyncIterable<string> {
  return x !== null && typeof x === "object" && Symbol.asyncIterator in x;
}

/**
 * Learns a corpus boilerplate profile from the texts of a crawl, in one streaming pass and fixed
 * memory: how many documents each line occurs in. A line repeated across many pages of a site is
 * strong evidence of chrome; the line classifier weighs it with the line's own features, so a
 * heading such as "## Tham khảo" or an infobox row that repeats across pages stays content.
 * Given an async iterable (a stream of records), it returns a promise.
 *
 * @param texts - the documents' texts
 * @param options - `widthBits` (default 18)
 * @returns the profile (a promise of it for an async iterable)
 * @throws TypeError when texts is not iterable or yields a non-string
 * @example
 * ```ts
 * import { learnBoilerplate, stripChrome } from "vietnews";
 * const pages = [1, 2, 3, 4, 5, 6].map((i) => `Bài số ${i}: nội dung riêng của trang này, đủ dài để là thân bài thật.\nChia sẻ\nThời sự | Kinh tế | Văn hóa`);
 * const profile = learnBoilerplate(pages);
 * profile.frequency("Thời sự | Kinh tế | Văn hóa");
 * //=> 6
 * stripChrome(pages[0]).removed;
 * //=> [{ text: "Chia sẻ", reason: "share-bar" }]
 * stripChrome(pages[0], { boilerplate: profile }).removed;
 * //=> [{ text: "Chia sẻ", reason: "share-bar" }, { text: "Thời sự | Kinh tế | Văn hóa", reason: "boilerplate" }]
 * ```
 */
export function learnBoilerplate(texts: Iterable<string>, options?: BoilerplateOptions): BoilerplateProfile;
export function learnBoilerplate(
  texts: AsyncIterable<string>,
  options?: BoilerplateOptions,
): Promise<BoilerplateProfile>;
export function learnBoilerplate(
  texts: Iterable<string> | AsyncIterable<string>,
  options?: BoilerplateOptions,
): BoilerplateProfile | Promise<BoilerplateProfile> {
  const learner = new BoilerplateLearner(options);
  if (isAsync(texts)) {
    return (async () => {
      for await (const t of texts) learner.add(t);
      return learner.profile();
    })();
  }
  if (
    texts === null ||
    typeof texts !== "object" ||
    !(Symbol.iterator in texts) ||
    typeof texts === "string"
  ) {
    throw new TypeError(
      "vietnews.learnBoilerplate: expected texts to be an iterable or async iterable of strings (an array, a generator, a stream of records)",
    );
  }
  for (const t of texts) learner.add(t);
  return learner.profile();
}
