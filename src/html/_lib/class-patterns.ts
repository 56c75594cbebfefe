// Patterns over HTML class and id words, built from data/html/class-words.tsv. Each is anchored or
// bounded by "-", "_" or a space, and an alternation of fixed words, so it runs in linear time.
import { alternation as anyOf } from "../../core/alternation";
import { CLASS_WORDS } from "../_data/class-words";

/** A class or id word of a main content container ("article-body", "fck_detail"). */
export const CONTENT_TOKEN = new RegExp(
  `^(?:(?:${anyOf(CLASS_WORDS["content-prefix"])})[-_]{0,2}(?:${anyOf(CLASS_WORDS["content-suffix"])})|${anyOf(CLASS_WORDS.content)})$`,
  "i",
);
/** A class or id word of a lead paragraph (sapo) that sites keep outside the body container. */
export const LEAD_TOKEN = new RegExp(`^(?:[a-z]*[-_]{0,2})?(?:${anyOf(CLASS_WORDS.lead)})$`, "i");
/** A class or id word of page furniture, or one with such a part ("top-menu"). */
export const CHROME_TOKEN = new RegExp(`(?:^|[-_])(?:${anyOf(CLASS_WORDS.chrome)})(?:[-_]|$)`, "i");
/** Class and id attributes of an element holding the publication date. */
export const DATE_CLASS = new RegExp(`(?:^|[\\s_-])(?:${anyOf(CLASS_WORDS.date)})(?:[\\s_-]|$)`, "i");
