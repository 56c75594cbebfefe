// Site chrome: classify the lines of a scraped page and strip the ones that belong to the website.
export { type LineClass, type LineKind, classifyLines } from "./classify-lines";
export { type StripChromeResult, stripChrome } from "./strip-chrome";
