// The word classes of numbered meetings (data/entities/event-words.tsv) as regular-expression
// sources, for the patterns of find-events.ts.
import { alternation, escapeRegExp } from "../../core/alternation";
import { EVENT_WORDS } from "../_data/words";

/** The groups of data/entities/event-words.tsv. */
export type EventWordGroup =
  | "central"
  | "level"
  | "assembly"
  | "session-kind"
  | "party-holder"
  | "other-holder"
  | "international"
  | "party-kind"
  | "foreign-party";

const SPACE = "\\s{1,2}";

/** One word of a phrase: "~đoàn" takes its first letter in either case. */
function wordSource(word: string): string {
  if (!word.startsWith("~")) return escapeRegExp(word);
  const first = word.charAt(1);
  return `[${first.toUpperCase()}${first.toLowerCase()}]${escapeRegExp(word.slice(2))}`;
}

/** What must follow a phrase: "" (nothing), "capital", or "capital except W1 W2 …". */
function thenSource(then: string): string {
  if (!then) return "";
  const [what, ...rest] = then.split(" ");
  if (what !== "capital" || (rest.length > 0 && rest[0] !== "except"))
    throw new Error(`event-words.tsv: unknown condition "${then}"`);
  const except = rest.slice(1);
  return except.length
    ? `(?=${SPACE}(?!${except.map(escapeRegExp).join("|")})\\p{Lu})`
    : `(?=${SPACE}\\p{Lu})`;
}

/**
 * A group of the meeting words as one alternation (longest phrase first), its words joined by one or
 * two spaces, each phrase with what must follow it; to be put inside a group of a `u` regex.
 *
 * @param group - which word class
 * @returns the regex source
 * @example
 * ```ts
 * import { eventWords } from "./event-words";
 * new RegExp(`^(?:${eventWords("level")})$`, "u").test("Thành phố");
 * //=> true
 * ```
 */
export function eventWords(group: EventWordGroup): string {
  const phrases = EVENT_WORDS.filter(([g]) => g === group);
  const then = new Map(phrases.map(([, p, t]) => [p, t]));
  return alternation(
    phrases.map(([, p]) => p),
    { form: (p) => p.split(" ").map(wordSource).join(SPACE) + thenSource(then.get(p) ?? "") },
  );
}
