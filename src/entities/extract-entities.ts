import { readReferenceDate } from "../core/reference-date";
import type { BodyEntity, Entity } from "../core/types";
import { expectOptions, expectString } from "../core/validate";
import { type TokenTable, tokensOption, tokenTable } from "../segment/token-table";
import { bodyTable, scanBodies } from "./bodies/match-bodies";
import { datesIn } from "./dates/find-dates";
import { documentsIn } from "./documents/find-documents";
import { eventsIn } from "./events/find-events";
import { longestSpans } from "./longest-spans";
import { tableKey } from "./match-key";
import { scanOfficials } from "./officials/match-officials";

/**
 * Options of {@link extractEntities}.
 *
 * @example
 * ```ts
 * import { extractEntities } from "vietnews";
 * extractEntities("6 tháng cuối năm", { referenceDate: "2020-07-01" })[0];
 * //=> { kind: "date", start: 0, end: 16, text: "6 tháng cuối năm", value: "2020-07-01/2020-12-31" }
 * ```
 */
export interface ExtractEntitiesOptions {
  /** ISO date (YYYY-MM-DD) or Date against which relative words and yearless dates resolve. */
  referenceDate?: string | Date;
  /**
   * The text's token table ({@link tokenTable}) when the caller has it, so the text is scanned once
   * for the entities and the words; made here otherwise.
   */
  tokens?: TokenTable;
}

/** Private-use filler that no extractor matches; keeps offsets when spans are masked. */
const MASK = "\uE000";

/**
 * Extracts every entity of a text: documents first (their spans are masked so no date fires inside a
 * document number), then events, dates, bodies and officials. Within one kind only the longest of
 * overlapping spans is kept; across kinds nested mentions are all listed. The result is in text order
 * (by start, longer first) and every span slices back: `text.slice(e.start, e.end) === e.text`.
 *
 * @param text - the article text.
 * @param options - `referenceDate`: the article's date ("2020-07-01" or a Date).
 * @returns the entities in text order.
 * @example
 * ```ts
 * import { extractEntities } from "vietnews";
 * extractEntities("Hôm nay 1/7/2020, thực hiện Chỉ thị 35-CT/TW.").map((e) => [e.kind, e.text]);
 * //=> [["date", "Hôm nay"], ["date", "1/7/2020"], ["document", "Chỉ thị 35-CT/TW"]]
 * ```
 */
export function extractEntities(text: string, options?: ExtractEntitiesOptions): Entity[] {
  expectString(text, "extractEntities", "text");
  expectOptions(options, "extractEntities");
  const referenceDate = readReferenceDate(options?.referenceDate, "extractEntities");
  const tokens =
    options?.tokens === undefined ? tokenTable(text) : tokensOption(options.tokens, text, "extractEntities");
  // what several finders read, made once and passed to each: the match key (documents, events and
  // dates: a layer of the token table), the token table and the body parse table (bodies, officials)
  const key = tableKey(tokens);
  const documents = documentsIn(text, key);
  // the dates read the text's key with its documents masked (documents start and end at word
  // boundaries, where the key's spelling rules never reach across); their text is cut from the text
  let maskedKey = key;
  if (documents.length) {
    const keyParts: string[] = [];
    let at = 0;
    for (const d of documents) {
      if (d.start < at) continue;
      keyParts.push(key.slice(at, d.start), MASK.repeat(d.end - d.start));
      at = d.end;
    }
    keyParts.push(key.slice(at));
    maskedKey = keyParts.join("");
  }
  const events = eventsIn(text, key);
  const dates = datesIn(text, maskedKey, referenceDate);

  const table = bodyTable(tokens, text);
  const bodies: BodyEntity[] = scanBodies(text, tokens, table);
  const officials = scanOfficials(text, tokens, table);
  const all: Entity[] = [
    ...longestSpans(documents),
    ...events,
    ...dates,
    ...longestSpans(bodies),
    ...longestSpans(officials),
  ];
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
