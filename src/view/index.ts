// The view: an article as an HTML page to look at.
export { type ToHTMLOptions, toHTML } from "./to-html";
