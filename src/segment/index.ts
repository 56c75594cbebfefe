// The segment stage: paragraphs, sentences and tokens here; words in ./words.
export { type SplitParagraphsOptions, splitParagraphs } from "./split-paragraphs";
export { splitSentences } from "./split-sentences";
export { type Token, type TokenKind, tokenize } from "./tokenize";
export { segmentWords } from "./words/index";
