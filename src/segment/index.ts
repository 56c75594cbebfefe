// The segment stage: paragraphs, sentences and tokens here; words in ./words.
export { type SplitParagraphsOptions, splitParagraphs } from "./split-paragraphs";
export { splitSentences } from "./split-sentences";
export { type Token, type TokenKind, tokenize } from "./tokenize";
export {
  loadWordModel,
  readWordModel,
  type SegmentWordsOptions,
  segmentWords,
  type WordModel,
} from "./words/index";
