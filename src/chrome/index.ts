// Site chrome: classify the lines of a scraped page and strip the ones that belong to the website.
export type { ChromeBlock } from "./_lib/line-features";
export {
  BoilerplateLearner,
  type BoilerplateOptions,
  BoilerplateProfile,
  type BoilerplateProfileJSON,
  learnBoilerplate,
} from "./boilerplate";
export { type ClassifyOptions, classifyLines, type LineClass, type LineKind } from "./classify-lines";
export { type StripChromeResult, type StrippedLine, stripChrome, stripChromeLines } from "./strip-chrome";
