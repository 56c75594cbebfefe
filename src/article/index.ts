// The article: runs the whole pipeline on one scraped news article.

export { inputOffset, inputSpan } from "./input-offset";
export { type ArticleInput, type ParseArticleOptions, parseArticle } from "./parse-article";
export { entitiesIn, sentenceOf, wordsIn } from "./span-lookup";
