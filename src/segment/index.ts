// The segment stage: paragraphs, sentences, tokens and the token table here; words in ./words.
export { type SplitParagraphsOptions, splitParagraphs } from "./split-paragraphs";
export { type SplitSentencesOptions, splitSentences } from "./split-sentences";
export { type Gap, type TokenTable, tokenTable } from "./token-table";
export { type Token, type TokenKind, tokenize } from "./tokenize";
export {
  loadWordModel,
  readWordModel,
  type SegmentWordsOptions,
  segmentWords,
  type WordModel,
} from "./words/index";
