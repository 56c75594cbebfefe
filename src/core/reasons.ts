/**
 * Why a line or block left the text: the chrome families the line classifier names, and the other
 * removals of the pipeline. This table is the one place the reasons are listed; the README's table,
 * the types and the tests follow it.
 *
 * @example
 * ```ts
 * import { CHROME_REASONS } from "vietnews";
 * CHROME_REASONS["ask-prompt"];
 * //=> "a legal portal's ask-a-question prompt"
 * ```
 */
export const CHROME_REASONS = {
  "app-banner": "an app-store badge or app download banner",
  "share-bar": "share, print, font-size and listen buttons",
  download: "a download button or attachment header",
  related: "related-article headings and the headlines under them, teasers, “see also” lists",
  tags: "tag and keyword lines",
  comments: "comment counters, comment boxes and forms",
  login: "log-in and session messages",
  notice: "a site's pop-up notice or data-consent dialog",
  copyright: "copyright footers and the site's contact block",
  menu: "menus, breadcrumbs and category links",
  toc: "a table-of-contents header whose items were not captured",
  "site-header": "the site's masthead",
  template: "template placeholders and members-only field values",
  widget: "site tools: comparison legends, loading text, close buttons",
  "wikipedia-nav":
    "Wikipedia interface, maintenance banners, citation errors, sister-project and series boxes",
  categories: "Wikipedia category lists",
  "edit-link": "a MediaWiki edit link (“[sửa | sửa mã nguồn]”)",
  poll: "poll boxes",
  "visitor-stats": "visitor statistics and view counters",
  "go-top": "“go top” buttons",
  hotline: "hotline and feedback widgets",
  "ask-prompt": "a legal portal's ask-a-question prompt",
  advert: "advertising",
  duplicate: "a second copy of a line of the page (a sapo shown again)",
  boilerplate: "a line that is chrome only by the corpus boilerplate profile (it repeats across the crawl)",
} as const;

/**
 * A chrome family: a key of {@link CHROME_REASONS}.
 *
 * @example
 * ```ts
 * import type { ChromeReason } from "vietnews";
 * const r: ChromeReason = "categories";
 * r;
 * //=> "categories"
 * ```
 */
export type ChromeReason = keyof typeof CHROME_REASONS;

/**
 * True when `reason` is a chrome family.
 *
 * @param reason - any string
 * @returns whether it is a key of {@link CHROME_REASONS}
 * @example
 * ```ts
 * import { isChromeReason } from "vietnews";
 * [isChromeReason("login"), isChromeReason("title")];
 * //=> [true, false]
 * ```
 */
export function isChromeReason(reason: string): reason is ChromeReason {
  return Object.hasOwn(CHROME_REASONS, reason);
}
