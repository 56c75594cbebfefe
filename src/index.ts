/**
 * vietnews: clean, structured data from scraped Vietnamese news.
 *
 * @example
 * ```ts
 * import { parseArticle } from "vietnews";
 * const article = parseArticle("Tiêu đề\n\n(QTO) – Hôm nay 1/7/2020, Bộ Chính trị họp.");
 * article.title;
 * //=> "Tiêu đề"
 * ```
 * @packageDocumentation
 */
export * from "./article/index";
export * from "./chrome/index";
export * from "./core/index";
export * from "./entities/index";
export * from "./html/index";
export * from "./markdown/index";
export * from "./normalize/index";
export * from "./segment/index";
export * from "./view/index";
export * from "./xml/index";
